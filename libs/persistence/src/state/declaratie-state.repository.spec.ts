import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessage, type ParsedMessageOf } from '@lib/iwmo';
import { h4ContractRegister } from '@lib/rules/testing/h4-contracts';
import type { Finding } from '@lib/rules/rule';
import { runRules } from '@lib/rules/rule-engine';
import { DECLARATIE_RULES } from '@lib/rules/rules/declaratie.rules';
import type { DeclaratieStateView } from '@lib/rules/state/declaratie-state';
import {
  afgewezen,
  declaratie,
  declaratieAntwoord,
  declaratieContext,
  FakeDeclaratieState,
  prestatie,
  toegewezenProduct,
} from '@lib/rules/testing/fake-declaratie-state';
import { wmo301 } from '@lib/rules/testing/fake-toewijzing-state';
import type { Queryable } from '../database';
import { runMigrations } from '../migration-runner';
import { testDatabaseBackends, TestDatabase } from '../testing';
import { DeclaratieStateRepository } from './declaratie-state.repository';

const fixture = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

/** A Queryable that counts the statements sent through it. */
function counting(db: Queryable): Queryable & { statements: string[] } {
  const statements: string[] = [];
  return { statements, query: (sql, params) => (statements.push(sql), db.query(sql, params)), exec: (sql) => (statements.push(sql), db.exec(sql)) };
}

/** Every lookup a 323's rules make, to compare the database's view with the in-memory one. */
function snapshot(view: DeclaratieStateView, message: ParsedMessageOf<'WMO323'>) {
  const gemeente = message.bericht.Header.Ontvanger;
  const aanbieder = message.bericht.Header.Afzender;
  const prestaties = message.bericht.Declaratie.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie);
  const refs = [...new Set(prestaties.flatMap((p) => [p.ProductReferentie.ReferentieNummer, p.ProductReferentie.VorigReferentieNummer ?? []].flat()))].sort();
  const sorted = <T extends { referentieNummer: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.referentieNummer.localeCompare(b.referentieNummer));
  return {
    prestaties: refs.map((r) => sorted(view.prestaties(aanbieder, r))),
    credits: refs.map((r) => sorted(view.credits(aanbieder, r))),
    // the debet keys: TR389 asks for debets only
    openDebets: prestaties.filter((p) => p.IngediendBedrag.DebetCredit === 'D').map((p) =>
      sorted(
        view.openDebets(gemeente, aanbieder, {
          toewijzingNummer: p.ToewijzingNummer,
          productCategorie: p.ProductCategorie,
          productCode: p.ProductCode,
          productPeriode: { begindatum: p.ProductPeriode.Begindatum, einddatum: p.ProductPeriode.Einddatum },
        }),
      ),
    ),
    declared: prestaties.map((p) => view.declared(gemeente, aanbieder, p.ToewijzingNummer)),
    declaratie: view.declaratie(aanbieder, message.bericht.Declaratie.DeclaratieNummer),
    latest: view.latestDeclaratiePeriode(gemeente, aanbieder),
  };
}

