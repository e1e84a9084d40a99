/**
 * Hostile and broken input, one row per attack: XXE and entity expansion,
 * XInclude, oversized and truncated bodies, wrong encodings, deep nesting,
 * huge attribute and text values, wrong and revoked keys, a party reading or
 * acknowledging another party's messages, path tricks in ids. Each is refused
 * with a reason, leaves a record (audit_log for refusals, a rejected message
 * with its errors for rejections), and nothing is stored as accepted. Then
 * SQL and script injection strings in every text field of a toewijzing:
 * stored byte for byte and shown inert (as escaped XML text, as JSON strings).
 */
import { randomBytes } from 'node:crypto';
import { validateTestEnv } from '@lib/config';
import { PartyRepository } from '@lib/persistence';
import { MessageFactory } from '../e2e/messages';
import { HostileApp, verdictOf, type Answer } from './hostile-app';

const { redisUrl } = validateTestEnv();
const MAX_BYTES = 512 * 1024;

interface Case {
  name: string;
  send: () => Promise<Answer>;
  status: number;
  /** the problem code, or for a rejection the code of its first error */
  code: string;
  /** in the detail (problem) or the first error's message (rejection) */
  reason: RegExp;
  /** where the refusal is on record: audit_log (with this reason), or a message stored as rejected */
  record: { audit: RegExp } | 'rejected message';
}

/** the one text of every bad, unknown or revoked key: it does not tell whether the key id exists */
const ONE_401 = /^De API-sleutel wordt niet geaccepteerd: hij is onbekend, onjuist of ingetrokken\./;

