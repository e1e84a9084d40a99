/**
 * The message journey through the real gateway app (in-process HTTP), on the
 * real Redis and on both databases: submit, route to the mailbox, fetch, ack;
 * rejections with retourberichten; who may send and read what.
 */
import { validateTestEnv } from '@lib/config';
import { parse } from '@lib/iwmo';
import { sampleWmo301, sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import type { Database } from '@lib/persistence';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);
const MAX_BYTES = 64 * 1024;

interface Keys {
  aanbieder: string;
  otherAanbieder: string;
  gemeente: string;
}

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('message journey on %s', (_name, backend) => {
  let gateway: TestGateway;
  let url: string;
  let db: Database;
  const keys = {} as Keys;

  beforeAll(async () => {
    gateway = await startTestGateway('berichten', backend, { MAX_MESSAGE_BYTES: String(MAX_BYTES) });
    ({ url, db } = gateway);
    keys.gemeente = await gateway.addParty('gemeente', '0503', 'Delft');
    keys.aanbieder = await gateway.addParty('aanbieder', '12345678', 'Zorg BV');
    keys.otherAanbieder = await gateway.addParty('aanbieder', '87654321', 'Andere Zorg');
  });
  afterAll(() => gateway?.close());

  const post = (key: string, body: string | Buffer, type = 'application/xml') =>
    fetch(`${url}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': type }, body });
  const get = (key: string, path: string, lang?: string) =>
    fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}`, ...(lang ? { 'accept-language': lang } : {}) } });
  const postIn = (lang: string, key: string, body: string, type = 'application/xml') =>
    fetch(`${url}/v1/berichten`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': type, 'accept-language': lang }, body });
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
  let toewijzingen = 0;
  /**
   * A 305 that starts a toewijzing of its own (cross-message rules need the 301 first, and a
   * second start of the same product would be refused), with Identificatie `id`.
   */
  const withIdentificatie = async (id: string): Promise<string> => {
    const n = String(200000 + 2 * ++toewijzingen);
    const renumber = (xml: string) => xml.replace(/100001/g, n).replace(/100002/g, String(Number(n) + 1));
    const toewijzing = await post(keys.gemeente, renumber(sampleWmo301({ identificatie: `T-${n}` })));
    if (toewijzing.status !== 202) throw new Error(`toewijzing refused: ${await toewijzing.text()}`);
    return renumber(sampleWmo305()).replace('START-0001', id);
  };

  it('routes an accepted 305 to the gemeente mailbox, byte for byte, with its status history', async () => {
    const xml = await withIdentificatie('JOURNEY-1');
    const response = await post(keys.aanbieder, xml);
    const body = (await response.json()) as { id: string; status: string; message: string; retourcodes: string[] };
    expect(response.status).toBe(202);
    expect(body).toMatchObject({ message: 'WMO305', status: 'accepted', retourcodes: [] });

    const mailbox = (await (await get(keys.gemeente, '/v1/mailbox')).json()) as Array<{ deliveryId: string; messageId: string; messageType: string }>;
    const item = mailbox.find((m) => m.messageId === body.id);
    expect(item).toMatchObject({ messageType: 'WMO305' });
    const fetched = await get(keys.gemeente, `/v1/berichten/${body.id}/xml`);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(Buffer.from(xml))).toBe(true);
    const ack = await fetch(`${url}/v1/mailbox/${item!.deliveryId}/ack`, { method: 'POST', headers: { authorization: `Bearer ${keys.gemeente}` } });
    expect(ack.status).toBe(200);
    const after = (await (await get(keys.gemeente, '/v1/mailbox')).json()) as Array<{ messageId: string }>;
    expect(after.find((m) => m.messageId === body.id)).toBeUndefined();

    const status = (await (await get(keys.aanbieder, `/v1/berichten/${body.id}`)).json()) as { history: Array<{ event: string }> };
    expect(status.history.map((h) => h.event)).toEqual(['received', 'validated', 'accepted', 'in mailbox', 'fetched', 'acked']);
  });

  it('answers an identical resubmission with 9056 and a WMO306 retourbericht to the sender, never storing it twice as accepted', async () => {
    const xml = await withIdentificatie('JOURNEY-2');
    expect((await post(keys.aanbieder, xml)).status).toBe(202);
    const again = await post(keys.aanbieder, xml);
    const body = (await again.json()) as { status: string; retourcodes: string[]; retourbericht: { id: string; message: string } };
    expect(again.status).toBe(422);
    expect(body).toMatchObject({ status: 'rejected', retourbericht: { message: 'WMO306' } });
    // The same starts again are also duplicates of themselves (TR074, TR326); 9056 is the header's.
    expect(body.retourcodes).toContain('9056');
    expect(await count(`SELECT count(*) AS n FROM messages WHERE identificatie = 'JOURNEY-2' AND status = 'accepted' AND NOT made_by_gateway`)).toBe(1);

    const mailbox = (await (await get(keys.aanbieder, '/v1/mailbox')).json()) as Array<{ messageId: string }>;
    expect(mailbox.map((m) => m.messageId)).toContain(body.retourbericht.id);
    const retour = parse(Buffer.from(await (await get(keys.aanbieder, `/v1/berichten/${body.retourbericht.id}/xml`)).arrayBuffer()));
    expect(retour.code).toBe('WMO306');
    if (retour.code === 'WMO306') expect(retour.bericht.Header.RetourCodes?.RetourCode).toEqual(['9056']);
  });

  it('accepts exactly one of two identical submissions sent at the same time', async () => {
    const xml = await withIdentificatie('RACE-1');
    const [a, b] = await Promise.all([post(keys.aanbieder, xml), post(keys.aanbieder, xml)]);
    expect([a.status, b.status].sort()).toEqual([202, 422]);
    const rejected = (await (a.status === 422 ? a : b).json()) as { retourcodes: string[] };
    expect(rejected.retourcodes).toContain('9056');
  });

  it('judges two starts of the same toewijzing sent at the same moment one after the other', async () => {
    const first = await withIdentificatie('PAIR-1');
    const second = first.replace('PAIR-1', 'PAIR-2');
    const answers = await Promise.all([post(keys.aanbieder, first), post(keys.aanbieder, second)]);
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as Array<{ status: string; retourcodes: string[] }>;
    expect(bodies.map((b) => b.status).sort()).toEqual(['accepted', 'rejected']);
    // The later one finds the earlier start in the state: a second start without a stop (TR326).
    expect(bodies.find((b) => b.status === 'rejected')!.retourcodes).toContain('9326');
  });

  it('rejects a schema violation with 0001 on the class concerned and says what to fix', async () => {
    const xml = (await withIdentificatie('XSD-1')).replace('<wmo305:Begindatum>2026-03-01</wmo305:Begindatum><wmo305:StatusAanlevering>1</wmo305:StatusAanlevering></wmo305:StartProduct>\n    </wmo305:StartProducten>', '<wmo305:Begindatum>2026-02-30</wmo305:Begindatum><wmo305:StatusAanlevering>1</wmo305:StatusAanlevering></wmo305:StartProduct>\n    </wmo305:StartProducten>');
    const response = await post(keys.aanbieder, xml);
    const body = (await response.json()) as { retourcodes: string[]; errors: Array<{ path: string; message: string }>; retourbericht: { id: string } };
    expect(response.status).toBe(422);
    expect(body.retourcodes).toEqual(['0001']);
    expect(body.errors[0]).toMatchObject({ path: '/Bericht/Client/StartProducten/StartProduct[2]/Begindatum' });
    expect(body.errors[0]!.message).toMatch(/2026-02-30.*JJJJ-MM-DD/);
    const retour = parse(Buffer.from(await (await get(keys.aanbieder, `/v1/berichten/${body.retourbericht.id}/xml`)).arrayBuffer()));
    if (retour.code !== 'WMO306') throw new Error('expected a WMO306');
    expect(retour.bericht.Client!.StartProducten.StartProduct.map((p) => p.RetourCodes.RetourCode)).toEqual([['0200'], ['0001']]);
  });

  it('rejects a Dagtekening in the future (TR135, 8848) and an unknown gemeente (TR378, S300)', async () => {
    const future = await post(keys.aanbieder, (await withIdentificatie('FUT-1')).replace('<iwmo:Dagtekening>2026-03-02<', '<iwmo:Dagtekening>2099-01-01<'));
    expect(((await future.json()) as { retourcodes: string[] }).retourcodes).toContain('8848');
    const unknown = await post(keys.aanbieder, (await withIdentificatie('GEM-1')).replace('<wmo305:Ontvanger>0503<', '<wmo305:Ontvanger>0999<'));
    expect(((await unknown.json()) as { retourcodes: string[] }).retourcodes).toContain('S300');
  });

  it('refuses an Ontvanger that is not connected (IB010) without a retourbericht', async () => {
    // A toewijzing to an aanbieder that is not connected: valid in every other respect.
    const response = await post(keys.gemeente, sampleWmo301({ identificatie: 'IB010-1' }).replace('<wmo301:Ontvanger>12345678<', '<wmo301:Ontvanger>99999999<'));
    const body = (await response.json()) as { errors: Array<{ code: string }>; retourbericht: unknown };
    expect(response.status).toBe(422);
    expect(body.errors.map((e) => e.code)).toEqual(['IB010']);
    expect(body.retourbericht).toBeNull();
  });

  it('refuses a message from the wrong party or role, storing nothing and auditing why', async () => {
    const [role1, role2] = [await withIdentificatie('ROLE-1'), await withIdentificatie('ROLE-2')];
    const before = await count('SELECT count(*) AS n FROM messages');
    const asGemeente = await post(keys.gemeente, role1);
    expect(asGemeente.status).toBe(403);
    expect(((await asGemeente.json()) as { detail: string }).detail).toMatch(/Een gemeente mag geen WMO305 \(Start ondersteuning\) sturen; die stuurt de aanbieder/);
    const asOther = await post(keys.otherAanbieder, role2);
    expect(asOther.status).toBe(403);
    expect(((await asOther.json()) as { detail: string }).detail).toMatch(/verzonden door 12345678.*hoort bij 87654321/);
    expect(await count('SELECT count(*) AS n FROM messages')).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE outcome = 'refused' AND action = 'submit'`)).toBeGreaterThanOrEqual(2);
  });

  it('answers in Dutch by default and in English on request: a rule finding, a refusal and a plumbing error', async () => {
    type Answer = { id: string; errors: Array<{ rule: string | null; message: string; text?: unknown }>; title?: string; detail?: string };
    const badBsn = (await withIdentificatie('LANG-1')).replace('<wmo305:Bsn>999990019<', '<wmo305:Bsn>123456789<');
    // A rule finding: CS002 on the Bsn, said in the reader's language; the stored verdict too.
    const rejected = await post(keys.aanbieder, badBsn);
    expect(rejected.status).toBe(422);
    const nl = (await rejected.json()) as Answer;
    const finding = nl.errors.find((e) => e.rule === 'CS002')!;
    expect(finding.message).toMatch(/^Bsn \*{6}789 voldoet niet aan de 11-proef \(CS002\); controleer het BSN van deze cliënt in de BRP\.$/);
    expect(finding).not.toHaveProperty('text');
    const stored = (await (await get(keys.aanbieder, `/v1/berichten/${nl.id}`, 'en')).json()) as Answer;
    expect(stored.errors.find((e) => e.rule === 'CS002')!.message).toMatch(/^Bsn \*{6}789 fails the 11-proef \(CS002\); check the BSN of this client against the BRP\.$/);
    const storedNl = (await (await get(keys.aanbieder, `/v1/berichten/${nl.id}`)).json()) as Answer;
    expect(storedNl.errors.find((e) => e.rule === 'CS002')!.message).toBe(finding.message);
    const en = (await (await postIn('en', keys.aanbieder, badBsn.replace('LANG-1', 'LANG-2'))).json()) as Answer;
    expect(en.errors.find((e) => e.rule === 'CS002')!.message).toMatch(/fails the 11-proef \(CS002\)/);

    // A refusal: a gemeente sends a start zorg.
    const refusedNl = (await (await post(keys.gemeente, sampleWmo305())).json()) as Answer;
    expect([refusedNl.title, refusedNl.detail]).toEqual(['Geweigerd', 'Een gemeente mag geen WMO305 (Start ondersteuning) sturen; die stuurt de aanbieder.']);
    const refusedEn = (await (await postIn('en-US', keys.gemeente, sampleWmo305())).json()) as Answer;
    expect([refusedEn.title, refusedEn.detail]).toEqual(['Refused', 'A gemeente may not send a WMO305 (Start ondersteuning); it is sent by the aanbieder.']);

    // A plumbing error: JSON where XML belongs, and an id that is not a UUID.
    const jsonNl = (await (await post(keys.aanbieder, '{}', 'application/json')).json()) as Answer;
    expect([jsonNl.title, jsonNl.detail]).toEqual(['Verkeerd mediatype', 'Stuur het bericht als kale body van het verzoek, met Content-Type: application/xml.']);
    const jsonEn = (await (await postIn('en', keys.aanbieder, '{}', 'application/json')).json()) as Answer;
    expect([jsonEn.title, jsonEn.detail]).toEqual(['Unsupported media type', 'Send the message as the raw request body with Content-Type: application/xml.']);
    const uuidNl = (await (await get(keys.aanbieder, '/v1/berichten/not-a-uuid')).json()) as Answer;
    const uuidEn = (await (await get(keys.aanbieder, '/v1/berichten/not-a-uuid', 'en;q=0.8, nl;q=0.2')).json()) as Answer;
    expect([uuidNl.title, uuidNl.detail, uuidEn.title, uuidEn.detail]).toEqual([
      'Ongeldig verzoek', 'id is geen UUID (versie 4); gebruik het id zoals de gateway het gaf.',
      'Bad request', 'id is not a UUID (version 4); use the id as the gateway gave it.',
    ]);
  });

  it('refuses wrong keys, oversized bodies, non-XML and XXE', async () => {
    expect((await post('iwmo_0000000000000000_' + 'x'.repeat(43), sampleWmo305())).status).toBe(401);
    expect((await post('nonsense', sampleWmo305())).status).toBe(401);
    const big = await post(keys.aanbieder, Buffer.alloc(MAX_BYTES + 1, 0x20));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { code: string }).code).toBe('IB003');
    expect((await post(keys.aanbieder, '{}', 'application/json')).status).toBe(415);
    const xxe = await post(keys.aanbieder, '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>');
    const body = (await xxe.json()) as { status: string; errors: Array<{ code: string }> };
    expect(xxe.status).toBe(422);
    expect(body.errors[0]!.code).toBe('XML-DTD');
    expect(await count(`SELECT count(*) AS n FROM messages WHERE status = 'accepted' AND raw::text LIKE '%DOCTYPE%'`)).toBe(0);
  });

  it("does not show a party another party's messages", async () => {
    const response = await post(keys.aanbieder, await withIdentificatie('PRIV-1'));
    const { id } = (await response.json()) as { id: string };
    expect((await get(keys.otherAanbieder, `/v1/berichten/${id}`)).status).toBe(404);
    expect((await get(keys.otherAanbieder, `/v1/berichten/${id}/xml`)).status).toBe(404);
    expect((await get(keys.aanbieder, '/v1/berichten/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
  });
});
