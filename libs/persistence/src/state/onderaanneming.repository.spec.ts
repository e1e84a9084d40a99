import { randomUUID } from 'node:crypto';
import { parse } from '@lib/iwmo';
import { sampleWmo301, sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { runMigrations } from '../migration-runner';
import { testDatabaseBackends, type TestDatabase } from '../testing';
import { OnderaannemingRepository, type NewRelatie } from './onderaanneming.repository';

const relatie = (overrides: Partial<NewRelatie>): NewRelatie => ({
  hoofdaannemer: '12345678', onderaannemer: '11111111', gemeente: '0503', producten: [{ categorie: '02', code: '02A03' }],
  vanaf: '2026-01-01', totEnMet: null, goedkeuring: false, createdBy: 'test', ...overrides,
});
/** The sample 301 (0503 to 12345678: 100001 02A03 and 100002 01A02 from 2026-03-01), changed by `edit`. */
const toewijzing = (edit: (xml: string) => string = (x) => x, overrides: Parameters<typeof sampleWmo301>[0] = {}) => parse(edit(sampleWmo301(overrides)));

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('OnderaannemingRepository projection on %s', (_name, backend) => {
  let test: TestDatabase;
  let repository: OnderaannemingRepository;

  beforeEach(async () => {
    test = await backend.create();
    await runMigrations(test.db);
    repository = new OnderaannemingRepository(test.db);
  });
  afterEach(() => test?.dispose());

  const apply = (xml: ReturnType<typeof toewijzing>) => test.db.transaction((tx) => new OnderaannemingRepository(tx).apply(xml, { messageId: randomUUID() }));
  const assigned = async () =>
    (await test.db.query<{ toewijzing_nummer: string; onderaannemer: string; einddatum: string | null }>('SELECT toewijzing_nummer, onderaannemer, einddatum FROM onderaanneming_toewijzingen ORDER BY id')).rows;

  it('assigns a delegated product to the relation that covers its Ingangsdatum, and nothing else', async () => {
    await repository.insertRelatie(relatie({ totEnMet: '2026-06-30' }));
    await repository.insertRelatie(relatie({ onderaannemer: '22222222', vanaf: '2026-07-01' }));
    // Another gemeente's relation for category 01 does not apply in Delft.
    await repository.insertRelatie(relatie({ onderaannemer: '33333333', gemeente: '0603', producten: [{ categorie: '01' }] }));

    await apply(toewijzing());
    await apply(toewijzing((x) => x.replace(/100001/g, '200001').replace(/100002/g, '200002').replace(/<wmo301:Ingangsdatum>2026-03-01/g, '<wmo301:Ingangsdatum>2026-08-01'), { identificatie: 'T2' }));
    expect(await assigned()).toEqual([
      { toewijzing_nummer: '100001', onderaannemer: '11111111', einddatum: '2026-12-31' },
      { toewijzing_nummer: '200001', onderaannemer: '22222222', einddatum: '2026-12-31' },
    ]);
    expect((await repository.meldingen('11111111', { open: true, limit: 10 })).map((m) => [m.soort, m.data.toewijzingNummer])).toEqual([['toegewezen', '100001']]);
    expect(await repository.meldingen('33333333', { open: true, limit: 10 })).toEqual([]);
  });

  it('keeps a changed toewijzing with its onderaannemer and tells it; a withdrawal too', async () => {
    await repository.insertRelatie(relatie({}));
    await apply(toewijzing());
    await apply(toewijzing(undefined, { identificatie: 'T2', einddatum: '2026-06-30' }));
    await apply(toewijzing(undefined, { identificatie: 'T3', redenWijziging: '13', einddatum: '2026-03-01' }));
    expect(await assigned()).toEqual([{ toewijzing_nummer: '100001', onderaannemer: '11111111', einddatum: '2026-03-01' }]);
    const meldingen = await repository.meldingen('11111111', { open: true, limit: 10 });
    expect(meldingen.map((m) => [m.soort, m.data.einddatum])).toEqual([['toegewezen', '2026-12-31'], ['gewijzigd', '2026-06-30'], ['ingetrokken', '2026-03-01']]);
    expect(Object.keys(meldingen[0]!.data).sort()).toEqual(['bsn', 'budget', 'einddatum', 'gemeente', 'hoofdaannemer', 'ingangsdatum', 'omvang', 'product', 'redenWijziging', 'toewijzingNummer']);
  });

  it('ignores other messages, other aanbieders and a withdrawal of a toewijzing never delegated', async () => {
    await repository.insertRelatie(relatie({ hoofdaannemer: '87654321' }));
    await apply(toewijzing());
    await apply(parse(sampleWmo305()));
    await repository.insertRelatie(relatie({}));
    await apply(toewijzing(undefined, { identificatie: 'T3', redenWijziging: '13', einddatum: '2026-03-01' }));
    expect(await assigned()).toEqual([]);
  });
});
