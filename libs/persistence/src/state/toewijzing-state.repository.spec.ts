import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParsedMessage, type ParsedMessageOf, type Wmo323Prestatie } from '@lib/iwmo';
import { InMemoryToewijzingState, runRules, type ToewijzingStateView } from '@lib/rules';
import { TOEWIJZING_RULES } from '@lib/rules/rules/toewijzing.rules';
import { context, fakeState } from '@lib/rules/testing/fake-state';
import { wmo301, wmo305, wmo307, wmo315, wmo317, wmo319 } from '@lib/rules/testing/fake-toewijzing-state';
import type { Queryable } from '../database';
import { runMigrations } from '../migration-runner';
import { testDatabaseBackends, TestDatabase } from '../testing';
import { ToewijzingStateRepository } from './toewijzing-state.repository';

const fixture = (path: string): ParsedMessage => parse(readFileSync(join(__dirname, '../../../../test/fixtures', path)));

/** A Queryable that counts the statements sent through it. */
function counting(db: Queryable): Queryable & { statements: string[] } {
  const statements: string[] = [];
  return { statements, query: (sql, params) => (statements.push(sql), db.query(sql, params)), exec: (sql) => (statements.push(sql), db.exec(sql)) };
}

/** Every lookup of the view for one client, to compare the database with the in-memory state. */
function snapshot(view: ToewijzingStateView, at: { gemeente: string; aanbieder: string; bsn: string; nummers: string[]; referenties: string[] }) {
  const { gemeente, aanbieder, bsn } = at;
  const strip = <T extends { messageId?: string }>(rows: T[]) => rows.map(({ messageId: _, ...rest }) => rest);
  return {
    products: strip(at.nummers.flatMap((n) => view.toegewezenProduct(gemeente, aanbieder, n) ?? [])),
    vanClient: strip(view.toegewezenProductenVanClient(gemeente, aanbieder, bsn)).sort((a, b) => a.toewijzingNummer.localeCompare(b.toewijzingNummer)),
    starts: strip(view.startProducten(gemeente, aanbieder, bsn)),
    stops: strip(view.stopProducten(gemeente, aanbieder, bsn)),
    verzoeken: strip(at.referenties.flatMap((r) => view.verzoek(aanbieder, r) ?? [])),
    antwoorden: strip(at.referenties.flatMap((r) => view.antwoorden(gemeente, aanbieder, r))),
  };
}