/** n prestaties of one client on one toewijzing, March 2026. */
const many = (n: number) => Array.from({ length: n }, (_, i) => prestatie({ ref: `R${i}`, ToewijzingNummer: String(300000 + i) }));

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('DeclaratieStateRepository on %s', (_name, backend) => {
  let test: TestDatabase;
  let repository: DeclaratieStateRepository;
  /** the same messages applied in memory, to check the database answers the same */
  let memory: FakeDeclaratieState;

  beforeEach(async () => {
    test = await backend.create();
    await runMigrations(test.db);
    repository = new DeclaratieStateRepository(test.db);
    memory = new FakeDeclaratieState();
  });
  afterEach(() => test?.dispose());

  /** Applies an accepted message the way the gateway does: in the transaction that accepts it. */
  const accept = async (message: ParsedMessage & { code: 'WMO323' | 'WMO325' }, findings: Finding[] = [], messageId = randomUUID()) => {
    await test.db.transaction((tx) => new DeclaratieStateRepository(tx).apply(message, { messageId, findings }));
    memory.apply(message, findings);
    return messageId;
  };
  const statusOf = async () =>
    (await test.db.query<{ ref: string; status: string; retourcodes: string[] }>('SELECT referentie_nummer AS ref, status, retourcodes FROM prestaties ORDER BY id')).rows.map(
      (r) => `${r.ref}:${r.status}${r.retourcodes.length ? `:${r.retourcodes.join('+')}` : ''}`,
    );

  it('records a 323, then its 325 per prestatie, and loads what the next declaratie needs', async () => {
    const contracts = h4ContractRegister();
    const westland = fixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    // April's debet at the old tarief, declared and approved earlier
    const april = declaratie({
      aanbieder: '87654321', gemeente: '1783', identificatie: 'THW260505-01', dagtekening: '2026-05-05', declaratieNummer: 'THW2604WL01', periode: '2026-04',
      clienten: [{ bsn: '999990056', prestaties: [prestatie({ ref: 'THW-WL-26040001', ToewijzingNummer: '178301', ProductCategorie: '02', ProductCode: '02A01', ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' }, ProductTarief: '39800', IngediendBedrag: { Bedrag: '39800', DebetCredit: 'D' } })] }],
    });
    await accept(april);
    await accept(declaratieAntwoord({ aanbieder: '87654321', gemeente: '1783', declaratieIdentificatie: 'THW260505-01', declaratieDagtekening: '2026-05-05', declaratieNummer: 'THW2604WL01', declaratieCodes: ['8001'] }));
    const august = declaratie({ aanbieder: '87654321', gemeente: '1783', identificatie: 'THW260905-01', declaratieNummer: 'THW2608WL01', periode: '2026-08', clienten: [{ bsn: '999990056', prestaties: [prestatie({ ref: 'THW-WL-26080001', ToewijzingNummer: '178305', ProductPeriode: { Begindatum: '2026-08-01', Einddatum: '2026-08-31' } })] }] });
    await accept(august);

    // the September declaratie, judged on the loaded view
    const view = await repository.load(westland);
    expect(view.prestaties('87654321', 'THW-WL-26040001')).toEqual([expect.objectContaining({ status: 'toegekend', debetCredit: 'D', bedrag: 39800, toewijzingNummer: '178301' })]);
    expect(view.latestDeclaratiePeriode('1783', '87654321')).toEqual({ begindatum: '2026-08-01', einddatum: '2026-08-31' });
    expect(view.declared('1783', '87654321', '178301')).toEqual({ volumePerEenheid: { '82': 1 }, bedrag: 39800 });
    const ctx = declaratieContext({
      contracts,
      declaraties: new FakeDeclaratieState(), // replaced below
      toewijzingen: [
        toegewezenProduct({ gemeente: '1783', aanbieder: '87654321', bsn: '999990056', toewijzingNummer: '178301', productCategorie: '02', productCode: '02A01' }),
        toegewezenProduct({ gemeente: '1783', aanbieder: '87654321', bsn: '999990056', toewijzingNummer: '178305' }),
      ],
    });
    const findings = runRules(DECLARATIE_RULES, westland, { ...ctx, state: { ...ctx.state, declaraties: view } });
    expect(findings.map((f) => [f.rule, f.retourcode, f.path])).toEqual([['TR418', '0611', '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[4]']]);
    expect(snapshot(view, westland)).toEqual(snapshot(memory, westland));

    // accepted with the rejected prestatie (the gateway's own 325 answers it); the gemeente's 325 on the rest
    await accept(westland, findings);
    expect((await statusOf()).slice(-4)).toEqual(['THW-WL-26090001:ingediend', 'THW-WL-26090002:ingediend', 'THW-WL-26090003:ingediend', 'THW-WL-26090004:afgewezen:0611']);
    const xml = readFileSync(join(__dirname, '../../../../test/fixtures/wmo325/ok/declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), 'utf8');
    const relisting = parse(Buffer.from(xml)) as ParsedMessageOf<'WMO325'>;
    const antwoord = parse(Buffer.from(xml.replace(/<Clienten>[\s\S]*<\/Clienten>/, ''))) as ParsedMessageOf<'WMO325'>;
    // the 323 as the message store holds it: routed to Westland, not answered yet
    const header = { identificatieUsed: () => false, heenbericht: () => ({ id: 'westland-323', ontvanger: '1783', answered: false }) };
    const relistingView = await repository.load(relisting);
    expect(relistingView.answered('1783', '87654321', 'THW261005-02', '2026-10-05')?.prestatie('THW-WL-26090004')).toMatchObject({ bsn: '999990056', productTarief: 25400, status: 'afgewezen' });
    expect(runRules(DECLARATIE_RULES, relisting, { ...ctx, state: { ...ctx.state, header, declaraties: relistingView } }).map((f) => f.rule)).toEqual(['PRESTATIE-BEOORDEELD']);
    const antwoordView = await repository.load(antwoord);
    expect(runRules(DECLARATIE_RULES, antwoord, { ...ctx, state: { ...ctx.state, header, declaraties: antwoordView } })).toEqual([]);
    await accept(antwoord);
    expect((await statusOf()).slice(-4)).toEqual(['THW-WL-26090001:toegekend', 'THW-WL-26090002:toegekend', 'THW-WL-26090003:toegekend', 'THW-WL-26090004:afgewezen:0611']);
    const [row] = (await test.db.query<{ status: string; toegekend: string; afgewezen: number }>(
      `SELECT d.status, a.totaal_toegekend AS toegekend, a.afgewezen_prestaties AS afgewezen FROM declaraties d JOIN declaratie_antwoorden a ON a.declaratie_id = d.id WHERE d.identificatie = 'THW261005-02'`,
    )).rows;
    expect(row).toEqual({ status: 'beantwoord', toegekend: '42600', afgewezen: 0 });
    const door = (await test.db.query<{ ref: string; door: string | null }>(`SELECT referentie_nummer AS ref, afgewezen_door AS door FROM prestaties WHERE referentie_nummer LIKE 'THW-WL-2609%' ORDER BY referentie_nummer`)).rows;
    expect(door.map((r) => `${r.ref}:${r.door}`)).toEqual(['THW-WL-26090001:null', 'THW-WL-26090002:null', 'THW-WL-26090003:null', 'THW-WL-26090004:gateway']);

    // the next declaratie: April is credited now (TR390 for a second credit), September's 02A01 stands (TR389)
    const october = declaratie({
      aanbieder: '87654321', gemeente: '1783', identificatie: 'THW261105-01', declaratieNummer: 'THW2610WL01', periode: '2026-10',
      clienten: [{ bsn: '999990056', prestaties: [
        prestatie({ ref: 'THW-WL-26100001', vorig: 'THW-WL-26040001', ToewijzingNummer: '178301', ProductCategorie: '02', ProductCode: '02A01', ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' }, ProductTarief: '39800', IngediendBedrag: { Bedrag: '39800', DebetCredit: 'C' } }),
        prestatie({ ref: 'THW-WL-26100002', ToewijzingNummer: '178301', ProductCategorie: '02', ProductCode: '02A01', ProductPeriode: { Begindatum: '2026-09-01', Einddatum: '2026-09-30' }, ProductTarief: '41200', IngediendBedrag: { Bedrag: '41200', DebetCredit: 'D' } }),
        prestatie({ ref: 'THW-WL-26100003', ToewijzingNummer: '178305', ProductPeriode: { Begindatum: '2026-09-01', Einddatum: '2026-09-30' }, ProductTarief: '24500', IngediendBedrag: { Bedrag: '24500', DebetCredit: 'D' } }),
      ] }],
    });
    const next = await repository.load(october);
    expect(snapshot(next, october)).toEqual(snapshot(memory, october));
    expect(runRules(DECLARATIE_RULES, october, { ...ctx, state: { ...ctx.state, declaraties: next } }).map((f) => [f.rule, f.path])).toEqual([
      ['TR389', '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]'],
      ['TR390', '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]'],
    ]);
    // the rejected ORH prestatie of September may be declared again (TR389), under a new ReferentieNummer (TR314)
    expect(next.openDebets('1783', '87654321', { toewijzingNummer: '178305', productCategorie: '01', productCode: '01A02', productPeriode: { begindatum: '2026-09-01', einddatum: '2026-09-30' } })).toEqual([]);
    expect(next.declared('1783', '87654321', '178301')).toEqual({ volumePerEenheid: { '82': 2 }, bedrag: 82400 });
  });

  it('forgets a declaratie rejected as a whole, and ignores an answer to a duplicate copy', async () => {
    const maart = declaratie();
    await accept(maart);
    // a copy with the same Identificatie was refused (9056): its 325 does not touch the declaratie on file
    await accept(declaratieAntwoord({ headerCodes: ['9056'] }));
    expect((await repository.load(declaratie({ identificatie: 'DECL-2604', declaratieNummer: 'D2603' }))).declaratie('12345678', 'D2603')).toMatchObject({ status: 'ingediend' });

    await accept(declaratieAntwoord({ declaratieCodes: ['9333'], toegekend: 0 }));
    const again = declaratie({ identificatie: 'DECL-2603B' });
    const view = await repository.load(again);
    expect(snapshot(view, again)).toEqual({ prestaties: [[]], credits: [[]], openDebets: [[]], declared: [{ volumePerEenheid: {}, bedrag: 0 }], declaratie: undefined, latest: undefined });
    expect(snapshot(view, again)).toEqual(snapshot(memory, again));
    expect(await statusOf()).toEqual(['R2603-0001:afgewezen:9333']);
    // a second 325 on the same 323 changes nothing
    await accept(declaratieAntwoord({ identificatie: 'ANTW-2603B' }));
    expect(await statusOf()).toEqual(['R2603-0001:afgewezen:9333']);
  });

  it('marks the prestaties of a rejected client with the client codes, and applies a message once', async () => {
    const twee = declaratie({ clienten: [{ prestaties: [prestatie()] }, { bsn: '999990032', prestaties: [prestatie({ ref: 'R2603-0002' })] }] });
    const id = await accept(twee);
    await test.db.transaction((tx) => new DeclaratieStateRepository(tx).apply(twee, { messageId: id }));
    const antwoord = declaratieAntwoord({ clienten: [{ bsn: '999990032', codes: ['8187'], prestaties: [afgewezen(prestatie({ ref: 'R2603-0002' }), '0233')] }] });
    const antwoordId = await accept(antwoord);
    await test.db.transaction((tx) => new DeclaratieStateRepository(tx).apply(antwoord, { messageId: antwoordId }));
    expect(await statusOf()).toEqual(['R2603-0001:toegekend', 'R2603-0002:afgewezen:0233+8187']);
    expect((await test.db.query('SELECT * FROM declaratie_antwoorden')).rowCount).toBe(1);
  });

  it('loads the totals a toewijzing (301) needs for TR385', async () => {
    await accept(declaratie());
    const view = await repository.load(wmo301([{ ToewijzingNummer: '0260101', RedenWijziging: '13' }]));
    expect(view.declared('0503', '12345678', '260101')).toEqual({ volumePerEenheid: { '82': 1 }, bedrag: 24500 });
    expect(await repository.load(fixture('WMO325', 'declaratie-antwoord-delft-header-afgekeurd.xml'))).toBeDefined();
  });

  it('loads and applies with a fixed number of queries however many prestaties a declaratie has', async () => {
    const big = declaratie({ clienten: [{ prestaties: many(50_000) }] });
    const small = declaratie({ identificatie: 'DECL-SMALL', declaratieNummer: 'DSMALL', clienten: [{ prestaties: many(1) }] });
    const queries = async (fn: (r: DeclaratieStateRepository) => Promise<unknown>) => {
      const db = counting(test.db);
      await fn(new DeclaratieStateRepository(db));
      return db.statements.length;
    };
    expect([await queries((r) => r.load(big)), await queries((r) => r.load(small))]).toEqual([5, 5]);
    expect(await queries((r) => r.apply(big, { messageId: randomUUID() }))).toBe(2);
    expect((await test.db.query('SELECT count(*) AS n FROM prestaties')).rows[0]).toEqual({ n: '50000' });

    // the stored declaratie is found for each of its prestaties, with one query each kind
    const view = await repository.load(big);
    expect(view.prestaties('12345678', 'R49999')).toEqual([expect.objectContaining({ toewijzingNummer: '349999', status: 'ingediend' })]);
    expect(view.declared('0503', '12345678', '349999')).toEqual({ volumePerEenheid: { '82': 1 }, bedrag: 24500 });
    const answer = declaratieAntwoord({ clienten: [{ prestaties: many(50_000).map((p) => afgewezen(p, '9338')) }] });
    expect(await queries((r) => r.load(answer))).toBe(2);
    expect(await queries((r) => r.apply(answer, { messageId: randomUUID() }))).toBe(5);
    expect((await test.db.query(`SELECT count(*) AS n FROM prestaties WHERE status = 'afgewezen'`)).rows[0]).toEqual({ n: '50000' });
  }, 120_000);
});
