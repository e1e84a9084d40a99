import type { api as nl } from '../nl/api';

/** English texts: api, the same keys and parameters as the Dutch section. */
export const api: typeof nl = {
  // ------------------------------------------------------------ problem titles
  'api.title.bad-request': () => 'Bad request',
  'api.title.unauthorized': () => 'Not authenticated',
  'api.title.forbidden': () => 'Refused',
  'api.title.not-found': () => 'Not found',
  'api.title.conflict': () => 'Conflict',
  'api.title.gone': () => 'Gone',
  'api.title.body-too-large': () => 'Request body too large',
  'api.title.message-too-large': () => 'Message too large',
  'api.title.unsupported-media-type': () => 'Unsupported media type',
  'api.title.unprocessable': () => 'Unprocessable',
  'api.title.rate-limited': () => 'Too many requests',
  'api.title.internal': () => 'Internal error',
  'api.title.unavailable': () => 'Service unavailable',
  'api.title.busy': () => 'Service busy',
  'api.title.other': (p) => `Error ${p.status}`,

  // ------------------------------------------------------------ plumbing
  'api.body-too-large': (p) =>
    `The ${p.kind} is larger than the limit of ${p.limit} bytes (${p.kb} KB) for this kind of request; send less per request. (iWmo messages go as raw XML to POST /v1/berichten, up to MAX_MESSAGE_BYTES.)`,
  'api.body-kind.json': () => 'JSON body',
  'api.body-kind.request': () => 'request body',
  'api.message-too-large': (p) => `The message is larger than the limit of ${p.limit} bytes (the exchange's 25 MB); split the declaratie over several messages.`,
  'api.send-raw-xml': () => 'Send the message as the raw request body with Content-Type: application/xml.',
  'api.json-unparseable': () => 'The JSON body is not valid JSON; check brackets, commas and quotes (iWmo messages go as XML, not as JSON).',
  'api.uuid-expected': (p) => `${p.name} is not a UUID (version 4); use the id as the gateway gave it.`,
  'api.unavailable': (p) => `The gateway cannot reach its database right now; nothing was stored. Retry ${p.method} later.`,
  'api.internal': () => 'Something went wrong on our side; nothing was stored half. Retry later or contact the operator.',
  'api.busy': (p) =>
    `The gateway is judging ${p.running} large messages and holds ${p.waiting} more waiting, its most at once (LARGE_MESSAGE_THREADS, LARGE_MESSAGE_QUEUE); nothing was stored. Send this message again after ${p.seconds} s.`,

  // ------------------------------------------------------------ authentication
  'api.auth.no-key': () => 'Send your API key as "Authorization: Bearer <key>".',
  'api.auth.key-not-accepted': () =>
    'The API key is not accepted: it is unknown, wrong or revoked. Send an active key of your party (an operator issues one with "iwmo admin key create").',
  'api.auth.no-admin-token': () => 'Send the admin token as "Authorization: Bearer <token>".',
  'api.auth.admin-token-not-accepted': () => 'The admin token is not accepted.',
  'api.auth.too-many-failures': (p) =>
    `Too many failed authentications from your address this minute (AUTH_FAILURES_PER_MINUTE=${p.limit}); retry after ${p.seconds} s with a valid key.`,
  'api.rate-limited': (p) => `Party ${p.party} sent more than ${p.limit} requests this minute (RATE_LIMIT_PER_MINUTE=${p.limit}); retry after ${p.seconds} s.`,

  // ------------------------------------------------------------ berichten
  'api.submit.wrong-role': (p) => `A ${p.role} may not send a ${p.code} (${p.naam}); it is sent by the ${p.sender}.`,
  'api.submit.not-as-self': (p) => `The message says it is sent by ${p.sender} (${p.field}), but your API key belongs to ${p.party}; a party sends only as itself.`,
  'IB010.not-connected': (p) => `${p.field} ${p.to} is not connected to this gateway (IB010); check the code, or ask the H4 contractteam to add the party.`,
  'api.bericht-not-found': (p) => `No message ${p.id} that you sent or received.`,
  'api.delivery-not-in-mailbox': (p) => `No delivery ${p.id} in your mailbox.`,
  'api.body-purged': (p) =>
    `The XML of message ${p.id} is gone: the body was removed after ${p.days} days (retention), on ${p.date}. Its status, retourcodes, errors and history remain at GET /v1/berichten/${p.id}.`,
  'api.declaratie-not-found': (p) => `No declaratie ${p.id} that you sent or received.`,
  'api.declaratie.only-aanbieder': () => 'Only an aanbieder builds declaraties (for itself); a gemeente receives them.',
  'api.declaratie.dry-run-and-submit': () => 'A dry run stores and sends nothing: leave out submit, or dryRun.',

  // ------------------------------------------------------------ admin and contracts
  'api.admin.party-not-found': (p) => `No party with code ${p.code}.`,
  'api.admin.party-exists': (p) => `A party with code ${p.code} already exists; change its delivery channel or keys instead.`,
  'api.admin.key-not-found': (p) => `No API key with id ${p.id}.`,
  'api.admin.delivery-not-found': (p) => `No delivery ${p.id}.`,
  'api.admin.delivery-not-dead': (p) => `Delivery ${p.id} is ${p.status}, not dead; only a dead-lettered delivery can be requeued.`,
  'api.contracts.gemeente-not-in-register': (p) => `The contract register does not describe gemeente ${p.gemeente}; it describes ${p.known}.`,
  'api.contracts.other-gemeente': (p) => `A gemeente sees its own part of the contract register: ask for gemeente=${p.own}, not ${p.asked}.`,

  // ------------------------------------------------------------ fields of JSON bodies and query parameters
  'api.field.problems': (p) => p.problems,
  'api.field.nested': (p) => `${p.path}.${p.problem}`,
  'api.field.unknown': (p) => `property ${p.field} should not exist`,
  'api.field.text': (p) => `${p.field} must be text`,
  'api.field.not-empty': (p) => `${p.field} must not be empty`,
  'api.field.max-length': (p) => `${p.field} must be at most ${p.max} characters`,
  'api.field.min-length': (p) => `${p.field} must be at least ${p.min} characters`,
  'api.field.one-of': (p) => `${p.field} must be one of ${p.allowed}`,
  'api.field.webhook-url-required': (p) => `${p.field} is required for the webhook channel`,
  'api.field.url': (p) => `${p.field} must be an http:// or https:// URL`,
  'api.field.limit': (p) => `${p.field} must be a whole number from 1 to 1000`,
  'api.field.cbs': (p) => `${p.field} must be the 4-digit CBS gemeentecode, e.g. 0503 for Delft`,
  'api.field.cbs-unknown': (p) => `${p.field} ${p.value} is not a CBS gemeentecode (CBS indeling 2026, as TR378 checks)`,
  'api.field.agb': (p) => `${p.field} must be the 8-digit AGB-code of the aanbieder, e.g. 12345678`,
  'api.field.left-out-for-mailbox': (p) => `${p.field} must be left out when the delivery channel is mailbox`,
  'api.field.date': (p) => `${p.field} must be a date as YYYY-MM-DD that exists, e.g. 2026-04-01 (got ${p.value})`,
  'api.field.month': (p) => `${p.field} must be a calendar month as YYYY-MM, e.g. 2026-04`,
  'api.field.version': (p) => `${p.field} must be a version number`,
  'api.field.reason': (p) => `${p.field} must say why this version is made, e.g. "tariefverhoging 2026"`,
  'api.field.tarief-cents': (p) => `${p.field} must be a whole number of eurocents, e.g. 41200 for €412.00`,
  'api.field.tarief-positive': (p) => `${p.field} must be above 0`,
  'api.field.product-code': (p) => `${p.field} must be a ProductCode of 1 to 5 letters and digits, e.g. 02A01`,
  'api.field.document': (p) => `${p.field} must be the register as a JSON object (format: docs/contracts.md)`,
  'api.field.gemeenten-list': (p) => `${p.field} must be a list of CBS gemeentecodes`,
  'api.field.gemeenten-items': (p) => `${p.field} must be 4-digit CBS gemeentecodes, e.g. 0503`,
  'api.field.gemeenten-one': (p) => `${p.field} must name at least one gemeente`,
  'api.field.gemeenten-one-or-all': (p) => `${p.field} must name at least one gemeente, or be left out for all`,
  'api.field.percelen-list': (p) => `${p.field} must be a list of resultaatgebied codes`,
  'api.field.percelen-items': (p) => `${p.field} must be resultaatgebied codes, e.g. DAG`,
  'api.field.percelen-one': (p) => `${p.field} must name at least one resultaatgebied, e.g. DAG`,
  'api.field.percelen-one-or-all': (p) => `${p.field} must name at least one resultaatgebied, or be left out for all`,
  'api.field.producten-one': (p) => `${p.field} must name at least one delegated product or category`,
  'api.field.date-form': (p) => `${p.field} must be a date written YYYY-MM-DD`,
  'api.field.boolean': (p) => `${p.field} must be true or false`,
  'api.field.list': (p) => `${p.field} must be a list`,
  'api.field.whole-number': (p) => `${p.field} must be a whole number`,
};
