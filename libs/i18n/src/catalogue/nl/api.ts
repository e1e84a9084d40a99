import type { Section } from '../section';

/**
 * Dutch texts: api, the gateway's answers that are not rule findings: refusals, plumbing errors and
 * the problem titles. Keys are English identifiers; the standard's words stay as the standard spells them.
 */
export const api = {
  // ------------------------------------------------------------ problem titles
  'api.title.bad-request': () => 'Ongeldig verzoek',
  'api.title.unauthorized': () => 'Niet aangemeld',
  'api.title.forbidden': () => 'Geweigerd',
  'api.title.not-found': () => 'Niet gevonden',
  'api.title.conflict': () => 'Conflict',
  'api.title.gone': () => 'Verwijderd',
  'api.title.body-too-large': () => 'Verzoek te groot',
  'api.title.message-too-large': () => 'Bericht te groot',
  'api.title.unsupported-media-type': () => 'Verkeerd mediatype',
  'api.title.unprocessable': () => 'Niet te verwerken',
  'api.title.rate-limited': () => 'Te veel verzoeken',
  'api.title.internal': () => 'Interne fout',
  'api.title.unavailable': () => 'Dienst niet beschikbaar',
  'api.title.busy': () => 'Dienst bezet',
  'api.title.other': (p: { status: string }) => `Fout ${p.status}`,

  // ------------------------------------------------------------ plumbing
  'api.body-too-large': (p: { kind: string; limit: string; kb: string }) =>
    `De ${p.kind} is groter dan de limiet van ${p.limit} bytes (${p.kb} KB) voor dit soort verzoek; stuur minder per verzoek. (iWmo-berichten gaan als kale XML naar POST /v1/berichten, tot MAX_MESSAGE_BYTES.)`,
  'api.body-kind.json': () => 'JSON-body',
  'api.body-kind.request': () => 'body van het verzoek',
  'api.message-too-large': (p: { limit: string }) =>
    `Het bericht is groter dan de limiet van ${p.limit} bytes (de 25 MB van de uitwisseling); verdeel de declaratie over meer berichten.`,
  'api.send-raw-xml': () => 'Stuur het bericht als kale body van het verzoek, met Content-Type: application/xml.',
  'api.json-unparseable': () => 'De JSON-body is geen geldige JSON; controleer haakjes, komma\'s en aanhalingstekens (iWmo-berichten gaan als XML, niet als JSON).',
  'api.uuid-expected': (p: { name: string }) => `${p.name} is geen UUID (versie 4); gebruik het id zoals de gateway het gaf.`,
  'api.unavailable': (p: { method: string }) => `De gateway kan zijn database nu niet bereiken; er is niets opgeslagen. Probeer de ${p.method} later opnieuw.`,
  'api.internal': () => 'Er ging iets mis aan onze kant; er is niets half opgeslagen. Probeer het later opnieuw of neem contact op met de beheerder.',
  'api.busy': (p: { running: number; waiting: number; seconds: number }) =>
    `De gateway beoordeelt ${p.running} grote berichten en houdt er ${p.waiting} meer in de wacht, zijn maximum tegelijk (LARGE_MESSAGE_THREADS, LARGE_MESSAGE_QUEUE); er is niets opgeslagen. Stuur dit bericht over ${p.seconds} s opnieuw.`,

  // ------------------------------------------------------------ authentication
  'api.auth.no-key': () => 'Stuur uw API-sleutel als "Authorization: Bearer <sleutel>".',
  'api.auth.key-not-accepted': () =>
    'De API-sleutel wordt niet geaccepteerd: hij is onbekend, onjuist of ingetrokken. Stuur een actieve sleutel van uw partij (een beheerder maakt er een met "iwmo admin key create").',
  'api.auth.no-admin-token': () => 'Stuur het beheertoken als "Authorization: Bearer <token>".',
  'api.auth.admin-token-not-accepted': () => 'Het beheertoken wordt niet geaccepteerd.',
  'api.auth.too-many-failures': (p: { limit: number; seconds: number }) =>
    `Te veel mislukte aanmeldingen vanaf uw adres deze minuut (AUTH_FAILURES_PER_MINUTE=${p.limit}); probeer het over ${p.seconds} s opnieuw met een geldige sleutel.`,
  'api.rate-limited': (p: { party: string; limit: number; seconds: number }) =>
    `Partij ${p.party} stuurde meer dan ${p.limit} verzoeken deze minuut (RATE_LIMIT_PER_MINUTE=${p.limit}); probeer het over ${p.seconds} s opnieuw.`,

  // ------------------------------------------------------------ berichten
  'api.submit.wrong-role': (p: { role: string; code: string; naam: string; sender: string }) =>
    `Een ${p.role} mag geen ${p.code} (${p.naam}) sturen; die stuurt de ${p.sender}.`,
  'api.submit.not-as-self': (p: { sender: string; field: string; party: string }) =>
    `Het bericht zegt dat het is verzonden door ${p.sender} (${p.field}), maar uw API-sleutel hoort bij ${p.party}; een partij verstuurt alleen als zichzelf.`,
  'IB010.not-connected': (p: { field: string; to: string }) =>
    `${p.field} ${p.to} is niet aangesloten op deze gateway (IB010); controleer de code, of vraag het H4-contractteam de partij toe te voegen.`,
  'api.bericht-not-found': (p: { id: string }) => `Geen bericht ${p.id} dat u hebt verzonden of ontvangen.`,
  'api.delivery-not-in-mailbox': (p: { id: string }) => `Geen aflevering ${p.id} in uw mailbox.`,
  'api.body-purged': (p: { id: string; days: number; date: string }) =>
    `De XML van bericht ${p.id} is er niet meer: de body is na ${p.days} dagen verwijderd (bewaartermijn), op ${p.date}. Status, retourcodes, fouten en geschiedenis staan nog op GET /v1/berichten/${p.id}.`,
  'api.declaratie-not-found': (p: { id: string }) => `Geen declaratie ${p.id} die u hebt verzonden of ontvangen.`,
  'api.declaratie.only-aanbieder': () => 'Alleen een aanbieder stelt declaraties op (voor zichzelf); een gemeente ontvangt ze.',
  'api.declaratie.dry-run-and-submit': () => 'Een proefrun (dryRun) slaat niets op en verstuurt niets: laat submit of dryRun weg.',

  // ------------------------------------------------------------ admin and contracts
  'api.admin.party-not-found': (p: { code: string }) => `Geen partij met code ${p.code}.`,
  'api.admin.party-exists': (p: { code: string }) => `Er bestaat al een partij met code ${p.code}; wijzig haar afleverkanaal of sleutels.`,
  'api.admin.key-not-found': (p: { id: string }) => `Geen API-sleutel met id ${p.id}.`,
  'api.admin.delivery-not-found': (p: { id: string }) => `Geen aflevering ${p.id}.`,
  'api.admin.delivery-not-dead': (p: { id: string; status: string }) =>
    `Aflevering ${p.id} is ${p.status}, niet dead; alleen een aflevering in de dead letter queue kan opnieuw in de wachtrij.`,
  'api.contracts.gemeente-not-in-register': (p: { gemeente: string; known: string }) =>
    `Het contractregister beschrijft gemeente ${p.gemeente} niet; het beschrijft ${p.known}.`,
  'api.contracts.other-gemeente': (p: { own: string; asked: string }) =>
    `Een gemeente ziet haar eigen deel van het contractregister: vraag om gemeente=${p.own}, niet ${p.asked}.`,

  // ------------------------------------------------------------ fields of JSON bodies and query parameters
  'api.field.problems': (p: { problems: string }) => p.problems,
  'api.field.nested': (p: { path: string; problem: string }) => `${p.path}.${p.problem}`,
  'api.field.unknown': (p: { field: string }) => `veld ${p.field} bestaat niet; laat het weg`,
  'api.field.text': (p: { field: string }) => `${p.field} moet tekst zijn`,
  'api.field.not-empty': (p: { field: string }) => `${p.field} mag niet leeg zijn`,
  'api.field.max-length': (p: { field: string; max: number }) => `${p.field} mag ten hoogste ${p.max} tekens lang zijn`,
  'api.field.min-length': (p: { field: string; min: number }) => `${p.field} moet ten minste ${p.min} tekens lang zijn`,
  'api.field.one-of': (p: { field: string; allowed: string }) => `${p.field} moet een van deze waarden zijn: ${p.allowed}`,
  'api.field.webhook-url-required': (p: { field: string }) => `${p.field} is verplicht bij het afleverkanaal webhook`,
  'api.field.url': (p: { field: string }) => `${p.field} moet een http://- of https://-URL zijn`,
  'api.field.limit': (p: { field: string }) => `${p.field} moet een geheel getal van 1 tot en met 1000 zijn`,
  'api.field.cbs': (p: { field: string }) => `${p.field} moet de 4-cijferige CBS-gemeentecode zijn, bijvoorbeeld 0503 voor Delft`,
  'api.field.cbs-unknown': (p: { field: string; value: string }) => `${p.field} ${p.value} is geen CBS-gemeentecode (CBS-indeling 2026, zoals TR378 controleert)`,
  'api.field.agb': (p: { field: string }) => `${p.field} moet de 8-cijferige AGB-code van de aanbieder zijn, bijvoorbeeld 12345678`,
  'api.field.left-out-for-mailbox': (p: { field: string }) => `${p.field} moet wegblijven bij het afleverkanaal mailbox`,
  'api.field.date': (p: { field: string; value: string }) => `${p.field} moet een bestaande datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-04-01 (gekregen: ${p.value})`,
  'api.field.month': (p: { field: string }) => `${p.field} moet een kalendermaand zijn als JJJJ-MM, bijvoorbeeld 2026-04`,
  'api.field.version': (p: { field: string }) => `${p.field} moet een versienummer zijn`,
  'api.field.reason': (p: { field: string }) => `${p.field} moet zeggen waarom deze versie wordt gemaakt, bijvoorbeeld "tariefverhoging 2026"`,
  'api.field.tarief-cents': (p: { field: string }) => `${p.field} moet een geheel aantal eurocent zijn, bijvoorbeeld 41200 voor € 412,00`,
  'api.field.tarief-positive': (p: { field: string }) => `${p.field} moet boven 0 liggen`,
  'api.field.product-code': (p: { field: string }) => `${p.field} moet een ProductCode van 1 tot 5 letters en cijfers zijn, bijvoorbeeld 02A01`,
  'api.field.document': (p: { field: string }) => `${p.field} moet het contractregister als JSON-object zijn (formaat: docs/contracts.md)`,
  'api.field.gemeenten-list': (p: { field: string }) => `${p.field} moet een lijst van CBS-gemeentecodes zijn`,
  'api.field.gemeenten-items': (p: { field: string }) => `${p.field} moeten 4-cijferige CBS-gemeentecodes zijn, bijvoorbeeld 0503`,
  'api.field.gemeenten-one': (p: { field: string }) => `${p.field} moet ten minste één gemeente noemen`,
  'api.field.gemeenten-one-or-all': (p: { field: string }) => `${p.field} moet ten minste één gemeente noemen, of wegblijven voor alle`,
  'api.field.percelen-list': (p: { field: string }) => `${p.field} moet een lijst van resultaatgebiedcodes zijn`,
  'api.field.percelen-items': (p: { field: string }) => `${p.field} moeten resultaatgebiedcodes zijn, bijvoorbeeld DAG`,
  'api.field.percelen-one': (p: { field: string }) => `${p.field} moet ten minste één resultaatgebied noemen, bijvoorbeeld DAG`,
  'api.field.percelen-one-or-all': (p: { field: string }) => `${p.field} moet ten minste één resultaatgebied noemen, of wegblijven voor alle`,
  'api.field.producten-one': (p: { field: string }) => `${p.field} moet ten minste één gedelegeerd product of één categorie noemen`,
  'api.field.date-form': (p: { field: string }) => `${p.field} moet een datum zijn geschreven als JJJJ-MM-DD`,
  'api.field.boolean': (p: { field: string }) => `${p.field} moet true of false zijn`,
  'api.field.list': (p: { field: string }) => `${p.field} moet een lijst zijn`,
  'api.field.whole-number': (p: { field: string }) => `${p.field} moet een geheel getal zijn`,
} satisfies Section;
