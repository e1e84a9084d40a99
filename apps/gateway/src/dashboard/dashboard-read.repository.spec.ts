/**
 * The dashboard's queries on both databases with hand-made rows: flows by scope, retourcodes,
 * deadlines, and the money figures checked against amounts computed by hand (proratie by
 * calendar days and by full month, a withdrawn toewijzing, credits, a declaratie rejected as a
 * whole), with small groups suppressed; the split by hoofd-/onderaannemer with a delegated
 * toewijzing (onderaanneming, migration 006) and its scope; and the retourcodes of the gateway and
 * of a gemeente's WMO325, by source.
 */
import { bsnHash, runMigrations, type Database } from '@lib/persistence';
import { testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { loadContractRegister } from '@lib/funding';
import { DashboardReadRepository, type MessageFilter } from '@lib/persistence';
import { monthsBetween, moneyRows } from './money';
import { SUPPRESSED } from './privacy';
import type { Scope } from './scope';
import { seedDeclaraties, seedMessages, seedParties, seedToewijzingen } from './testing/dashboard-seed';
import { overdueCutoff } from './working-days';

const A = '12345678';
const B = '87654321';
/** onderaannemer of B: toewijzing 3 is delegated to it */
const O = '11223344';
const DECLARATIE_323 = '3e1b7a52-6c1d-4e55-9d7b-1f1e0c0a0323';
const ANTWOORD_325 = '3e1b7a52-6c1d-4e55-9d7b-1f1e0c0a0325';
const ALL: Scope = { kind: 'all' };
const register = loadContractRegister();
const gebieden = register.gemeenten().flatMap((g) => register.products(g.code).map((p) => ({ gemeente: g.code, productCode: p.productCode, gebied: p.resultaatgebied.code })));
const MARCH = { from: '2026-03-01', to: '2026-03-01' };

describe.each(testDatabaseBackends().map((b) => [b.name, b] as const))('DashboardReadRepository on %s', (_name, backend) => {
  let test: TestDatabase;
  let db: Database;
  let read: DashboardReadRepository;
  let ids: string[];

  beforeAll(async () => {
    test = await backend.create();
    db = test.db;
    await runMigrations(db);
    read = new DashboardReadRepository(db);
    const parties = await seedParties(db, [
      { code: '0503', name: 'Delft' }, { code: '1842', name: 'Midden-Delfland' }, { code: A, name: 'A' }, { code: B, name: 'B' }, { code: '11223344', name: 'O' },
    ]);
    ids = await seedMessages(db, parties, [
      { type: 'WMO301', afzender: '0503', ontvanger: A, identificatie: 'T1', receivedAt: '2026-03-02T09:00:00Z' },
      { type: 'WMO302', kind: 'retour', afzender: '0503', ontvanger: A, identificatie: 'T1', receivedAt: '2026-03-03T09:00:00Z' },
      { type: 'WMO301', afzender: '0503', ontvanger: B, identificatie: 'T2', receivedAt: '2026-03-02T10:00:00Z' }, // never answered
      { type: 'WMO305', afzender: A, ontvanger: '0503', status: 'rejected', retourcodes: ['9338', '0200'], receivedAt: '2026-03-05T09:00:00Z' },
      { type: 'WMO323', afzender: A, ontvanger: '1842', status: 'rejected', retourcodes: ['0611'], receivedAt: '2026-03-06T09:00:00Z' },
      { type: 'WMO305', afzender: B, ontvanger: '1842', receivedAt: '2026-03-31T23:30:00Z' }, // 1 April in the Netherlands
    ]);
    await seedToewijzingen(db, [
      { gemeente: '0503', aanbieder: A, bsn: '111111111', nummer: '1', productCode: '01A01', ingangsdatum: '2026-03-01', einddatum: null },
      { gemeente: '0503', aanbieder: A, bsn: '222222222', nummer: '2', productCode: '01A01', ingangsdatum: '2026-03-16', einddatum: null },
      // delegated by B to onderaannemer O when its 301 was accepted
      { gemeente: '0503', aanbieder: B, bsn: '333333333', nummer: '3', productCode: '02A01', ingangsdatum: '2026-01-01', einddatum: '2026-03-10', onderaannemer: O },
      { gemeente: '0503', aanbieder: B, bsn: '444444444', nummer: '4', productCode: '01A02', ingangsdatum: '2026-02-01', einddatum: null, toewijzingsdatum: '2026-01-20' },
      // the current version of toewijzing 4 withdraws it (RedenWijziging 13)
      { gemeente: '0503', aanbieder: B, bsn: '444444444', nummer: '4', productCode: '01A02', ingangsdatum: '2026-02-01', einddatum: null, toewijzingsdatum: '2026-02-20', redenWijziging: '13' },
      { gemeente: '1842', aanbieder: A, bsn: '555555555', nummer: '5', productCode: '01A01', ingangsdatum: '2026-03-20', einddatum: null },
    ]);
    await seedDeclaraties(db, [
      {
        aanbieder: A, gemeente: '0503', periode: '2026-03-01', prestaties: [
          { bsn: '111111111', productCode: '01A01', periode: '2026-03-01', bedrag: 31200 },
          { bsn: '111111111', productCode: '01A01', periode: '2026-03-01', bedrag: 31200, dc: 'C' },
          { bsn: '111111111', productCode: '01A01', periode: '2026-03-01', bedrag: 30000 },
          // rejected by Delft's 325 (stored 2026-04-09) with 0611; the neutral 0200 does not count
          { bsn: '222222222', productCode: '01A01', periode: '2026-03-01', bedrag: 16103, status: 'afgewezen', retourcodes: ['0611', '0200'] },
          // rejected by the gateway on arrival (wrong tarief): its own 325 answered it
          { bsn: '111111111', productCode: '01A01', periode: '2026-03-01', bedrag: 5000, status: 'afgewezen', afgewezenDoor: 'gateway', retourcodes: ['0611'] },
        ],
      },
      // February of B, answered by a 325 stored 12 March that rejected its one prestatie with 9307
      {
        aanbieder: B, gemeente: '0503', periode: '2026-02-01', messageId: DECLARATIE_323, antwoordMessageId: ANTWOORD_325, antwoordAt: '2026-03-12T10:00:00Z',
        prestaties: [{ bsn: '333333333', productCode: '02A01', periode: '2026-02-01', bedrag: 39800, status: 'afgewezen', retourcodes: ['9307'], onderaannemer: O }],
      },
      { aanbieder: B, gemeente: '0503', periode: '2026-03-01', prestaties: [{ bsn: '333333333', productCode: '02A01', periode: '2026-03-01', bedrag: 12839, onderaannemer: '11223344' }] },
      // rejected as a whole: counts as never sent
      { aanbieder: B, gemeente: '0503', periode: '2026-03-01', status: 'afgewezen', prestaties: [{ bsn: '333333333', productCode: '02A01', periode: '2026-03-01', bedrag: 99999 }] },
      { aanbieder: A, gemeente: '1842', periode: '2026-03-01', status: 'ingediend', createdAt: '2026-04-02T10:00:00Z', prestaties: [{ bsn: '555555555', productCode: '01A01', periode: '2026-03-01', bedrag: 31200 }] },
    ]);
  });
  afterAll(() => test?.dispose());

  const march: MessageFilter = { from: '2026-03-01', to: '2026-03-31' };
  const count = (rows: Awaited<ReturnType<DashboardReadRepository['flowCounts']>>, dimension: string, key: string | null, status: string) =>
    rows.find((r) => r.dimension === dimension && r.key === key && r.status === status)?.n ?? 0;

  it('counts messages per period, type, gemeente and aanbieder by outcome, in Dutch days', async () => {
    const rows = await read.flowCounts(ALL, march, 'month');
    expect(count(rows, 'period', '2026-03-01', 'accepted')).toBe(3);
    expect(count(rows, 'period', '2026-03-01', 'rejected')).toBe(2);
    expect(count(rows, 'type', 'WMO301', 'accepted')).toBe(2);
    expect(count(rows, 'gemeente', '0503', 'rejected')).toBe(1);
    expect(count(rows, 'aanbieder', A, 'rejected')).toBe(2);
    // received 2026-03-31T23:30Z is 1 April in the Netherlands
    expect(count(await read.flowCounts(ALL, { from: '2026-04-01', to: '2026-04-01' }, 'day'), 'period', '2026-04-01', 'accepted')).toBe(1);
  });

  it('limits flows to the scope: a gemeente sees only its own messages, an aanbieder only its own', async () => {
    const delft = await read.flowCounts({ kind: 'gemeente', code: '0503' }, march, 'month');
    expect(count(delft, 'gemeente', '1842', 'rejected')).toBe(0);
    expect(count(delft, 'period', '2026-03-01', 'accepted') + count(delft, 'period', '2026-03-01', 'rejected')).toBe(4);
    const b = await read.recentMessages({ kind: 'aanbieder', code: B }, { from: '2026-03-01', to: '2026-04-30' }, 10);
    expect(b.every((m) => m.afzender === B || m.ontvanger === B)).toBe(true);
    expect(b).toHaveLength(2);
    expect(await read.message({ kind: 'gemeente', code: '1842' }, ids[0]!)).toBeUndefined();
    expect((await read.message({ kind: 'gemeente', code: '0503' }, ids[0]!))?.messageType).toBe('WMO301');
  });

  const totalsOf = (rows: Awaited<ReturnType<DashboardReadRepository['retourcodeCounts']>>) =>
    rows.filter((r) => r.dimension === 'total').map((r) => [r.bron, r.code, r.n]).sort();

  it('counts retourcodes of the gateway and of the gemeenten\'s 325s by source, leaving out the neutral 0200', async () => {
    const rows = await read.retourcodeCounts(ALL, march);
    // gateway: the rejected 305 (9338) and 323 (0611) received in March; gemeente: the prestatie Delft's 325 of 12 March rejected
    expect(totalsOf(rows)).toEqual([['gateway', '0611', 1], ['gateway', '9338', 1], ['gemeente', '9307', 1]]);
    expect(rows.find((r) => r.dimension === 'gemeente' && r.code === '0611')).toMatchObject({ bron: 'gateway', key: '1842' });
    expect(rows.filter((r) => r.code === '9307' && r.dimension !== 'total').map((r) => [r.dimension, r.key]).sort()).toEqual([['aanbieder', B], ['gemeente', '0503'], ['month', '2026-03']]);
    expect(totalsOf(await read.retourcodeCounts({ kind: 'gemeente', code: '0503' }, march))).toEqual([['gateway', '9338', 1], ['gemeente', '9307', 1]]);
    // the same code from both sources stays two rows: the gateway's 0611 of March, Delft's of 9 April
    expect(totalsOf(await read.retourcodeCounts(ALL, { from: '2026-03-01', to: '2026-04-30' }))).toEqual([
      ['gateway', '0611', 1], ['gateway', '9338', 1], ['gemeente', '0611', 1], ['gemeente', '9307', 1],
    ]);
  });

  it('filters the retourcodes by source, type, outcome and scope', async () => {
    expect(totalsOf(await read.retourcodeCounts(ALL, { ...march, bron: 'gateway' }))).toEqual([['gateway', '0611', 1], ['gateway', '9338', 1]]);
    expect(totalsOf(await read.retourcodeCounts(ALL, { ...march, bron: 'gemeente' }))).toEqual([['gemeente', '9307', 1]]);
    // the 325's verdicts are on declaraties: a 305 filter and the rejected messages leave them out
    expect(totalsOf(await read.retourcodeCounts(ALL, { ...march, type: 'WMO305' }))).toEqual([['gateway', '9338', 1]]);
    expect(totalsOf(await read.retourcodeCounts(ALL, { ...march, type: 'WMO323' }))).toEqual([['gateway', '0611', 1], ['gemeente', '9307', 1]]);
    expect(totalsOf(await read.retourcodeCounts(ALL, { ...march, outcome: 'rejected' }))).toEqual([['gateway', '0611', 1], ['gateway', '9338', 1]]);
    expect(totalsOf(await read.retourcodeCounts(ALL, { ...march, aanbieder: A, bron: 'gemeente' }))).toEqual([]);
    expect(totalsOf(await read.retourcodeCounts({ kind: 'aanbieder', code: B }, { ...march, bron: 'gemeente' }))).toEqual([['gemeente', '9307', 1]]);
    expect(totalsOf(await read.retourcodeCounts({ kind: 'gemeente', code: '1842' }, { ...march, bron: 'gemeente' }))).toEqual([]);
  });

  it('drills down to the prestaties a 325 rejected, with their declaratie and answer', async () => {
    const rows = await read.rejectedPrestaties(ALL, { ...march, retourcode: '9307' }, 10);
    expect(rows).toEqual([expect.objectContaining({
      gemeente: '0503', aanbieder: B, declaratieMessageId: DECLARATIE_323, antwoordMessageId: ANTWOORD_325,
      bsn: '333333333', productCode: '02A01', periodeBegin: '2026-02-01', retourcodes: ['9307'],
    })]);
    expect(rows[0]!.beoordeeldAt.toISOString()).toBe('2026-03-12T10:00:00.000Z');
    expect(await read.rejectedPrestaties({ kind: 'aanbieder', code: A }, { ...march, retourcode: '9307' }, 10)).toEqual([]);
    expect(await read.rejectedPrestaties(ALL, { ...march, retourcode: '9307', type: 'WMO301' }, 10)).toEqual([]);
    expect((await read.rejectedPrestaties(ALL, { from: '2026-04-01', to: '2026-04-30', retourcode: '0611' }, 10)).map((p) => p.bsn)).toEqual(['222222222']);
  });

  it('finds answers past their term: the unanswered 301 and the 325 still missing', async () => {
    const today = '2026-05-04';
    const cut = { days3: overdueCutoff(today, 3), days5: overdueCutoff(today, 5), days10: overdueCutoff(today, 10) };
    const { totals, items } = await read.overdue(ALL, cut, 100);
    expect(totals.find((t) => t.soort === 'retour' && t.party === B)?.n).toBe(1);
    expect(totals.find((t) => t.soort === 'retour' && t.party === A)).toBeUndefined(); // its 302 came
    expect(totals.find((t) => t.soort === 'declaratie-antwoord')).toMatchObject({ party: '1842', n: 1, oldest: '2026-04-02' });
    // toewijzing 2 started in March without a 305: the start is overdue at aanbieder A
    expect(items.filter((i) => i.soort === 'start').map((i) => i.bsn).sort()).toEqual(['111111111', '222222222', '333333333', '555555555']);
    // the 305 of B to Midden-Delfland got no 306: Midden-Delfland owes it, and sees only its own
    const md = await read.overdue({ kind: 'gemeente', code: '1842' }, cut, 100);
    expect(md.items.every((i) => i.gemeente === '1842')).toBe(true);
    expect(md.totals.filter((t) => t.soort === 'retour')).toEqual([{ soort: 'retour', party: '1842', n: 1, oldest: '2026-04-01' }]);
  });

  it('computes toegewezen, gedeclareerd, toegekend and the verzilvering of March by hand', async () => {
    const f = { from: MARCH.from, to: MARCH.to };
    const rows = moneyRows(await read.currentToewijzingen(ALL, f), await read.declared(ALL, f, 'totaal', gebieden), monthsBetween(f.from, f.to), 'totaal', register, 2);
    const delft = rows.find((r) => r.gemeente === '0503')!;
    // 312.00 full month + 312.00 x 16/31 = 161.03 + 398.00 x 10/31 = 128.39 (01A01 2026 tarief 31200, 02A01 39800 until April)
    expect(delft.toegewezen).toBe(31200 + 16103 + 12839);
    expect(delft.clientsToegewezen).toBe(3);
    expect(delft.toegewezenPerClient).toBe(Math.round(60142 / 3));
    // ingediend: 312.00 - 312.00 + 300.00 (credit and corrected debet) + 50.00 + 161.03 + 128.39 + 999.99 (the declaratie rejected as a whole)
    expect(delft.ingediend).toBe(30000 + 5000 + 16103 + 12839 + 99999);
    expect(delft.afgewezenDoorGateway).toBe(5000);
    expect(delft.afgewezenDoorGemeente).toBe(16103 + 99999);
    expect(delft.toegekend).toBe(30000 + 12839);
    expect(delft.open).toBe(0);
    // gedeclareerd counts only what was not rejected: 300.00 + 128.39, over the two clients with such a prestatie
    expect(delft.gedeclareerd).toBe(30000 + 12839);
    expect(delft.clientsGedeclareerd).toBe(2);
    expect(delft.gedeclareerdPerClient).toBe(Math.round(42839 / 2));
    expect(delft.verzilvering).toBe(71.2);
    // Midden-Delfland declares whole months ('volle-maand'), but one client is below the minimum group of 2
    // (Delft's two clients with a prestatie not rejected are below 3: their average is hidden, not the totals over all three)
    const three = moneyRows(await read.currentToewijzingen(ALL, f), await read.declared(ALL, f, 'totaal', gebieden), ['2026-03-01'], 'totaal', register, 3).find((r) => r.gemeente === '0503')!;
    expect([three.gedeclareerd, three.gedeclareerdPerClient]).toEqual([42839, SUPPRESSED]);
    const md = rows.find((r) => r.gemeente === '1842')!;
    expect(md.toegewezen).toBe(SUPPRESSED);
    expect(md.gedeclareerd).toBe(SUPPRESSED);
    const shown = moneyRows(await read.currentToewijzingen(ALL, f), await read.declared(ALL, f, 'totaal', gebieden), ['2026-03-01'], 'totaal', register, 1);
    expect(shown.find((r) => r.gemeente === '1842')!.toegewezen).toBe(31200);
  });

  it('splits by resultaatgebied and by hoofd-/onderaannemer, suppressing the partner of a lone small group', async () => {
    const f = { from: MARCH.from, to: MARCH.to, gemeente: '0503' };
    const toew = await read.currentToewijzingen(ALL, f);
    const byGebied = moneyRows(toew, await read.declared(ALL, f, 'resultaatgebied', gebieden), ['2026-03-01'], 'resultaatgebied', register, 1);
    expect(byGebied.map((r) => [r.key, r.toegewezen, r.ingediend, r.gedeclareerd])).toEqual([['ORH', 47303, 51103, 30000], ['SPF', 12839, 112838, 12839]]);
    // minimum 2: SPF (1 client) is suppressed, and ORH with it, or ORH = total - SPF would give SPF away
    const suppressed = moneyRows(toew, await read.declared(ALL, f, 'resultaatgebied', gebieden), ['2026-03-01'], 'resultaatgebied', register, 2);
    expect(suppressed.map((r) => r.toegewezen)).toEqual([SUPPRESSED, SUPPRESSED]);
  });

  it('splits by hoofd-/onderaannemer: the delegated toewijzing counts for its onderaannemer, so each has a verzilvering', async () => {
    const f = { from: MARCH.from, to: MARCH.to, gemeente: '0503' };
    const toew = await read.currentToewijzingen(ALL, f);
    expect(toew.filter((t) => t.onderaannemer).map((t) => [t.aanbieder, t.client, t.onderaannemer])).toEqual([[B, bsnHash('333333333'), O]]);
    const declared = await read.declared(ALL, f, 'aannemer', gebieden);
    const rows = moneyRows(toew, declared, ['2026-03-01'], 'aannemer', register, 1);
    // hoofdaannemer: A's 312.00 + 161.03 toegewezen, 300.00 declared and not rejected: 300.00 / 473.03 = 63.4%
    // O: B's toewijzing 3, 398.00 x 10/31 = 128.39, declared in full: 100%
    expect(rows.map((r) => [r.key, r.clientsToegewezen, r.toegewezen, r.clientsGedeclareerd, r.gedeclareerd, r.verzilvering])).toEqual([
      ['hoofdaannemer', 2, 47303, 1, 30000, 63.4],
      [O, 1, 12839, 1, 12839, 100],
    ]);
    // minimum 2: O (1 client) is suppressed, and the hoofdaannemer with it
    expect(moneyRows(toew, declared, ['2026-03-01'], 'aannemer', register, 2).map((r) => [r.toegewezen, r.verzilvering])).toEqual([[SUPPRESSED, SUPPRESSED], [SUPPRESSED, SUPPRESSED]]);
  });

  it('shows a hoofdaannemer its onderaannemers\' money, and an onderaannemer only its own', async () => {
    const f = { from: MARCH.from, to: MARCH.to };
    const keys = (groups: Awaited<ReturnType<DashboardReadRepository['declared']>>) => groups.map((d) => [d.gemeente, d.key, d.gedeclareerd]);
    const o: Scope = { kind: 'aanbieder', code: O };
    expect((await read.currentToewijzingen(o, f)).map((t) => [t.aanbieder, t.client, t.onderaannemer])).toEqual([[B, bsnHash('333333333'), O]]);
    expect(keys(await read.declared(o, f, 'aannemer', gebieden))).toEqual([['0503', O, 12839]]);
    expect(keys(await read.declared(o, f, 'totaal', gebieden))).toEqual([['0503', '', 12839]]);
    // the hoofdaannemer B sees the row of its onderaannemer
    // (and its own declaratie rejected as a whole: ingediend, nothing gedeclareerd)
    expect(keys(await read.declared({ kind: 'aanbieder', code: B }, f, 'aannemer', gebieden)).sort()).toEqual([['0503', O, 12839], ['0503', 'hoofdaannemer', 0]]);
    // A delegated nothing
    const a: Scope = { kind: 'aanbieder', code: A };
    expect((await read.currentToewijzingen(a, f)).map((t) => t.client).sort()).toEqual(['111111111', '222222222', '555555555'].map(bsnHash).sort());
    expect(keys(await read.declared(a, f, 'aannemer', gebieden)).sort()).toEqual([['0503', 'hoofdaannemer', 30000], ['1842', 'hoofdaannemer', 31200]]);
    // the aanbieder filter of the contractteam finds the onderaannemer's rows too
    expect((await read.currentToewijzingen(ALL, { ...f, aanbieder: O })).map((t) => t.client)).toEqual([bsnHash('333333333')]);
    expect(keys(await read.declared(ALL, { ...f, aanbieder: O }, 'aannemer', gebieden))).toEqual([['0503', O, 12839]]);
  });

  it('limits money to the scope', async () => {
    const f = { from: MARCH.from, to: MARCH.to };
    const b: Scope = { kind: 'aanbieder', code: B };
    expect((await read.currentToewijzingen(b, f)).map((t) => t.client)).toEqual([bsnHash('333333333')]);
    expect((await read.declared(b, f, 'totaal', gebieden)).map((d) => [d.gemeente, d.gedeclareerd])).toEqual([['0503', 12839]]);
    expect((await read.declared({ kind: 'gemeente', code: '1842' }, f, 'totaal', gebieden)).map((d) => d.gemeente)).toEqual(['1842']);
  });

  it('lists under a message exactly the retourberichten bound to it: a rejected duplicate\'s 302 belongs to the duplicate', async () => {
    // seeded last and in May, so the March figures above do not see them
    const parties = new Map((await db.query<{ id: string; code: string }>('SELECT id, code FROM parties')).rows.map((r) => [r.code, r.id]));
    const [original, duplicate, answer, retourOfDuplicate] = ['a1', 'a2', 'a3', 'a4'].map((n) => `00000000-0000-4000-8000-0000000000${n}`) as [string, string, string, string];
    await seedMessages(db, parties, [
      { id: original, type: 'WMO301', afzender: '0503', ontvanger: A, identificatie: 'DUP1', receivedAt: '2026-05-04T09:00:00Z' },
      { id: duplicate, type: 'WMO301', afzender: '0503', ontvanger: A, identificatie: 'DUP1', status: 'rejected', retourcodes: ['9056'], receivedAt: '2026-05-04T10:00:00Z' },
      { id: answer, type: 'WMO302', kind: 'retour', afzender: '0503', ontvanger: A, identificatie: 'DUP1', inReplyTo: original, receivedAt: '2026-05-05T09:00:00Z' },
      { id: retourOfDuplicate, type: 'WMO302', kind: 'retour', afzender: '0503', ontvanger: A, identificatie: 'DUP1', inReplyTo: duplicate, madeByGateway: true, receivedAt: '2026-05-04T10:00:01Z' },
    ]);
    const answersOf = async (id: string) => (await read.answersOf((await read.message(ALL, id))!)).map((m) => m.id);
    expect(await answersOf(original)).toEqual([answer]);
    expect(await answersOf(duplicate)).toEqual([retourOfDuplicate]);
  });
});
