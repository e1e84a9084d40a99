import { randomUUID } from 'node:crypto';
import { runMigrations, sealBsn, type Database, type Queryable } from '@lib/persistence';
import { testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import type { BuiltLine } from './declaratie-build';
import { DeclaratieBuildRepository } from './declaratie-build.repository';

const G = '0503';
const A = '12345678';

function counting(db: Queryable): Queryable & { statements: string[] } {
  const statements: string[] = [];
  return { statements, query: (sql, params) => (statements.push(sql), db.query(sql, params)), exec: (sql) => (statements.push(sql), db.exec(sql)) };
}

const line = (over: Partial<BuiltLine> = {}): BuiltLine => ({
  soort: 'nieuw', bsn: '999990019', toewijzingNummer: '100001', productCategorie: '02', productCode: '02A03', periodeBegin: '2026-03-01', periodeEind: '2026-03-31',
  geleverdVolume: 1, eenheid: '82', productTarief: 33100, bedrag: 33100, debetCredit: 'D', vorigReferentieNummer: null, onderaannemer: null,
  onderaannemerPrestatieId: null, dagenGeleverd: 31, group: '100001|2026-03-01', ...over,
});

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('DeclaratieBuildRepository on %s', (_name, backend) => {
  let test: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    test = await backend.create();
    db = test.db;
    await runMigrations(db);
  });
  afterAll(() => test?.dispose());

  async function version(nummer: string, bsn: string, over: { datum?: string; einddatum?: string | null; reden?: string | null; aanbieder?: string } = {}) {
    await db.query(
      `INSERT INTO toegewezen_product_versions (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, product_categorie, product_code, toewijzingsdatum,
                                                toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, message_id)
       VALUES ($1, $2, $3, $9, $4, '02', '02A03', $5, '09:00:00', '2026-03-01', $6, $7, '1', '82', '4', $8)`,
      [G, over.aanbieder ?? A, sealBsn(bsn).hash, nummer, over.datum ?? '2026-02-20', over.einddatum === undefined ? '2026-12-31' : over.einddatum, over.reden ?? null, randomUUID(), sealBsn(bsn).sealed],
    );
  }

  it('loads the current version of every toewijzing, the starts, stops and earlier prestaties with a fixed number of queries', async () => {
    const clients = 60;
    for (let i = 0; i < clients; i++) {
      const bsn = String(100000000 + i);
      await version(String(1000 + i), bsn);
      await db.query(`INSERT INTO start_producten (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, begindatum, message_id) VALUES ($1, $2, $3, $4, $5, '2026-03-01', $6)`, [G, A, sealBsn(bsn).hash, sealBsn(bsn).sealed, String(1000 + i), randomUUID()]);
    }
    // a later version shortens 1000; another aanbieder's toewijzing is not ours; a removed start does not count
    await version('1000', '100000000', { datum: '2026-03-10', einddatum: '2026-03-15', reden: '05' });
    await version('9999', '100000000', { aanbieder: '87654321' });
    await db.query(`INSERT INTO start_producten (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, begindatum, message_id, removed_by) VALUES ($1, $2, $4, $5, '1001', '2026-02-01', $3, $3)`, [G, A, randomUUID(), sealBsn('100000001').hash, sealBsn('100000001').sealed]);
    await db.query(`INSERT INTO stop_producten (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, begindatum, reden_beeindiging, einddatum, message_id) VALUES ($1, $2, $4, $5, '1002', '2026-03-01', '36', '2026-03-20', $3)`, [G, A, randomUUID(), sealBsn('100000002').hash, sealBsn('100000002').sealed]);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO declaraties (message_id, aanbieder, gemeente, identificatie, dagtekening, declaratie_nummer, periode_begin, periode_eind, totaal_bedrag, totaal_dc, status)
       VALUES ($1, $2, $3, 'GB1', '2026-04-02', 'GD1', '2026-03-01', '2026-03-31', 33100, 'D', 'beantwoord') RETURNING id`,
      [randomUUID(), A, G],
    );
    await db.query(
      `INSERT INTO declaraties (message_id, aanbieder, gemeente, identificatie, dagtekening, declaratie_nummer, periode_begin, periode_eind, totaal_bedrag, totaal_dc, status)
       VALUES ($1, $2, $3, 'GB2', '2026-05-02', 'GD2', '2026-04-01', '2026-04-30', 33100, 'D', 'afgewezen')`,
      [randomUUID(), A, G],
    );
    await db.query(
      `INSERT INTO prestaties (declaratie_id, aanbieder, gemeente, client_positie, prestatie_positie, bsn_hash, bsn_sealed, referentie_nummer, toewijzing_nummer, product_categorie,
                               product_code, periode_begin, periode_eind, geleverd_volume, eenheid, product_tarief, bedrag, debet_credit, status)
       VALUES ($1, $2, $3, 1, 1, $4, $5, 'GR000000000001', '1003', '02', '02A03', '2026-03-01', '2026-03-31', 1, '82', 33100, 33100, 'D', 'toegekend')`,
      [rows[0]!.id, A, G, sealBsn('100000003').hash, sealBsn('100000003').sealed],
    );
    const counted = counting(db);
    const loaded = await new DeclaratieBuildRepository(counted).load({ aanbieder: A, gemeente: G, periode: '2026-04' });

    expect(counted.statements).toHaveLength(5);
    expect(loaded.toewijzingen).toHaveLength(clients);
    expect(loaded.toewijzingen.find((t) => t.toewijzingNummer === '1000')).toMatchObject({ einddatum: '2026-03-15', redenWijziging: '05', omvang: { volume: '1', eenheid: '82', frequentie: '4' } });
    expect(loaded.starts).toHaveLength(clients);
    expect(loaded.stops).toEqual([{ toewijzingNummer: '1002', einddatum: '2026-03-20' }]);
    expect(loaded.prestaties).toEqual([expect.objectContaining({ referentieNummer: 'GR000000000001', toewijzingNummer: '1003', bedrag: 33100, productTarief: 33100, status: 'toegekend', onderaannemer: null })]);
    // the April declaratie was rejected as a whole: it counts as never sent
    expect(loaded.declared).toEqual({ first: '2026-03-01', latest: '2026-03-01' });
  });

  it('numbers builds uniquely per aanbieder across repository instances (a restart), and gives numbers back on rollback', async () => {
    const first = await db.transaction((tx) => new DeclaratieBuildRepository(tx).reserve('11111111', 2));
    expect(first).toEqual({ declaratieNummer: 'GD0000000001', identificatie: 'GB0000000001', referentieNummers: ['GR000000000001', 'GR000000000002'] });
    await expect(
      db.transaction(async (tx) => {
        await new DeclaratieBuildRepository(tx).reserve('11111111', 5);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // a new instance, as after a restart
    const second = await db.transaction((tx) => new DeclaratieBuildRepository(tx).reserve('11111111', 1));
    expect(second).toEqual({ declaratieNummer: 'GD0000000002', identificatie: 'GB0000000002', referentieNummers: ['GR000000000003'] });
    // another aanbieder has its own counters
    const other = await db.transaction((tx) => new DeclaratieBuildRepository(tx).reserve('22222222', 1));
    expect(other.declaratieNummer).toBe('GD0000000001');
    expect(first.declaratieNummer.length).toBeLessThanOrEqual(12);
    expect(first.referentieNummers[0]!.length).toBeLessThanOrEqual(20);
  });

  it('stores a build with its lines, readable only by its own aanbieder', async () => {
    const lines = [line(), line({ soort: 'credit', debetCredit: 'C', vorigReferentieNummer: 'GR9', onderaannemer: '11223344' }), line({ soort: 'debet', eenheid: '83', productTarief: null, geleverdVolume: 20000, bedrag: 20000 })];
    const id = await db.transaction(async (tx) => {
      const repository = new DeclaratieBuildRepository(tx);
      const numbers = await repository.reserve('33333333', lines.length);
      return repository.store({ aanbieder: '33333333', gemeente: G, periode: '2026-03', numbers, dagtekening: '2026-04-02', totaal: { bedrag: 20000, debetCredit: 'D' }, xml: '<x/>', builtBy: 'test', lines });
    });
    const repository = new DeclaratieBuildRepository(db);
    expect(await repository.find('33333333', id)).toMatchObject({ id, periode: '2026-03', declaratieNummer: 'GD0000000001', totaalBedrag: 20000, totaalDc: 'D', xml: '<x/>' });
    expect(await repository.find('12345678', id)).toBeUndefined();
    expect(await repository.find('33333333', 'not-a-number')).toBeUndefined();
    expect(await repository.lineCounts(id)).toEqual([
      { soort: 'credit', lines: 1, bedrag: 33100 },
      { soort: 'debet', lines: 1, bedrag: 20000 },
      { soort: 'nieuw', lines: 1, bedrag: 33100 },
    ]);
    const { rows } = await db.query<{ referentie_nummer: string; vorig_referentie_nummer: string | null; onderaannemer: string | null; product_tarief: string }>(
      `SELECT referentie_nummer, vorig_referentie_nummer, onderaannemer, product_tarief FROM declaratie_build_lines WHERE build_id = $1 ORDER BY id`,
      [id],
    );
    expect(rows).toEqual([
      { referentie_nummer: 'GR000000000001', vorig_referentie_nummer: null, onderaannemer: null, product_tarief: '33100' },
      { referentie_nummer: 'GR000000000002', vorig_referentie_nummer: 'GR9', onderaannemer: '11223344', product_tarief: '33100' },
      { referentie_nummer: 'GR000000000003', vorig_referentie_nummer: null, onderaannemer: null, product_tarief: '20000' },
    ]);
  });
});