(redisUrl ? describe : describe.skip)('hostile and broken input is refused with a reason, on record, and never accepted', () => {
  let app: HostileApp;
  const factory = new MessageFactory('H');
  let aanbieder: string;
  let other: string;
  let gemeente: string;
  let revoked: string;
  /** a toewijzing from Delft to aanbieder 12345678, and its mailbox delivery */
  let theirs: { messageId: string; deliveryId: string };

  beforeAll(async () => {
    app = await HostileApp.start(redisUrl!, { MAX_MESSAGE_BYTES: String(MAX_BYTES) });
    [aanbieder, other, gemeente] = [app.key('12345678'), app.key('87654321'), app.key('0503')];
    const parties = new PartyRepository(app.db);
    const key = await parties.createKey(app.parties.get('87654321')!.id, 'to be revoked');
    await parties.revokeKey(key.id);
    revoked = key.key;
    const sent = verdictOf(await app.post(gemeente, factory.toewijzing(factory.chain('0503', '12345678'))));
    if (sent.kind !== 'retour' || sent.status !== 202) throw new Error(`setup toewijzing refused: ${JSON.stringify(sent.body)}`);
    const id = sent.body.id;
    const mailbox = JSON.parse((await app.request('GET', '/v1/mailbox', { key: aanbieder })).text) as Array<{ messageId: string; deliveryId: string }>;
    theirs = mailbox.find((m) => m.messageId === id)!;
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
  }, 30_000);

  /** A start (305) that the aanbieder may send; its content never gets judged in these cases. */
  const start = () => factory.start(factory.chain('0503', '12345678'));
  const toewijzing = () => factory.toewijzing(factory.chain('0503', '12345678'));
  const withDoctype = (xml: string, doctype: string) => xml.replace(/^<\?xml[^>]*\?>/, (decl) => `${decl}\n${doctype}`);
  const uuid = '4d444840-9dc0-41d1-b245-5ffdce74fad2';

  const cases: Case[] = [
    {
      name: 'XXE: an external entity reading a file',
      send: () => app.post(aanbieder, withDoctype(start(), '<!DOCTYPE Bericht [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace(/(<(?:\w+:)?Achternaam>)[^<]*/, '$1&xxe;')),
      status: 422, code: 'XML-DTD', reason: /DOCTYPE/, record: 'rejected message',
    },
    {
      name: 'entity expansion (billion laughs)',
      send: () => app.post(aanbieder, withDoctype(start(), `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`).replace(/(<(?:\w+:)?Achternaam>)[^<]*/, '$1&lol9;')),
      status: 422, code: 'XML-DTD', reason: /DTD's en entiteiten zijn niet toegestaan/, record: 'rejected message',
    },
    {
      name: 'an external parameter entity',
      send: () => app.post(aanbieder, withDoctype(start(), '<!DOCTYPE x [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd"> %ext;]>')),
      status: 422, code: 'XML-DTD', reason: /DOCTYPE/, record: 'rejected message',
    },
    {
      name: 'XInclude of a local file',
      send: () => app.post(aanbieder, start().replace(/(<(?:\w+:)?Achternaam>)[^<]*/, '$1<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>')),
      status: 422, code: 'IB001', reason: /include|Achternaam/i, record: 'rejected message',
    },
    {
      name: 'a body larger than MAX_MESSAGE_BYTES',
      send: () => app.post(aanbieder, start().replace(/<\/(\w+:)?Bericht>\s*$/, (end) => `<!--${'x'.repeat(MAX_BYTES)}-->${end}`)),
      status: 413, code: 'IB003', reason: /groter dan de limiet van 524288 bytes/, record: { audit: /^IB003: / },
    },
    {
      name: 'a JSON body larger than the JSON limit (not told the 25 MB of messages)',
      send: () => app.request('POST', '/v1/declaraties/build', { key: aanbieder, contentType: 'application/json', body: JSON.stringify({ gemeente: '0503', periode: '2026-03', pad: 'x'.repeat(200_000) }) }),
      status: 413, code: 'BODY_TOO_LARGE', reason: /^De JSON-body is groter dan de limiet van 102400 bytes \(100 KB\) voor dit soort verzoek/, record: { audit: /^BODY_TOO_LARGE: / },
    },
    {
      name: 'a truncated body',
      send: () => { const xml = start(); return app.post(aanbieder, xml.slice(0, Math.floor(xml.length * 0.6))); },
      status: 422, code: 'XML-WELLFORMED', reason: /./, record: 'rejected message',
    },
    {
      name: 'an empty body',
      send: () => app.post(aanbieder, ''),
      status: 422, code: 'XML-WELLFORMED', reason: /Het bericht is leeg/, record: 'rejected message',
    },
    {
      name: 'UTF-16 with a byte order mark',
      send: () => app.post(aanbieder, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(start().replace('UTF-8', 'UTF-16'), 'utf16le')])),
      status: 422, code: 'XML-ENCODING', reason: /UTF-16; iWmo-berichten moeten UTF-8 zijn/, record: 'rejected message',
    },
    {
      name: 'declared ISO-8859-1',
      send: () => app.post(aanbieder, Buffer.from(start().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1')),
      status: 422, code: 'XML-ENCODING', reason: /encoding="ISO-8859-1"; iWmo-berichten moeten UTF-8 zijn/, record: 'rejected message',
    },
    {
      name: 'bytes that are not UTF-8',
      send: () => { const [head, tail] = start().split(/(?<=<(?:\w+:)?Achternaam>)/); return app.post(aanbieder, Buffer.concat([Buffer.from(head!), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(tail!)])); },
      status: 422, code: 'XML-ENCODING', reason: /geen geldige UTF-8 zijn \(de eerste op regel \d+\)/, record: 'rejected message',
    },
    {
      name: 'deeply nested XML (40,000 levels)',
      send: () => app.post(aanbieder, `<?xml version="1.0" encoding="UTF-8"?>${'<a>'.repeat(40_000)}x${'</a>'.repeat(40_000)}`),
      status: 422, code: '*', reason: /./, record: 'rejected message',
    },
    {
      name: 'a huge attribute value (300 kB)',
      send: () => app.post(aanbieder, start().replace(/<((?:\w+:)?Bericht)\s/, `<$1 huge="${'A'.repeat(300_000)}" `)),
      status: 422, code: 'XML-LIMIT', reason: /attribuutwaarde van 300000 bytes is langer dan de toegestane 1024 bytes/, record: 'rejected message',
    },
    {
      name: 'a huge text value (300 kB)',
      send: () => app.post(aanbieder, start().replace(/(<(?:\w+:)?Achternaam>)[^<]*/, `$1${'B'.repeat(300_000)}`)),
      status: 422, code: 'XML-LIMIT', reason: /tekst van 300000 bytes is langer dan de toegestane 4096 bytes/, record: 'rejected message',
    },
    {
      name: 'a huge comment (300 kB)',
      send: () => app.post(aanbieder, start().replace(/<\/(\w+:)?Bericht>\s*$/, (end) => `<!--${'C'.repeat(300_000)}-->${end}`)),
      status: 422, code: 'XML-LIMIT', reason: /commentaar van 300000 bytes is langer dan de toegestane 4096 bytes/, record: 'rejected message',
    },
    {
      name: '40,000 attributes on one element',
      send: () => app.post(aanbieder, start().replace(/<((?:\w+:)?Header)>/, `<$1${Array.from({ length: 40_000 }, (_, i) => ` a${i}="x"`).join('')}>`)),
      status: 422, code: 'XML-LIMIT', reason: /Een element heeft meer dan 32 attributen/, record: 'rejected message',
    },
    {
      name: 'not XML (application/json)',
      send: () => app.post(aanbieder, '{"Bericht":{}}', 'application/json'),
      status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', reason: /Content-Type: application\/xml/, record: { audit: /^UNSUPPORTED_MEDIA_TYPE: / },
    },
    {
      name: 'no API key',
      send: () => app.post(undefined, start()),
      status: 401, code: 'HTTP_401', reason: /Authorization: Bearer/, record: { audit: /^no API key$/ },
    },
    {
      name: 'a malformed API key',
      send: () => app.post("' OR 1=1 --", start()),
      status: 401, code: 'HTTP_401', reason: ONE_401, record: { audit: /^malformed API key$/ },
    },
    {
      name: 'an unknown API key',
      send: () => app.post(`iwmo_${randomBytes(8).toString('hex')}_${randomBytes(32).toString('base64url')}`, start()),
      status: 401, code: 'HTTP_401', reason: ONE_401, record: { audit: /^unknown API key$/ },
    },
    {
      name: 'a known key id with the wrong secret',
      send: () => app.post(`${/^iwmo_[A-Za-z0-9]{16}_/.exec(aanbieder)![0]}${randomBytes(32).toString('base64url')}`, start()),
      status: 401, code: 'HTTP_401', reason: ONE_401, record: { audit: /^wrong API key secret$/ },
    },
    {
      name: 'a revoked API key',
      send: () => app.post(revoked, start()),
      status: 401, code: 'HTTP_401', reason: ONE_401, record: { audit: /^revoked API key$/ },
    },
    {
      name: "sending as another party (the Afzender is not the key's owner)",
      send: () => app.post(other, start()),
      status: 403, code: 'FORBIDDEN', reason: /verzonden door 12345678.*hoort bij 87654321/, record: { audit: /hoort bij 87654321/ },
    },
    {
      name: 'sending a message of the other role',
      send: () => app.post(aanbieder, toewijzing()),
      status: 403, code: 'FORBIDDEN', reason: /Een aanbieder mag geen WMO301/, record: { audit: /Een aanbieder mag geen WMO301/ },
    },
    {
      name: "reading another party's message",
      send: () => app.request('GET', `/v1/berichten/${theirs.messageId}`, { key: other }),
      status: 404, code: 'NOT_FOUND', reason: /Geen bericht .* dat u hebt verzonden of ontvangen/, record: { audit: /^not a party to this message$/ },
    },
    {
      name: "fetching another party's message XML",
      send: () => app.request('GET', `/v1/berichten/${theirs.messageId}/xml`, { key: other }),
      status: 404, code: 'NOT_FOUND', reason: /dat u hebt verzonden of ontvangen/, record: { audit: /^not a party to this message$/ },
    },
    {
      name: "acknowledging another party's delivery",
      send: () => app.request('POST', `/v1/mailbox/${theirs.deliveryId}/ack`, { key: other }),
      status: 404, code: 'NOT_FOUND', reason: /^Geen aflevering .* in uw mailbox\./, record: { audit: /^not in this party's mailbox$/ },
    },
    ...[
      ['an encoded path traversal', '..%2F..%2Fetc%2Fpasswd'],
      ['dot segments', '%2e%2e%2f%2e%2e%2fv1%2fadmin%2fparties'],
      ['a NUL byte after an id', `${uuid}%00`],
      ['SQL after an id', `${uuid}'%20OR%20'1'%3D'1`],
      ['an id that is not a UUID v4', '00000000-0000-0000-0000-000000000000'],
    ].map(([what, id]): Case => ({
      name: `path trick in an id: ${what}`,
      send: () => app.request('GET', `/v1/berichten/${id}`, { key: aanbieder }),
      status: 400, code: 'HTTP_400', reason: /uuid/i, record: { audit: /^HTTP_400: .*uuid/i },
    })),
    {
      name: 'path trick in a delivery id',
      send: () => app.request('POST', '/v1/mailbox/..%2F..%2Fadmin%2Fparties/ack', { key: aanbieder }),
      status: 400, code: 'HTTP_400', reason: /uuid/i, record: { audit: /^HTTP_400: .*uuid/i },
    },
  ];

  /** Runs `send` while /health/live is polled every 50 ms (at least once, after the request went out): the answer and the polls' statuses. */
  const whileLive = async (send: () => Promise<Answer>): Promise<[Answer, number[]]> => {
    const statuses: number[] = [];
    let done = false;
    const polling = (async () => {
      do {
        await new Promise((resolve) => setTimeout(resolve, 50));
        statuses.push((await app.request('GET', '/health/live')).status);
      } while (!done);
    })();
    const answer = await send().finally(() => (done = true));
    await polling;
    return [answer, statuses];
  };

  it.each(cases)('$name', async (c) => {
    // Retourberichten the gateway makes are stored as accepted for delivery: count only what parties sent.
    const accepted = () => app.count(`SELECT count(*) AS n FROM messages WHERE status = 'accepted' AND NOT made_by_gateway`);
    const acceptedBefore = await accepted();
    const lastAudit = await app.count('SELECT coalesce(max(id), 0) AS n FROM audit_log');
    const lastMessage = await app.count('SELECT count(*) AS n FROM messages');

    const [answer, live] = await whileLive(c.send);
    // /health/live kept answering while the gateway judged it (how fast: bench/hostile-25mb.bench.ts)
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((status) => status === 200)).toBe(true);
    const verdict = verdictOf(answer, [c.status]);
    const shown = verdict.kind === 'problem' ? { code: verdict.body.code, reason: verdict.body.detail } : { code: verdict.body.errors[0]?.code, reason: verdict.body.errors[0]?.message };
    expect(shown).toEqual({ code: c.code === '*' ? expect.any(String) : c.code, reason: expect.stringMatching(c.reason) });
    // Never the contents of a file that an entity or include pointed at.
    expect(answer.text).not.toMatch(/root:.*:0:0:/);

    if (c.record === 'rejected message') {
      expect(verdict.kind === 'retour' && verdict.body.status).toBe('rejected');
      const id = (verdict.body as { id: string }).id;
      const { rows } = await app.db.query<{ status: string; errors: unknown[] }>('SELECT status, errors FROM messages WHERE id = $1', [id]);
      expect(rows).toEqual([{ status: 'rejected', errors: expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(c.reason) })]) }]);
    } else {
      const audit = c.record.audit;
      // The filter writes its audit entry without holding the answer back: wait for it briefly.
      const found = await poll(async () => (await app.db.query<{ reason: string; outcome: string }>(
        `SELECT reason, outcome FROM audit_log WHERE id > $1 AND outcome = 'refused'`, [lastAudit])).rows.find((r) => audit.test(r.reason)));
      expect(found).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(audit) });
      expect(await app.count('SELECT count(*) AS n FROM messages')).toBe(lastMessage);
    }
    expect(await accepted()).toBe(acceptedBefore);
  });

  it('answers a declaratie with 400 bad prestaties with a bounded list of errors, stores it bounded, and stays live', async () => {
    // never assigned (9338), and more: far over the 100 errors an answer lists
    const xml = factory.declaratie(factory.chain('0503', '12345678'))
      .replace(/<((?:\w+:)?)Prestatie>[\s\S]*?<\/\1Prestatie>/, (p) => Array.from({ length: 400 }, (_, i) => p.replace(/(ReferentieNummer>)[^<]*/, `$1R${i}`)).join(''));
    const [answer, live] = await Promise.all([app.post(aanbieder, xml), app.request('GET', '/health/live')]);
    expect(live.status).toBe(200);
    expect(answer.status).toBe(422);
    expect(answer.text.length).toBeLessThan(100_000);
    const body = JSON.parse(answer.text) as { id: string; errors: Array<{ code: string; message: string; omitted?: Array<{ code: string; count: number }> }> };
    expect(body.errors).toHaveLength(101);
    const last = body.errors[100]!;
    expect(last.code).toBe('ERRORS-OMITTED');
    expect(last.omitted!.reduce((n, o) => n + o.count, 0)).toBeGreaterThanOrEqual(300);
    expect(last.message).toMatch(/^Nog \d+ fouten staan niet in deze lijst \(.*\d+ × 9338.*\); de lijst toont de eerste 100\./);
    const stored = await app.count(`SELECT octet_length(errors::text) AS n FROM messages WHERE id = '${body.id}'`);
    expect(stored).toBeLessThan(100_000);
  });

  it('stores SQL and script injection strings in every text field byte for byte and shows them inert', async () => {
    const injections = [
      "'; DROP TABLE messages; --",
      '<script>alert(1)</script>',
      '" onmouseover="alert(1)',
      "Robert'); DELETE FROM deliveries;--",
      '{{constructor.constructor("x")()}}',
    ];
    const base = toewijzing();
    const fields = [...base.matchAll(/<((?:[\w.-]+:)?([\w.-]+))>([^<]*[A-Za-z][^<]*)<\/\1>/g)]
      .filter((m) => !/^\d|^\d{4}-\d{2}-\d{2}$/.test(m[3]!) && !['Identificatie', 'Code', 'DeclaratieNummer'].includes(m[2]!));
    const names = [...new Set(fields.map((m) => m[2]!))];
    expect(names).toEqual(expect.arrayContaining(['Achternaam', 'Voornamen', 'Commentaar', 'Straatnaam', 'Plaatsnaam']));
    const sentByParties = () => app.count('SELECT count(*) AS n FROM messages WHERE NOT made_by_gateway');
    const messagesBefore = await sentByParties();
    let accepted = 0;
    for (const [i, name] of names.entries()) {
      const injection = injections[i % injections.length]!;
      const escaped = injection.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const xml = toewijzing().replace(new RegExp(`(<(?:[\\w.-]+:)?${name}>)[^<]*`), `$1${escaped}`);
      const verdict = verdictOf(await app.post(gemeente, xml), [202, 422]);
      const id = (verdict.body as { id: string }).id;
      if (verdict.status === 202) accepted += 1;

      // The XML view returns exactly what was sent: the injection is escaped text, never markup.
      const raw = await app.request('GET', `/v1/berichten/${id}/xml`, { key: gemeente });
      expect({ name, status: raw.status, type: raw.contentType }).toEqual({ name, status: 200, type: expect.stringMatching(/^application\/xml/) });
      expect(raw.text).toBe(xml);
      expect(raw.text).toContain(escaped);
      if (injection.includes('<')) expect(raw.text).not.toContain(injection);
      // The JSON view is JSON whatever the value: what it quotes of it comes back as the same string.
      const view = await app.request('GET', `/v1/berichten/${id}`, { key: gemeente });
      expect(view.contentType).toMatch(/^application\/json/);
      const parsed = JSON.parse(view.text) as { errors: Array<{ message: string }> };
      for (const error of parsed.errors) expect(typeof error.message).toBe('string');
      if (view.text.includes('alert(1)')) expect(view.text).not.toMatch(/<script>/);
    }
    // Every one was stored (nothing dropped by the SQL strings), as accepted or rejected.
    expect(await sentByParties()).toBe(messagesBefore + names.length);
    // ... sealed at rest (the bodies above came back byte for byte through the API)
    expect(await app.count(`SELECT count(*) AS n FROM messages WHERE position(convert_to('DROP TABLE messages', 'UTF8') IN raw) > 0`)).toBe(0);
    process.stdout.write(`injection: ${names.length} text fields (${names.join(', ')}), ${accepted} accepted as text\n`);
  }, 60_000);
});

async function poll<T>(probe: () => Promise<T | undefined>, timeoutMs = 3_000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
