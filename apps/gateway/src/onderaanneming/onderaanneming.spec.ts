/**
 * Onderaanneming through the real gateway app (in-process HTTP), on the real Redis and on both
 * databases: the registry, the notification when a delegated 301 is accepted, the onderaannemer's
 * opgaven and their checks, approval, the merged 305/307 judged by the gateway's own rules, the
 * DelegationPort the builder asks, each onderaannemer's own outcomes, and the audit trail.
 */
import { randomUUID } from 'node:crypto';
import { validateTestEnv } from '@lib/config';
import { DELEGATION_PORT, type DelegationPort } from '@lib/funding';
import { parse } from '@lib/iwmo';
import { sampleWmo301 } from '@lib/iwmo/testing/sample-messages';
import { openBytes, PersistentStateStore, sealBsn, type Database } from '@lib/persistence';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { afgewezen, declaratie, declaratieAntwoord, prestatie } from '@lib/rules/testing/fake-declaratie-state';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);
const ADMIN = 'test-admin-token-0123456789abcdef';
const GEMEENTE = '0503';
const HOOFD = '12345678';
const A = '11111111';
const B = '22222222';

interface Opgave { id: string; status: string; reden: string | null; soort: string; toewijzingNummer: string }

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('onderaanneming on %s', (_name, backend) => {
  let gateway: TestGateway;
  let url: string;
  let db: Database;
  const keys: Record<string, string> = {};
  let relatieA: string;

  beforeAll(async () => {
    gateway = await startTestGateway('onderaanneming', backend, { ADMIN_TOKEN: ADMIN });
    ({ url, db } = gateway);
    for (const [code, role, label] of [[GEMEENTE, 'gemeente', 'Delft'], [HOOFD, 'aanbieder', 'Hoofd BV'], [A, 'aanbieder', 'Onder A'], [B, 'aanbieder', 'Onder B']] as const) {
      keys[code] = await gateway.addParty(role, code, label);
    }
  });
  afterAll(() => gateway?.close());

  const call = (key: string, method: string, path: string, body?: unknown, lang?: string) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`, ...(lang && { 'accept-language': lang }),
        ...(body === undefined ? {} : typeof body === 'string' ? { 'content-type': 'application/xml' } : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const json = async <T>(response: Response | Promise<Response>, status?: number): Promise<T> => {
    const r = await response;
    const text = await r.text();
    if (status !== undefined && r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
    return JSON.parse(text) as T;
  };
  const opgave = (key: string, body: Record<string, unknown>) => call(key, 'POST', '/v1/onderaanneming/opgaven', { hoofdaannemer: HOOFD, gemeente: GEMEENTE, ...body });
  const port = () => gateway.app.get<DelegationPort>(DELEGATION_PORT);
  const audit = async (action: string) =>
    (await db.query<{ actor: string; outcome: string; reason: string | null; detail: Record<string, unknown> }>(`SELECT actor, outcome, reason, detail FROM audit_log WHERE action = $1 ORDER BY id`, [action])).rows;

  /** A 301 from Delft to the hoofdaannemer with products `n` (02A03, delegated to A) and `n+1` (01A02, not delegated). */
  const toewijzing = async (n: number, overrides: Parameters<typeof sampleWmo301>[0] = {}) => {
    const xml = sampleWmo301({ identificatie: `T-${n}-${overrides.redenWijziging ?? 'x'}`, ...overrides }).replace(/100001/g, String(n)).replace(/100002/g, String(n + 1));
    const body = await json<{ status: string; errors: unknown[] }>(call(keys[GEMEENTE]!, 'POST', '/v1/berichten', xml));
    if (body.status !== 'accepted') throw new Error(`toewijzing refused: ${JSON.stringify(body.errors)}`);
  };

  it('registers relations, refusing invalid ones and overlapping delegations of the same product, each with the field and fix', async () => {
    const invalid = await call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', { hoofdaannemer: 'abc', onderaannemer: A, gemeente: '9999', producten: [{ categorie: '2' }], vanaf: '2026-01-01', totEnMet: '2025-12-31' });
    expect(invalid.status).toBe(422);
    const detail = ((await invalid.json()) as { detail: string }).detail;
    expect(detail).toContain('hoofdaannemer (INVALID_AGB)');
    expect(detail).toContain('gemeente (UNKNOWN_GEMEENTE)');
    expect(detail).toContain('producten[0].categorie (INVALID_CATEGORIE)');
    expect(detail).toContain('totEnMet (ENDS_BEFORE_START)');

    const unknown = await call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', { hoofdaannemer: HOOFD, onderaannemer: '33333333', gemeente: GEMEENTE, producten: [{ categorie: '02' }], vanaf: '2026-01-01' });
    expect(((await json<{ detail: string }>(unknown, 422))).detail).toContain('onderaannemer (UNKNOWN_AANBIEDER)');

    const a = await json<{ id: string; goedkeuring: boolean }>(
      call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', { hoofdaannemer: HOOFD, onderaannemer: A, gemeente: GEMEENTE, producten: [{ categorie: '02', code: '02A03' }], vanaf: '2026-01-01', totEnMet: '2026-10-31' }),
      201,
    );
    relatieA = a.id;
    expect(a.goedkeuring).toBe(false);

    // B would get the whole category 02, which holds A's 02A03, in an overlapping period.
    const overlap = await call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', { hoofdaannemer: HOOFD, onderaannemer: B, gemeente: GEMEENTE, producten: [{ categorie: '02' }], vanaf: '2026-10-01' });
    expect(overlap.status).toBe(409);
    expect(((await overlap.json()) as { detail: string }).detail).toContain('OVERLAPPING_RELATIE');
    // After A's relation ends, B may take the category; and another category at any time.
    await json(call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', { hoofdaannemer: HOOFD, onderaannemer: B, gemeente: GEMEENTE, producten: [{ categorie: '02' }], vanaf: '2026-11-01' }), 201);
    await json(call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', { hoofdaannemer: HOOFD, onderaannemer: B, gemeente: GEMEENTE, producten: [{ categorie: '03' }], vanaf: '2026-01-01' }), 201);

    const listed = await json<Array<{ onderaannemer: string }>>(call(ADMIN, 'GET', `/v1/admin/onderaanneming/relaties?hoofdaannemer=${HOOFD}`), 200);
    expect(listed.map((r) => r.onderaannemer).sort()).toEqual([A, B, B]);
    const endTooEarly = await call(ADMIN, 'POST', `/v1/admin/onderaanneming/relaties/${relatieA}/end`, { totEnMet: '2025-06-30' });
    expect(endTooEarly.status).toBe(422);
    const own = await json<{ alsHoofdaannemer: unknown[]; alsOnderaannemer: unknown[] }>(call(keys[A]!, 'GET', '/v1/onderaanneming/relaties'), 200);
    expect(own.alsHoofdaannemer).toHaveLength(0);
    expect(own.alsOnderaannemer).toHaveLength(1);

    const rows = await audit('admin.onderaanneming.relatie.add');
    expect(rows.map((r) => r.outcome)).toEqual(['refused', 'refused', 'allowed', 'refused', 'allowed', 'allowed']);
  });

  it('notifies the onderaannemer of a delegated toewijzing with minimal client data, and nobody of a product that is not delegated', async () => {
    await toewijzing(100001);
    const meldingen = await json<Array<{ id: string; soort: string; data: Record<string, unknown> }>>(call(keys[A]!, 'GET', '/v1/onderaanneming/meldingen'), 200);
    expect(meldingen).toHaveLength(1);
    expect(meldingen[0]).toMatchObject({
      soort: 'toegewezen',
      data: { bsn: '999990019', toewijzingNummer: '100001', product: { categorie: '02', code: '02A03' }, ingangsdatum: '2026-03-01', einddatum: '2026-12-31', hoofdaannemer: HOOFD, gemeente: GEMEENTE },
    });
    // No name, address or date of birth.
    expect(JSON.stringify(meldingen)).not.toMatch(/Jansen|Markt|2611AB|1950-06-15/);
    expect(await json<unknown[]>(call(keys[B]!, 'GET', '/v1/onderaanneming/meldingen'), 200)).toEqual([]);
    const assigned = await db.query<{ toewijzing_nummer: string; onderaannemer: string }>('SELECT toewijzing_nummer, onderaannemer FROM onderaanneming_toewijzingen');
    expect(assigned.rows).toEqual([{ toewijzing_nummer: '100001', onderaannemer: A }]);

    const toewijzingen = await json<Array<{ toewijzingNummer: string }>>(call(keys[A]!, 'GET', '/v1/onderaanneming/toewijzingen'), 200);
    expect(toewijzingen.map((t) => t.toewijzingNummer)).toEqual(['100001']);
    expect((await call(keys[B]!, 'POST', `/v1/onderaanneming/meldingen/${meldingen[0]!.id}/ack`)).status).toBe(404);
    expect((await call(keys[A]!, 'POST', `/v1/onderaanneming/meldingen/${meldingen[0]!.id}/ack`)).status).toBe(200);
    expect(await json<unknown[]>(call(keys[A]!, 'GET', '/v1/onderaanneming/meldingen'), 200)).toEqual([]);
  });

  it('refuses opgaven on a wrong, foreign, undelegated or withdrawn toewijzing and with dates outside it or the delegation, naming each', async () => {
    const refused = async (key: string, body: Record<string, unknown>, code: string) => {
      const response = await opgave(key, body);
      const text = await response.text();
      expect({ status: response.status, code: text.includes(code) }).toEqual({ status: 422, code: true });
      return text;
    };
    // A field of the wrong kind: class-validator's own checks, said in the reader's language too.
    const malformed = { toewijzingNummer: '100001', soort: 'start', begindatum: 20260301 };
    const nl = await json<{ detail: string }>(opgave(keys[A]!, malformed), 400);
    expect(nl.detail).toBe('begindatum moet tekst zijn');
    const en = await json<{ detail: string }>(call(keys[A]!, 'POST', '/v1/onderaanneming/opgaven', { hoofdaannemer: HOOFD, gemeente: GEMEENTE, ...malformed }, 'en'), 400);
    expect(en.detail).toBe('begindatum must be text');
    await refused(keys[A]!, { toewijzingNummer: '999999', soort: 'start', begindatum: '2026-03-01' }, 'NO_TOEWIJZING');
    await refused(keys[B]!, { toewijzingNummer: '100001', soort: 'start', begindatum: '2026-03-01' }, 'NOT_DELEGATED_TO_YOU');
    await refused(keys[A]!, { toewijzingNummer: '100002', soort: 'start', begindatum: '2026-03-01' }, 'NOT_DELEGATED_TO_YOU');
    expect(await refused(keys[A]!, { toewijzingNummer: '100001', soort: 'start', begindatum: '2026-02-15' }, 'OUTSIDE_TOEWIJZING')).toContain('2026-03-01 t/m 2026-12-31');
    expect(await refused(keys[A]!, { toewijzingNummer: '100001', soort: 'start', begindatum: '2026-11-15' }, 'OUTSIDE_DELEGATION')).toContain('2026-01-01 t/m 2026-10-31');
    await refused(keys[A]!, { toewijzingNummer: '100001', soort: 'prestatie', periode: '2027-01' }, 'OUTSIDE_TOEWIJZING');
    await refused(keys[A]!, { toewijzingNummer: '100001', soort: 'stop', begindatum: '2026-03-01', einddatum: '2026-09-30', redenBeeindiging: '02' }, 'NO_START');

    await toewijzing(100011);
    await toewijzing(100011, { redenWijziging: '13', einddatum: '2026-03-01' });
    const ingetrokken = await json<Array<{ soort: string; data: { toewijzingNummer: string } }>>(call(keys[A]!, 'GET', '/v1/onderaanneming/meldingen'), 200);
    expect(ingetrokken.map((m) => [m.soort, m.data.toewijzingNummer])).toEqual([['toegewezen', '100011'], ['ingetrokken', '100011']]);
    await refused(keys[A]!, { toewijzingNummer: '100011', soort: 'start', begindatum: '2026-03-01' }, 'WITHDRAWN');

    const rows = await audit('onderaanneming.opgave.submit');
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.outcome === 'refused' && r.detail.onBehalfOf === HOOFD && typeof r.detail.toewijzingNummer === 'string')).toBe(true);
    expect(rows.map((r) => r.actor)).toContain(B);
  });

  it('merges approved starts into a WMO305 the gateway accepts, submitted on the hoofdaannemer\'s behalf with one call', async () => {
    const start = await json<Opgave>(opgave(keys[A]!, { toewijzingNummer: '100001', soort: 'start', begindatum: '2026-03-01' }), 201);
    expect(start.status).toBe('goedgekeurd'); // approval is off
    expect((await opgave(keys[A]!, { toewijzingNummer: '100001', soort: 'start', begindatum: '2026-03-01' })).status).toBe(409);

    const built = await json<Array<{ soort: string; status: string; messageId: string; retourcodes: string[] }>>(call(keys[HOOFD]!, 'POST', '/v1/onderaanneming/berichten', { indienen: true }), 201);
    expect(built).toHaveLength(1);
    expect(built[0]).toMatchObject({ soort: 'WMO305', status: 'geaccepteerd', retourcodes: [] });
    const stored = await db.query<{ status: string; afzender: string; ontvanger: string; raw: Buffer }>('SELECT status, afzender, ontvanger, raw FROM messages WHERE id = $1', [built[0]!.messageId]);
    expect(stored.rows[0]).toMatchObject({ status: 'accepted', afzender: HOOFD, ontvanger: GEMEENTE });
    const merged = parse(openBytes(stored.rows[0]!.raw));
    if (merged.code !== 'WMO305') throw new Error('expected a WMO305');
    // The client's details come from the hoofdaannemer's 301, not from the onderaannemer.
    expect(merged.bericht.Client.Naam.Geslachtsnaam.Achternaam).toBe('Jansen');
    expect(merged.bericht.Client.StartProducten.StartProduct).toEqual([
      expect.objectContaining({ ToewijzingNummer: '100001', Begindatum: '2026-03-01', StatusAanlevering: '1' }),
    ]);
    const mine = await json<Opgave[]>(call(keys[A]!, 'GET', '/v1/onderaanneming/opgaven'), 200);
    expect(mine.map((o) => o.status)).toEqual(['in_bericht']);
    expect(await json<unknown[]>(call(keys[HOOFD]!, 'POST', '/v1/onderaanneming/berichten', {}), 201)).toEqual([]);
  });

  it('builds a WMO307 for the hoofdaannemer to fetch, and submits it later on request', async () => {
    await json(opgave(keys[A]!, { toewijzingNummer: '100001', soort: 'stop', begindatum: '2026-03-01', einddatum: '2026-09-30', redenBeeindiging: '02' }), 201);
    const [built] = await json<Array<{ id: string; soort: string; status: string }>>(call(keys[HOOFD]!, 'POST', '/v1/onderaanneming/berichten', {}), 201);
    expect(built).toMatchObject({ soort: 'WMO307', status: 'klaar' });
    expect((await call(keys[A]!, 'GET', `/v1/onderaanneming/berichten/${built!.id}/xml`)).status).toBe(404);
    const xml = await (await call(keys[HOOFD]!, 'GET', `/v1/onderaanneming/berichten/${built!.id}/xml`)).text();
    expect(parse(xml).code).toBe('WMO307');
    const submitted = await json<{ status: string; retourcodes: string[] }>(call(keys[HOOFD]!, 'POST', `/v1/onderaanneming/berichten/${built!.id}/indienen`), 200);
    expect(submitted).toMatchObject({ status: 'geaccepteerd', retourcodes: [] });
    expect((await call(keys[HOOFD]!, 'POST', `/v1/onderaanneming/berichten/${built!.id}/indienen`)).status).toBe(409);
  });

  it('with approval on, holds prestaties until the hoofdaannemer approves; the DelegationPort offers only approved ones', async () => {
    expect((await call(keys[A]!, 'PUT', `/v1/onderaanneming/relaties/${relatieA}/goedkeuring`, { goedkeuring: true })).status).toBe(404);
    await json(call(keys[HOOFD]!, 'PUT', `/v1/onderaanneming/relaties/${relatieA}/goedkeuring`, { goedkeuring: true }), 200);

    const maart = await json<Opgave>(opgave(keys[A]!, { toewijzingNummer: '100001', soort: 'prestatie', periode: '2026-03' }), 201);
    expect(maart.status).toBe('ingediend');
    const april = await json<Opgave>(opgave(keys[A]!, { toewijzingNummer: '100001', soort: 'prestatie', periode: '2026-04', begindatum: '2026-04-01', einddatum: '2026-04-15' }), 201);
    const ask = (periode: string) => port().forPeriod(db, { gemeente: GEMEENTE, hoofdaannemer: HOOFD, periode });
    expect((await ask('2026-03')).get('100001')).toEqual({ onderaannemer: A, gereed: null });

    const pending = await json<Opgave[]>(call(keys[HOOFD]!, 'GET', '/v1/onderaanneming/te-beoordelen'), 200);
    expect(pending.map((o) => o.id)).toEqual([maart.id, april.id]);
    expect(await json<unknown[]>(call(keys[B]!, 'GET', '/v1/onderaanneming/te-beoordelen'), 200)).toEqual([]);
    expect((await call(keys[B]!, 'POST', `/v1/onderaanneming/opgaven/${maart.id}/goedkeuren`)).status).toBe(404);

    await json(call(keys[HOOFD]!, 'POST', `/v1/onderaanneming/opgaven/${maart.id}/goedkeuren`), 200);
    expect((await call(keys[HOOFD]!, 'POST', `/v1/onderaanneming/opgaven/${april.id}/afwijzen`, {})).status).toBe(400);
    await json(call(keys[HOOFD]!, 'POST', `/v1/onderaanneming/opgaven/${april.id}/afwijzen`, { reden: 'Client was opgenomen van 10 tot 15 april.' }), 200);

    expect((await ask('2026-03')).get('100001')).toEqual({ onderaannemer: A, gereed: { prestatieId: maart.id, begindatum: '2026-03-01', einddatum: '2026-03-31' } });
    expect((await ask('2026-04')).get('100001')).toEqual({ onderaannemer: A, gereed: null });
    // Outside the delegation (A's relation ends in October) the product is the hoofdaannemer's own again.
    expect((await ask('2026-11')).has('100001')).toBe(false);
    const mine = await json<Opgave[]>(call(keys[A]!, 'GET', '/v1/onderaanneming/opgaven'), 200);
    expect(mine.find((o) => o.id === april.id)).toMatchObject({ status: 'afgewezen', reden: 'Client was opgenomen van 10 tot 15 april.' });

    await db.transaction((tx) => port().declared(tx, [{ prestatieId: maart.id, buildId: '1', referentieNummer: 'HB-0001' }]));
    expect((await json<Opgave[]>(call(keys[A]!, 'GET', '/v1/onderaanneming/opgaven'), 200)).find((o) => o.id === maart.id)).toMatchObject({ status: 'gedeclareerd' });
    expect((await ask('2026-03')).get('100001')?.gereed?.prestatieId).toBe(maart.id);

    expect((await audit('onderaanneming.opgave.goedkeuren')).map((r) => [r.actor, r.outcome])).toEqual([[B, 'refused'], [HOOFD, 'allowed']]);
    expect((await audit('onderaanneming.opgave.afwijzen')).map((r) => r.outcome)).toEqual(['allowed']);
  });

  it("shows each onderaannemer the 325's verdict on its own declared prestaties only", async () => {
    // A built declaratie of the hoofdaannemer: one line delivered by A, one by B, one its own.
    const identificatie = 'HB-2605';
    const build = await db.query<{ id: string }>(
      `INSERT INTO declaratie_builds (aanbieder, gemeente, periode, declaratie_nummer, identificatie, dagtekening, totaal_bedrag, totaal_dc, xml, built_by)
       VALUES ($1, $2, '2026-05-01', 'HB2605', $3, '2026-06-02', 73500, 'D', '<x/>', 'test') RETURNING id`,
      [HOOFD, GEMEENTE, identificatie],
    );
    const line = (ref: string, onder: string | null) =>
      db.query(
        `INSERT INTO declaratie_build_lines (build_id, aanbieder, gemeente, soort, referentie_nummer, bsn_hash, bsn_sealed, toewijzing_nummer, product_categorie, product_code,
                                             periode_begin, periode_eind, product_tarief, bedrag, debet_credit, onderaannemer)
         VALUES ($1, $2, $3, 'nieuw', $4, $6, $7, '260101', '01', '01A02', '2026-05-01', '2026-05-31', 24500, 24500, 'D', $5)`,
        [build.rows[0]!.id, HOOFD, GEMEENTE, ref, onder, sealBsn('999990019').hash, sealBsn('999990019').sealed],
      );
    await line('HB-A', A);
    await line('HB-B', B);
    await line('HB-OWN', null);
    const prestaties = [prestatie({ ref: 'HB-A' }), prestatie({ ref: 'HB-B' }), prestatie({ ref: 'HB-OWN' })].map((p) => ({ ...p, ProductPeriode: { Begindatum: '2026-05-01', Einddatum: '2026-05-31' } }));
    const d = declaratie({ aanbieder: HOOFD, identificatie, declaratieNummer: 'HB2605', periode: '2026-05', dagtekening: '2026-06-02', clienten: [{ prestaties }] });
    await db.transaction((tx) => PersistentStateStore.apply(tx, d, { messageId: randomUUID() }));
    const antwoord = declaratieAntwoord({
      aanbieder: HOOFD, declaratieIdentificatie: identificatie, declaratieDagtekening: '2026-06-02', declaratieNummer: 'HB2605', ingediend: 73500, toegekend: 49000,
      clienten: [{ prestaties: [afgewezen(prestaties[0]!, '0611')] }],
    });
    await db.transaction((tx) => PersistentStateStore.apply(tx, antwoord, { messageId: randomUUID() }));

    type Uitkomst = { referentieNummer: string; status: string; bsn: string; retourcodes: Array<{ code: string; herstel: string }> };
    const ofA = await json<Uitkomst[]>(call(keys[A]!, 'GET', '/v1/onderaanneming/uitkomsten'), 200);
    const ofB = await json<Uitkomst[]>(call(keys[B]!, 'GET', '/v1/onderaanneming/uitkomsten'), 200);
    expect(ofA.map((u) => [u.referentieNummer, u.status])).toEqual([['HB-A', 'afgewezen']]);
    expect(ofA[0]!.retourcodes[0]).toMatchObject({ code: '0611', herstel: expect.stringContaining('gecontracteerde tarief') });
    expect(ofA[0]!.bsn).toBe('******019');
    expect(ofB.map((u) => [u.referentieNummer, u.status])).toEqual([['HB-B', 'toegekend']]);
    expect((await audit('onderaanneming.uitkomsten.list')).map((r) => r.actor)).toEqual([A, B]);
    // The gemeente is not part of onderaanneming.
    expect((await call(keys[GEMEENTE]!, 'GET', '/v1/onderaanneming/uitkomsten')).status).toBe(403);
  });

  it('says the same refusal in Dutch by default and in English with Accept-Language: en', async () => {
    const wrong = { hoofdaannemer: HOOFD, onderaannemer: A, gemeente: '9999', producten: [{ categorie: '02' }], vanaf: '2026-01-01' };
    expect(await json(call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', wrong), 422)).toEqual({
      status: 422, code: 'HTTP_422', title: 'Niet te verwerken', detail: 'gemeente (UNKNOWN_GEMEENTE): "9999" is geen CBS-gemeentecode; geef de 4 cijfers, bijv. 0503 voor Delft.',
    });
    expect(await json(call(ADMIN, 'POST', '/v1/admin/onderaanneming/relaties', wrong, 'en'), 422)).toEqual({
      status: 422, code: 'HTTP_422', title: 'Unprocessable', detail: 'gemeente (UNKNOWN_GEMEENTE): "9999" is not a CBS gemeentecode; give the 4 digits, e.g. 0503 for Delft.',
    });
    expect((await json<{ detail: string }>(call(keys[GEMEENTE]!, 'GET', '/v1/onderaanneming/toewijzingen', undefined, 'en'), 403)).detail).toBe(
      "party (AANBIEDERS_ONLY): Onderaanneming is between aanbieders; a gemeente sees only the hoofdaannemer's messages.",
    );
  });
});
