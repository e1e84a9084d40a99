import type { Lang } from '@lib/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { DATABASE, type Database } from '@lib/persistence';
import type { ContractRegister, RulesConfig } from '@lib/rules';
import { RULES_CONFIG } from '../iwmo/iwmo.module';
import { DashboardReadRepository, HOOFDAANNEMER, type CurrentToewijzing, type DeclaredGroup, type MoneyFilter, type MoneySplit } from './dashboard-read.repository';
import { parseMoneyFilter, queryString, type Query } from './filters';
import { partyOptions } from './flows.page';
import { monthsBetween, moneyRows, type MoneyRow } from './money';
import type { Chart, Page } from './page';
import { SUPPRESSED } from './privacy';
import { assertFilterInScope, scopeOf, type DashboardUser, type Scope } from './scope';
import { cents, guarded, percent, type Table } from './table';

/** Query results are reused while the data they come from is unchanged, at most this long. */
export const MONEY_CACHE_MS = 60_000;
const MONEY_CACHE_ENTRIES = 64;

/**
 * A small cache of query results by key, valid while the fingerprint of their source data is
 * unchanged (and for at most MONEY_CACHE_MS); the oldest entry goes first.
 */
class FingerprintCache<T> {
  private readonly entries = new Map<string, { fingerprint: string; at: number; value: T }>();