function declaratie(prestaties: Array<Pick<Wmo323Prestatie, 'ToewijzingNummer'>>): ParsedMessageOf<'WMO323'> {
  return {
    code: 'WMO323',
    bericht: {
      Header: {
        BerichtCode: '484', BerichtVersie: '3', BerichtSubversie: '2', Afzender: '12345678', Ontvanger: '0503',
        BerichtIdentificatie: { Identificatie: 'ZD-D-0000001', Dagtekening: '2026-04-03' },
        XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
      },
      Declaratie: {
        DeclaratieNummer: 'ZD-2026-03',
        DeclaratiePeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' },
        DeclaratieDagtekening: '2026-04-03',
        TotaalIngediendBedrag: { TotaalBedrag: '0', DebetCredit: 'D' },
        Clienten: {
          Client: [
            {
              Bsn: '999990019',
              Prestaties: {
                Prestatie: prestaties.map((p, i) => ({
                  ProductReferentie: { ReferentieNummer: `R${i}` },
                  ToewijzingNummer: p.ToewijzingNummer,
                  ProductCategorie: '01',
                  ProductCode: '01A02',
                  ProductPeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' },
                  GeleverdVolume: '1',
                  Eenheid: '82',
                  ProductTarief: '0',
                  IngediendBedrag: { Bedrag: '0', DebetCredit: 'D' },
                })),
              },
            },
          ],
        },
      },
    },
  };
}

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('ToewijzingStateRepository on %s', (_name, backend) => {
  let test: TestDatabase;
  let repository: ToewijzingStateRepository;
  /** the same messages applied in memory, to check the database gives the same view */
  let memory: InMemoryToewijzingState;

  beforeEach(async () => {
    test = await backend.create();
    await runMigrations(test.db);
    repository = new ToewijzingStateRepository(test.db);
    memory = new InMemoryToewijzingState();
  });
  afterEach(() => test?.dispose());

  /** Applies an accepted message the way the gateway does: in the transaction that accepts it. */
  const accept = async (message: ParsedMessage) => {
    const messageId = randomUUID();
    await test.db.transaction((tx) => new ToewijzingStateRepository(tx).apply(message, { messageId }));
    memory.apply(message, { messageId });
    return messageId;
  };

  it('keeps toewijzing versions, starts and stops, and loads them for the next message', async () => {
    await accept(fixture('wmo301/ok/toewijzing-delft-orh-en-begeleiding.xml')); // 260101 and 260102
    await accept(fixture('wmo305/ok/start-delft-twee-producten.xml')); // both started
    await accept(fixture('wmo307/ok/stop-delft-tijdelijk-ongewone-prefixen.xml')); // both stopped temporarily (20)
    // A later 301 ends 260101 early and withdraws 260102 (RedenWijziging 13: Einddatum = Ingangsdatum).
    const later = await accept(
      wmo301([
        { ToewijzingNummer: '260101', Toewijzingsdatum: '2026-08-20', Toewijzingstijd: '09:00:00', Einddatum: '2026-09-30', RedenWijziging: '05' },
        { ToewijzingNummer: '260102', Product: { Categorie: '02', Code: '02A02' }, Toewijzingsdatum: '2026-08-20', Toewijzingstijd: '09:00:00', Einddatum: '2026-02-01', RedenWijziging: '13' },
      ]),
    );
    // A copy of the first version sent again later (IV013: unchanged Toewijzingsdatum) does not become current.
    await accept(fixture('wmo301/ok/toewijzing-delft-orh-en-begeleiding.xml'));
    // The stop of 260101 is removed (StatusAanlevering 3).
    await accept(wmo307([{ ToewijzingNummer: '260101', Begindatum: '2026-02-03', RedenBeeindiging: '20', Einddatum: '2026-08-14', StatusAanlevering: '3' }]));

    // The next message: a restart of both.
    const next = wmo305([
      { ToewijzingNummer: '260101', Begindatum: '2026-09-01' },
      { ToewijzingNummer: '0260102', Product: { Categorie: '02', Code: '02A02' }, Begindatum: '2026-09-01' },
    ]);
    const view = await repository.load(next);

    expect(view.toegewezenProduct('0503', '12345678', '260101')).toMatchObject({
      bsn: '999990019', einddatum: '2026-09-30', redenWijziging: '05', toewijzingsdatum: '2026-08-20', messageId: later,
      omvang: { volume: '1', eenheid: '82', frequentie: '4' }, productCategorie: '01', productCode: '01A02', ingangsdatum: '2026-02-01',
    });
    expect(view.toegewezenProduct('0503', '12345678', '260102')).toMatchObject({ redenWijziging: '13', einddatum: '2026-02-01' });
    expect(view.startProducten('0503', '12345678', '999990019').map((s) => [s.toewijzingNummer, s.begindatum])).toEqual([
      ['260101', '2026-02-03'],
      ['260102', '2026-02-05'],
    ]);
    expect(view.stopProducten('0503', '12345678', '999990019').map((s) => [s.toewijzingNummer, s.redenBeeindiging, s.einddatum])).toEqual([['260102', '20', '2026-08-14']]);

    // The rules read the loaded view: 260101 has a start without stop now (TR326), 260102 was withdrawn (TR019).
    const findings = runRules(TOEWIJZING_RULES, next, context({ state: fakeState({ toewijzingen: view }) }));
    expect(findings.map((f) => [f.rule, f.retourcode, f.path])).toEqual([
      ['TR019', '9019', '/Bericht/Client/StartProducten/StartProduct[2]'],
      ['TR326', '9326', '/Bericht/Client/StartProducten/StartProduct[1]'],
    ]);

    // The in-memory state that applied the same messages answers the same.
    const at = { gemeente: '0503', aanbieder: '12345678', bsn: '999990019', nummers: ['260101', '260102'], referenties: [] };
    expect(snapshot(view, at)).toEqual(snapshot(memory, at));
  });

  it('follows verzoeken to their toewijzing or antwoord', async () => {
    await accept(fixture('wmo315/ok/vot-rijswijk-financien.xml')); // VOT-2026-0042
    await accept(fixture('wmo319/ok/antwoord-rijswijk-in-onderzoek.xml')); // in onderzoek: still onderhanden
    const onderzoek = await repository.load(fixture('wmo317/ok/vow-rijswijk-nieuw-product-ongewone-prefixen.xml'));
    expect(onderzoek.verzoekenVanClient('0603', '87654321', '999990032')).toEqual([expect.objectContaining({ referentieAanbieder: 'VOT-2026-0042', afgehandeldDoor: null })]);

    await accept(fixture('wmo301/ok/toewijzing-rijswijk-na-verzoek-default-ns.xml')); // 603101 with ReferentieAanbieder VOT-2026-0042
    const vow = fixture('wmo317/ok/vow-rijswijk-nieuw-product-ongewone-prefixen.xml');
    const view = await repository.load(vow);
    expect(view.verzoek('87654321', 'VOT-2026-0042')).toMatchObject({ soort: 'WMO315', gemeente: '0603', bsn: '999990032', dagtekening: '2026-03-10', afgehandeldDoor: 'WMO301' });
    expect(view.toegewezenProductenVanClient('0603', '87654321', '999990032').map((p) => p.toewijzingNummer)).toEqual(['603101']);
    expect(runRules(TOEWIJZING_RULES, vow, context({ state: fakeState({ toewijzingen: view }) }))).toEqual([]);
    await accept(vow);

    // An antwoord on the honoured VOT: TR359; the VOW is now onderhanden.
    const antwoord = fixture('wmo319/ok/antwoord-rijswijk-in-onderzoek.xml');
    const antwoordView = await repository.load(antwoord);
    expect(antwoordView.toegewezenMetReferentie('0603', '87654321', 'VOT-2026-0042')).toMatchObject({ toewijzingNummer: '603101' });
    expect(antwoordView.antwoorden('0603', '87654321', 'VOT-2026-0042')).toEqual([expect.objectContaining({ verzoekAntwoord: '2', dagtekening: '2026-03-11' })]);
    expect(runRules(TOEWIJZING_RULES, antwoord, context({ state: fakeState({ toewijzingen: antwoordView }) })).map((f) => f.rule)).toEqual(['TR359', 'TR360']);

    const again = await repository.load(fixture('wmo315/ok/vot-rijswijk-financien.xml'));
    expect(again.verzoekenVanClient('0603', '87654321', '999990032').map((v) => [v.referentieAanbieder, v.afgehandeldDoor])).toEqual([
      ['VOT-2026-0042', 'WMO301'],
      ['VOW-2026-0077', null],
    ]);

    // What a 317 loads (toewijzingen and verzoeken of the client) is what the in-memory state knows.
    const at = { gemeente: '0603', aanbieder: '87654321', bsn: '999990032', nummers: ['603101'], referenties: ['VOT-2026-0042', 'VOW-2026-0077'] };
    const { products, vanClient, verzoeken } = snapshot(await repository.load(vow), at);
    expect({ products, vanClient, verzoeken }).toEqual((({ products, vanClient, verzoeken }) => ({ products, vanClient, verzoeken }))(snapshot(memory, at)));
  });

  it('loads with a fixed number of queries however many classes the message has', async () => {
    const many = 500;
    const products = Array.from({ length: many }, (_, i) => ({ ToewijzingNummer: String(300000 + i) }));
    const applying = counting(test.db);
    await new ToewijzingStateRepository(applying).apply(wmo301(products), { messageId: randomUUID() });
    await new ToewijzingStateRepository(applying).apply(wmo305(products), { messageId: randomUUID() });
    expect(applying.statements).toHaveLength(2);

    const queriesFor = async (message: ParsedMessage) => {
      const db = counting(test.db);
      const view = await new ToewijzingStateRepository(db).load(message);
      return { count: db.statements.length, view };
    };
    // A declaratie of 20,000 prestaties on 500 toewijzingen: one query, and every prestatie finds its toewijzing.
    const prestaties = Array.from({ length: 20_000 }, (_, i) => ({ ToewijzingNummer: String(300000 + (i % many)) }));
    const big = await queriesFor(declaratie(prestaties));
    const small = await queriesFor(declaratie(prestaties.slice(0, 1)));
    expect([big.count, small.count]).toEqual([1, 1]);
    expect(prestaties.every((p) => big.view.toegewezenProduct('0503', '12345678', p.ToewijzingNummer)?.toewijzingNummer === p.ToewijzingNummer)).toBe(true);

    // A toewijzing, a start and a stop with 500 classes cost what they cost with one.
    expect((await queriesFor(wmo301(products))).count).toBe((await queriesFor(wmo301(products.slice(0, 1)))).count);
    expect((await queriesFor(wmo305(products))).count).toBe(3);
    expect((await queriesFor(wmo307(products))).count).toBe(3);
    expect((await queriesFor(wmo307(products))).view.startProducten('0503', '12345678', '999990019')).toHaveLength(many);
    // Verzoeken and antwoorden: one query per table.
    expect((await queriesFor(wmo315(products.map((_, i) => ({ ReferentieAanbieder: `REF-${i}` }))))).count).toBe(1);
    const vow = wmo317({ OngewijzigdeProducten: { OngewijzigdProduct: products }, TeWijzigenProducten: { TeWijzigenProduct: products.map((p) => ({ ...p, GewensteIngangsdatum: '2026-07-01' })) } });
    expect((await queriesFor(vow)).count).toBe(2);
    expect((await queriesFor(wmo319({ ReferentieAanbieder: 'REF-1' }))).count).toBe(3);
  });

  it('loads nothing for a retourbericht', async () => {
    const db = counting(test.db);
    const retour = { code: 'WMO306', bericht: {} } as unknown as ParsedMessage;
    await new ToewijzingStateRepository(db).load(retour);
    expect(db.statements).toEqual([]);
  });
});
