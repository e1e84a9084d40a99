/**
 * The declaratie-antwoord views through the real gateway app, on both databases: totals
 * (ingediend, toegekend, open) after a 325 that rejects some prestaties, an unanswered one and
 * one rejected as a whole; per prestatie the retourcodes with meaning and fix; what is still to
 * be corrected; and who may see which declaratie.
 */
import { randomUUID } from 'node:crypto';
import { validateTestEnv } from '@lib/config';
import type { ParsedMessage } from '@lib/iwmo';
import { PersistentStateStore, sealBsn, type Database } from '@lib/persistence';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { text } from '@lib/i18n';
import type { Finding } from '@lib/rules';
import { afgewezen, declaratie, declaratieAntwoord, prestatie } from '@lib/rules/testing/fake-declaratie-state';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);

interface Summary {
  messageId: string; declaratieNummer: string; status: string; ingediend: number; afgewezenDoorGateway: number; afgewezenDoorGemeente: number;
  toegekend: number; open: number; afgewezen: number; afgewezenPrestatiesDoorGateway: number; prestaties: number;
}
interface Regel { referentieNummer: string; status: string; bsn: string; bsnMasked: string; retourcodes: Array<{ code: string; betekenis: string | null; regel: string | null; herstel: string }> }

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('declaratie-antwoord views on %s', (_name, backend) => {
  let gateway: TestGateway;
  let url: string;
  let db: Database;
  const keys: Record<string, string> = {};
  const ids = { maart: randomUUID(), april: randomUUID(), mei: randomUUID(), ander: randomUUID(), westland: randomUUID() };

  const accept = (message: ParsedMessage, messageId = randomUUID(), findings: Finding[] = []) => db.transaction((tx) => PersistentStateStore.apply(tx, message, { messageId, findings }));
  /** the gateway rejected prestatie n (1-based) of the first client on arrival */
  const rejectedOnArrival = (n: number): Finding => ({ rule: 'TR418', retourcode: '0611', path: `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[${n}]`, text: text('TR418.other-tarief', { prestatie: `Prestatie ${n}`, declared: '€400.00', code: '01A02', gemeente: '0503', month: '2026-09', tarief: '€378.00', since: '' }) });
  const get = async <T>(key: string, path: string, status = 200, lang?: string): Promise<T> => {
    const r = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}`, ...(lang && { 'accept-language': lang }) } });
    const text = await r.text();
    if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${text}`);
    return JSON.parse(text) as T;
  };

  const r1 = prestatie({ ref: 'R1' });
  const r2 = prestatie({ ref: 'R2', ToewijzingNummer: '260102', ProductCategorie: '02', ProductCode: '02A03' });
  const r3 = prestatie({ ref: 'R3', ToewijzingNummer: '260103', IngediendBedrag: { Bedrag: '30000', DebetCredit: 'D' }, ProductTarief: '30000' });

  beforeAll(async () => {
    gateway = await startTestGateway('reconciliation', backend);
    ({ url, db } = gateway);
    for (const [code, role] of [['0503', 'gemeente'], ['0603', 'gemeente'], ['1783', 'gemeente'], ['12345678', 'aanbieder'], ['87654321', 'aanbieder'], ['11223344', 'aanbieder']] as const) {
      keys[code] = await gateway.addParty(role, code, code);
    }

    // March: three prestaties, the gemeente rejects two.
    await accept(declaratie({ identificatie: 'D-2603', declaratieNummer: 'D2603', clienten: [{ prestaties: [r1, r2, r3] }] }), ids.maart);
    await accept(declaratieAntwoord({
      declaratieIdentificatie: 'D-2603', declaratieNummer: 'D2603', ingediend: 79000, toegekend: 24500,
      clienten: [{ prestaties: [afgewezen(r2, '0611'), afgewezen(r3, '9307')] }],
    }));
    // April: not answered yet.
    await accept(declaratie({ identificatie: 'D-2604', declaratieNummer: 'D2604', periode: '2026-04', dagtekening: '2026-05-04',
      clienten: [{ prestaties: [prestatie({ ref: 'R4', ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' } })] }] }), ids.april);
    // May: rejected as a whole.
    await accept(declaratie({ identificatie: 'D-2605', declaratieNummer: 'D2605', periode: '2026-05', dagtekening: '2026-06-03',
      clienten: [{ prestaties: [prestatie({ ref: 'R5', ProductPeriode: { Begindatum: '2026-05-01', Einddatum: '2026-05-31' } })] }] }), ids.mei);
    await accept(declaratieAntwoord({ declaratieIdentificatie: 'D-2605', declaratieDagtekening: '2026-06-03', declaratieNummer: 'D2605', declaratieCodes: ['9333'] }));
    // Another aanbieder's declaratie at the same gemeente.
    await accept(declaratie({ aanbieder: '87654321', identificatie: 'X-2603', declaratieNummer: 'X2603', clienten: [{ bsn: '999990172', prestaties: [prestatie({ ref: 'X1' })] }] }), ids.ander);

    // Westland, September: the gateway rejects M1 on arrival, the gemeente's 325 rejects M2 and grants M3;
    // October: the gateway rejects N1, N2 waits for the 325.
    const westland = { aanbieder: '11223344', gemeente: '1783' };
    const m1 = prestatie({ ref: 'M1', ToewijzingNummer: '178301', IngediendBedrag: { Bedrag: '30000', DebetCredit: 'D' }, ProductTarief: '30000', ProductPeriode: { Begindatum: '2026-09-01', Einddatum: '2026-09-30' } });
    const m2 = prestatie({ ref: 'M2', ToewijzingNummer: '178302', ProductPeriode: { Begindatum: '2026-09-01', Einddatum: '2026-09-30' } });
    const m3 = prestatie({ ref: 'M3', ToewijzingNummer: '178303', ProductPeriode: { Begindatum: '2026-09-01', Einddatum: '2026-09-30' } });
    await accept(declaratie({ ...westland, identificatie: 'W-2609', declaratieNummer: 'W2609', periode: '2026-09', dagtekening: '2026-10-05', clienten: [{ prestaties: [m1, m2, m3] }] }), ids.westland, [rejectedOnArrival(1)]);
    await accept(declaratieAntwoord({
      ...westland, declaratieIdentificatie: 'W-2609', declaratieDagtekening: '2026-10-05', declaratieNummer: 'W2609', ingediend: 79000, toegekend: 24500,
      clienten: [{ prestaties: [afgewezen(m2, '9307')] }],
    }));
    const n1 = prestatie({ ref: 'N1', ToewijzingNummer: '178301', ProductPeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' } });
    const n2 = prestatie({ ref: 'N2', ToewijzingNummer: '178303', ProductPeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' } });
    await accept(declaratie({ ...westland, identificatie: 'W-2610', declaratieNummer: 'W2610', periode: '2026-10', dagtekening: '2026-11-04', clienten: [{ prestaties: [n1, n2] }] }), randomUUID(), [rejectedOnArrival(1)]);
  });
  afterAll(() => gateway?.close());

  it('splits each declaratie into afgewezen by the gateway, afgewezen by the gemeente, toegekend and open, which add up to ingediend', async () => {
    const list = await get<Summary[]>(keys['11223344']!, '/v1/declaraties');
    expect(list.map((d) => [d.declaratieNummer, d.status, d.ingediend, d.afgewezenDoorGateway, d.afgewezenDoorGemeente, d.toegekend, d.open, d.afgewezen, d.afgewezenPrestatiesDoorGateway])).toEqual([
      ['W2610', 'ingediend', 49000, 24500, 0, 0, 24500, 1, 1],
      ['W2609', 'beantwoord', 79000, 30000, 24500, 24500, 0, 2, 1],
    ]);
    for (const d of list) expect(d.afgewezenDoorGateway + d.afgewezenDoorGemeente + d.toegekend + d.open).toBe(d.ingediend);
    const one = await get<Summary & { prestatieRegels: Array<Regel & { afgewezenDoor: string | null }> }>(keys['1783']!, `/v1/declaraties/${ids.westland}`);
    expect(one.prestatieRegels.map((p) => [p.referentieNummer, p.status, p.afgewezenDoor, p.retourcodes.map((c) => c.code)])).toEqual([
      ['M1', 'afgewezen', 'gateway', ['0611']],
      ['M2', 'afgewezen', 'gemeente', ['9307']],
      ['M3', 'toegekend', null, []],
    ]);
  });

  it('totals per declaratie: ingediend, toegekend, open and the prestaties afgewezen', async () => {
    const list = await get<Summary[]>(keys['12345678']!, '/v1/declaraties');
    expect(list.map((d) => [d.declaratieNummer, d.status, d.ingediend, d.afgewezenDoorGemeente, d.toegekend, d.open, d.afgewezen, d.prestaties])).toEqual([
      ['D2605', 'afgewezen', 24500, 24500, 0, 0, 1, 1],
      ['D2604', 'ingediend', 24500, 0, 0, 24500, 0, 1],
      ['D2603', 'beantwoord', 79000, 54500, 24500, 0, 2, 3],
    ]);
    expect((await get<Summary[]>(keys['12345678']!, '/v1/declaraties?periode=2026-04')).map((d) => d.declaratieNummer)).toEqual(['D2604']);
  });

  it('each party sees only the declaraties it sent or received', async () => {
    expect((await get<Summary[]>(keys['87654321']!, '/v1/declaraties')).map((d) => d.declaratieNummer)).toEqual(['X2603']);
    expect((await get<Summary[]>(keys['0503']!, '/v1/declaraties')).map((d) => d.declaratieNummer).sort()).toEqual(['D2603', 'D2604', 'D2605', 'X2603']);
    expect(await get<Summary[]>(keys['0603']!, '/v1/declaraties')).toEqual([]);
    await get(keys['87654321']!, `/v1/declaraties/${ids.maart}`, 404);
    await get(keys['0603']!, `/v1/declaraties/${ids.maart}`, 404);
    await get(keys['12345678']!, '/v1/declaraties/not-a-uuid', 400);
  });

  it('per prestatie: status, retourcodes with their meaning and what to fix; the Bsn in full for the parties of the declaratie, with a masked copy', async () => {
    const one = await get<Summary & { prestatieRegels: Regel[] }>(keys['12345678']!, `/v1/declaraties/${ids.maart}`);
    expect(one.prestatieRegels.map((p) => [p.referentieNummer, p.status, p.retourcodes.map((c) => c.code)])).toEqual([
      ['R1', 'toegekend', []],
      ['R2', 'afgewezen', ['0611']],
      ['R3', 'afgewezen', ['9307']],
    ]);
    expect(one.prestatieRegels[2]!.retourcodes[0]).toMatchObject({ regel: 'TR307', betekenis: expect.stringContaining('Begindatum prestatie'), herstel: expect.stringContaining('Ingangsdatum') });
    expect(one.prestatieRegels[0]).toMatchObject({ bsn: '999990019', bsnMasked: '******019' });
    expect((await get<{ prestatieRegels: Regel[] }>(keys['0503']!, `/v1/declaraties/${ids.maart}`)).prestatieRegels).toHaveLength(3);
  });

  it('lists the rejected prestaties not yet declared again, and drops one once it is declared again or built', async () => {
    const refs = async () => (await get<Regel[]>(keys['12345678']!, '/v1/declaraties/te-corrigeren')).map((p) => p.referentieNummer);
    expect(await refs()).toEqual(['R2', 'R3', 'R5']);
    const [first] = await get<Array<Regel & { declaratieMessageId: string }>>(keys['12345678']!, '/v1/declaraties/te-corrigeren');
    expect(first).toMatchObject({ declaratieMessageId: ids.maart, retourcodes: [expect.objectContaining({ code: '0611', herstel: expect.stringContaining('gecontracteerde tarief') })] });
    const [english] = await get<Regel[]>(keys['12345678']!, '/v1/declaraties/te-corrigeren', 200, 'en');
    expect(english!.retourcodes[0]!.herstel).toBe('Declare with the contracted tarief of the product for that period (TR418); check the contract register for the tarief in force on the Begindatum.');
    expect(await get<Regel[]>(keys['87654321']!, '/v1/declaraties/te-corrigeren')).toEqual([]);

    // R2 declared again (herindiening) in June's declaratie.
    await accept(declaratie({ identificatie: 'D-2606', declaratieNummer: 'D2606', periode: '2026-06', dagtekening: '2026-07-02',
      clienten: [{ prestaties: [{ ...r2, ProductReferentie: { ReferentieNummer: 'R2-H' } }] }] }));
    expect(await refs()).toEqual(['R3', 'R5']);
    // R3 in a build the builder made after March's declaratie (not sent yet).
    const build = await db.query<{ id: string }>(
      `INSERT INTO declaratie_builds (aanbieder, gemeente, periode, declaratie_nummer, identificatie, dagtekening, totaal_bedrag, totaal_dc, xml, built_by, created_at)
       VALUES ('12345678', '0503', '2026-07-01', 'D2607', 'D-2607', '2026-08-01', 30000, 'D', '<x/>', 'test', now() + interval '1 minute') RETURNING id`,
    );
    await db.query(
      `INSERT INTO declaratie_build_lines (build_id, aanbieder, gemeente, soort, referentie_nummer, bsn_hash, bsn_sealed, toewijzing_nummer, product_categorie, product_code,
                                           periode_begin, periode_eind, product_tarief, bedrag, debet_credit)
       VALUES ($1, '12345678', '0503', 'herindiening', 'R3-H', $2, $3, '260103', '01', '01A02', '2026-03-01', '2026-03-31', 30000, 30000, 'D')`,
      [build.rows[0]!.id, sealBsn('999990019').hash, sealBsn('999990019').sealed],
    );
    expect(await refs()).toEqual(['R5']);
  });
});