  async get(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.fingerprint === fingerprint && Date.now() - hit.at < MONEY_CACHE_MS) return hit.value;
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, at: Date.now(), value });
    if (this.entries.size > MONEY_CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

const KEY_LABEL: Record<Exclude<MoneySplit, 'totaal'>, string> = { resultaatgebied: 'resultaatgebied', aanbieder: 'aanbieder', aannemer: 'geleverd door' };
const SPLIT_LABEL: Record<MoneySplit, string> = { totaal: 'totaal', resultaatgebied: 'per resultaatgebied', aanbieder: 'per aanbieder', aannemer: 'per hoofd-/onderaannemer' };

/** What each money column counts, shown under the table (and so in the CSV's header row labels). */
const COLUMN_NOTE =
  'Ingediend: alle prestaties in de declaraties (debet min credit). Afgewezen door de gateway: prestaties die de gateway bij ontvangst afwees (eigen declaratieantwoord aan de aanbieder, kopie aan de gemeente). ' +
  'Afgewezen door de gemeente: prestaties die de gemeente in haar declaratieantwoord (325) afwees, of in een declaratie die zij in zijn geheel afwees. ' +
  'Gedeclareerd: wat niet is afgewezen (toegekend + open). Toegekend: niet afgewezen in het declaratieantwoord van de gemeente. Open: nog geen declaratieantwoord. ' +
  'Ingediend = afgewezen door de gateway + afgewezen door de gemeente + toegekend + open. Verzilvering: gedeclareerd / toegewezen; afgewezen prestaties tellen nooit mee.';

/** Sum of a measure over rows, or null when any of them is suppressed (a sum must not give a hidden row away). */
function sumOf(rows: readonly MoneyRow[], pick: (r: MoneyRow) => number | null | typeof SUPPRESSED): number | null {
  let total = 0;
  for (const r of rows) {
    const v = pick(r);
    if (v === SUPPRESSED) return null;
    total += v ?? 0;
  }
  return total;
}

/** Money: toegewezen, ingediend, afgewezen (gateway, gemeente), gedeclareerd, toegekend and open per gemeente and month, per client, and the verzilveringspercentage. */
@Injectable()
export class MoneyPage {
  private readonly read: DashboardReadRepository;
  /** by scope and filter; checked against the fingerprint of their tables on every request */
  private readonly toewijzingen = new FingerprintCache<CurrentToewijzing[]>();
  private readonly declared = new FingerprintCache<DeclaredGroup[]>();
  private readonly computed = new FingerprintCache<MoneyRow[]>();
  private readonly registerIds = new WeakMap<ContractRegister, number>();
  private registerCount = 0;

  constructor(
    @Inject(DATABASE) db: Database,
    @Inject(RULES_CONFIG) private readonly rules: RulesConfig,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.read = new DashboardReadRepository(db);
  }

  /**
   * The figures. The toewijzingen and the declared amounts are queried afresh only when their
   * tables changed since they were last read for this scope and filter (a new 301 does not redo
   * the declaraties, nor a 323 the toewijzingen); the rows are recomputed when either changed or
   * the contract register did.
   */
  private async rows(scope: Scope, f: MoneyFilter & { split: MoneySplit }, months: string[], register: ContractRegister): Promise<MoneyRow[]> {
    const key = JSON.stringify([scope, f.from, f.to, f.gemeente ?? '', f.aanbieder ?? '']);
    const fp = await this.read.moneyFingerprints();
    const gebieden = () => register.gemeenten().flatMap((g) => register.products(g.code).map((p) => ({ gemeente: g.code, productCode: p.productCode, gebied: p.resultaatgebied.code })));
    const [toewijzingen, declared] = await Promise.all([
      this.toewijzingen.get(key, fp.toewijzingen, () => this.read.currentToewijzingen(scope, f)),
      // the resultaatgebied split depends on the register's product codes too
      this.declared.get(`${key}|${f.split}`, `${fp.declared}|${f.split === 'resultaatgebied' ? this.registerId(register) : ''}`, () => this.read.declared(scope, f, f.split, gebieden())),
    ]);
    return this.computed.get(
      `${key}|${f.split}|${this.config.dashboardMinGroup}`,
      `${fp.toewijzingen}|${fp.declared}|${this.registerId(register)}`,
      async () => moneyRows(toewijzingen, declared, months, f.split, register, this.config.dashboardMinGroup),
    );
  }

  /** A register version is a new object: number them as they are seen. */
  private registerId(register: ContractRegister): number {
    let id = this.registerIds.get(register);
    if (id === undefined) this.registerIds.set(register, (id = ++this.registerCount));
    return id;
  }
  async build(user: DashboardUser, query: Query, lang: Lang): Promise<Page> {
    const f = parseMoneyFilter(query);
    const scope = scopeOf(user);
    assertFilterInScope(scope, f);
    // read each time: the register can be replaced while the gateway runs
    const register = this.rules.contracts;
    const months = monthsBetween(f.from, f.to);
    const [rows, parties] = await Promise.all([this.rows(scope, f, months, register), partyOptions(this.read, user, lang)]);
    const label = (m: string) => m.slice(0, 7);
    const gebiedNaam = (key: string) => register.resultaatgebied(key)?.naam ?? key;
    const aannemerNaam = (key: string) => (key === HOOFDAANNEMER ? 'hoofdaannemer zelf' : `onderaannemer ${parties.nameOf(key)}`);
    const keyLabel = (key: string) =>
      f.split === 'resultaatgebied' ? `${key} ${gebiedNaam(key)}` : f.split === 'aannemer' ? aannemerNaam(key) : f.split === 'aanbieder' ? parties.nameOf(key) : key;

    const table: Table = {
      id: 'money',
      title: `Per gemeente en maand${f.split === 'totaal' ? '' : `, ${SPLIT_LABEL[f.split]}`}`,
      note: `Bedragen in euro. "onderdrukt": minder dan ${this.config.dashboardMinGroup} cliënten in de groep. ${COLUMN_NOTE}` +
        (f.split === 'aannemer'
          ? ' Een toewijzing die de hoofdaannemer aan een onderaannemer heeft uitbesteed (vastgelegd bij acceptatie van de 301), en de prestaties die de onderaannemer leverde, tellen bij die onderaannemer; de rest bij de hoofdaannemer zelf.'
          : ''),
      columns: [
        { key: 'gemeente', label: 'gemeente' }, { key: 'month', label: 'maand' },
        ...(f.split === 'totaal' ? [] : [{ key: 'key', label: KEY_LABEL[f.split] }]),
        { key: 'clientsT', label: 'cliënten met toewijzing', numeric: true }, { key: 'toegewezen', label: 'toegewezen', numeric: true },
        { key: 'toegewezenPerClient', label: 'toegewezen per cliënt', numeric: true },
        { key: 'ingediend', label: 'ingediend', numeric: true },
        { key: 'afgewezenDoorGateway', label: 'afgewezen door gateway', numeric: true }, { key: 'afgewezenDoorGemeente', label: 'afgewezen door gemeente', numeric: true },
        { key: 'clientsD', label: 'cliënten gedeclareerd', numeric: true }, { key: 'gedeclareerd', label: 'gedeclareerd (niet afgewezen)', numeric: true },
        { key: 'gedeclareerdPerClient', label: 'gedeclareerd per cliënt', numeric: true }, { key: 'toegekend', label: 'toegekend', numeric: true },
        { key: 'open', label: 'open', numeric: true },
        { key: 'verzilvering', label: 'verzilvering (gedeclareerd / toegewezen)', numeric: true },
      ],
      rows: rows.map((r) => ({
        gemeente: parties.nameOf(r.gemeente), month: label(r.month), key: keyLabel(r.key),
        clientsT: guarded(r.clientsToegewezen), toegewezen: guarded(r.toegewezen, cents), toegewezenPerClient: guarded(r.toegewezenPerClient, cents),
        ingediend: guarded(r.ingediend, cents), afgewezenDoorGateway: guarded(r.afgewezenDoorGateway, cents), afgewezenDoorGemeente: guarded(r.afgewezenDoorGemeente, cents),
        clientsD: guarded(r.clientsGedeclareerd), gedeclareerd: guarded(r.gedeclareerd, cents), gedeclareerdPerClient: guarded(r.gedeclareerdPerClient, cents),
        toegekend: guarded(r.toegekend, cents), open: guarded(r.open, cents), verzilvering: guarded(r.verzilvering, (n) => percent(n)),
      })),
    };

    // the trend: amounts per month over the selection, and the verzilvering per series (gemeente or split key)
    const perMonth = months.map((m) => rows.filter((r) => r.month === m));
    const amounts = perMonth.map((rs) => ({
      toegewezen: sumOf(rs, (r) => r.toegewezen), gedeclareerd: sumOf(rs, (r) => r.gedeclareerd), toegekend: sumOf(rs, (r) => r.toegekend),
    }));
    const seriesKey = (r: MoneyRow) => (f.split === 'totaal' ? r.gemeente : r.key);
    const series = [...new Set(rows.map(seriesKey))].sort();
    const verzilvering = series.map((s) => months.map((m, i) => {
      const rs = perMonth[i]!.filter((r) => seriesKey(r) === s);
      const t = sumOf(rs, (r) => r.toegewezen);
      const d = sumOf(rs, (r) => r.gedeclareerd);
      return t && d !== null ? Math.round((d / t) * 1000) / 10 : null;
    }));
    const seriesLabel = (s: string) => (f.split === 'totaal' ? parties.nameOf(s) : keyLabel(s));
    const euros = (c: number | null) => (c === null ? null : Math.round(c) / 100);
    const trend: Table = {
      id: 'trend',
      title: 'Trend per maand (alle gemeenten in de selectie)',
      note: 'Een maand waarin een groep is onderdrukt, heeft geen totaal.',
      columns: [
        { key: 'month', label: 'maand' }, { key: 'toegewezen', label: 'toegewezen', numeric: true },
        { key: 'gedeclareerd', label: 'gedeclareerd', numeric: true }, { key: 'toegekend', label: 'toegekend', numeric: true },
        ...series.map((s) => ({ key: `v:${s}`, label: `verzilvering ${seriesLabel(s)}`, numeric: true })),
      ],
      rows: months.map((m, i) => ({
        month: label(m),
        toegewezen: amounts[i]!.toegewezen === null ? null : cents(amounts[i]!.toegewezen!),
        gedeclareerd: amounts[i]!.gedeclareerd === null ? null : cents(amounts[i]!.gedeclareerd!),
        toegekend: amounts[i]!.toegekend === null ? null : cents(amounts[i]!.toegekend!),
        ...Object.fromEntries(series.map((s, j) => [`v:${s}`, percent(verzilvering[j]![i]!)])),
      })),
    };
    const charts: Chart[] = [
      {
        id: 'chart-amounts', title: 'Toegewezen, gedeclareerd en toegekend per maand (euro)', type: 'line', labels: months.map(label), tableId: 'trend', yLabel: 'euro',
        datasets: [
          { label: 'toegewezen', data: amounts.map((a) => euros(a.toegewezen)) },
          { label: 'gedeclareerd', data: amounts.map((a) => euros(a.gedeclareerd)) },
          { label: 'toegekend', data: amounts.map((a) => euros(a.toegekend)) },
        ],
      },
      {
        id: 'chart-verzilvering', title: 'Verzilveringspercentage per maand', type: 'line', labels: months.map(label), tableId: 'trend', yLabel: '%',
        datasets: series.map((s, j) => ({ label: seriesLabel(s), data: verzilvering[j]! })),
      },
    ];
    const totalT = sumOf(rows, (r) => r.toegewezen);
    const totalD = sumOf(rows, (r) => r.gedeclareerd);
    const money = (c: number | null) => (c === null ? 'onderdrukt' : new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(c / 100));
    return {
      path: '/dashboard/money',
      title: 'Geld',
      intro: 'Toegewezen bedrag uit de actuele toewijzingen en het contractregister (tarief per maand, naar rato van de dagen waar de gemeente dat zo declareert); uit de declaraties wat is ingediend, wat de gateway en de gemeente afwezen, wat is toegekend en wat nog open staat; per cliënt en als verzilveringspercentage. Gedeclareerd en verzilvering tellen alleen prestaties die niet zijn afgewezen.' +
        (register.illustrative ? ' Let op: het contractregister bevat illustratieve tarieven, niet het echte contract.' : ''),
      query: queryString({ from: f.from.slice(0, 7), to: f.to.slice(0, 7), gemeente: f.gemeente, aanbieder: f.aanbieder, split: f.split }),
      filters: [
        { name: 'from', label: 'van maand', kind: 'month', value: f.from.slice(0, 7) },
        { name: 'to', label: 't/m maand', kind: 'month', value: f.to.slice(0, 7) },
        { name: 'gemeente', label: 'gemeente', kind: 'select', value: f.gemeente ?? '', options: parties.gemeenten },
        { name: 'aanbieder', label: 'aanbieder', kind: 'select', value: f.aanbieder ?? '', options: parties.aanbieders },
        { name: 'split', label: 'uitsplitsing', kind: 'select', value: f.split, options: (['totaal', 'resultaatgebied', 'aannemer'] as const).map((s) => ({ value: s, label: SPLIT_LABEL[s] })) },
      ],
      summary: [
        { label: 'toegewezen', value: money(totalT) },
        { label: 'ingediend', value: money(sumOf(rows, (r) => r.ingediend)) },
        { label: 'afgewezen door gateway', value: money(sumOf(rows, (r) => r.afgewezenDoorGateway)) },
        { label: 'afgewezen door gemeente', value: money(sumOf(rows, (r) => r.afgewezenDoorGemeente)) },
        { label: 'gedeclareerd (niet afgewezen)', value: money(totalD) },
        { label: 'toegekend door de gemeente', value: money(sumOf(rows, (r) => r.toegekend)) },
        { label: 'open (nog geen antwoord)', value: money(sumOf(rows, (r) => r.open)) },
        { label: 'verzilvering', value: totalT && totalD !== null ? `${((totalD / totalT) * 100).toFixed(1).replace('.', ',')}%` : '-' },
      ],
      charts,
      tables: [table, trend],
    };
  }
}
