import { Inject, Injectable } from '@nestjs/common';
import { formatEuros, type Lang } from '@lib/i18n';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { DATABASE, type Database } from '@lib/persistence';
import type { ContractRegister, RulesConfig } from '@lib/rules';
import { RULES_CONFIG } from '../iwmo/iwmo.module';
import { DashboardReadRepository, HOOFDAANNEMER, type CurrentToewijzing, type DeclaredGroup, type MoneyFilter, type MoneySplit } from '@lib/persistence';
import { parseMoneyFilter, queryString, type Query } from './filters';
import { partyFilters, partyOptions } from './flows.page';
import { sayIn } from './lang';
import { monthsBetween, moneyRows, type MoneyRow } from './money';
import type { Chart, Page } from './page';
import { SUPPRESSED } from './privacy';
import { assertFilterInScope, scopeOf, type DashboardUser, type Scope } from './scope';
import { cents, formatPercent, guarded, percent, suppressedLabel, type Table } from './table';

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

const KEY_LABEL = { resultaatgebied: 'dashboard.money.key.resultaatgebied', aanbieder: 'dashboard.filters.aanbieder', aannemer: 'dashboard.money.key.aannemer' } as const;
const SPLIT_LABEL = {
  totaal: 'dashboard.money.split.totaal', resultaatgebied: 'dashboard.money.split.resultaatgebied', aanbieder: 'dashboard.money.split.aanbieder', aannemer: 'dashboard.money.split.aannemer',
} as const satisfies Record<MoneySplit, string>;

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
    const say = sayIn(lang);
    const f = parseMoneyFilter(query);
    const scope = scopeOf(user);
    assertFilterInScope(scope, f);
    // read each time: the register can be replaced while the gateway runs
    const register = this.rules.contracts;
    const months = monthsBetween(f.from, f.to);
    const [rows, parties] = await Promise.all([this.rows(scope, f, months, register), partyOptions(this.read, user, lang)]);
    const label = (m: string) => m.slice(0, 7);
    const gebiedNaam = (key: string) => register.resultaatgebied(key)?.naam ?? key;
    const aannemerNaam = (key: string) => (key === HOOFDAANNEMER ? say('dashboard.money.hoofdaannemer-self') : say('dashboard.money.onderaannemer', { party: parties.nameOf(key) }));
    const keyLabel = (key: string) =>
      f.split === 'resultaatgebied' ? `${key} ${gebiedNaam(key)}` : f.split === 'aannemer' ? aannemerNaam(key) : f.split === 'aanbieder' ? parties.nameOf(key) : key;

    const measure = {
      toegewezen: say('dashboard.money.col.toegewezen'), gedeclareerd: say('dashboard.money.col.gedeclareerd'), toegekend: say('dashboard.money.col.toegekend'),
      afgewezenDoorGateway: say('dashboard.money.col.afgewezen-door-gateway'), afgewezenDoorGemeente: say('dashboard.money.col.afgewezen-door-gemeente'),
      gedeclareerdNietAfgewezen: say('dashboard.money.col.gedeclareerd-niet-afgewezen'), ingediend: say('dashboard.money.col.ingediend'),
    };
    const month = say('dashboard.money.col.month');
    const table: Table = {
      id: 'money',
      title: f.split === 'totaal' ? say('dashboard.money.table.title') : say('dashboard.money.table.title-split', { split: say(SPLIT_LABEL[f.split]) }),
      note: say('dashboard.money.table.note', { minGroup: this.config.dashboardMinGroup }) + (f.split === 'aannemer' ? ` ${say('dashboard.money.table.note-aannemer')}` : ''),
      columns: [
        { key: 'gemeente', label: say('dashboard.filters.gemeente') }, { key: 'month', label: month },
        ...(f.split === 'totaal' ? [] : [{ key: 'key', label: say(KEY_LABEL[f.split]) }]),
        { key: 'clientsT', label: say('dashboard.money.col.clients-toegewezen'), numeric: true }, { key: 'toegewezen', label: measure.toegewezen, numeric: true },
        { key: 'toegewezenPerClient', label: say('dashboard.money.col.toegewezen-per-client'), numeric: true },
        { key: 'ingediend', label: measure.ingediend, numeric: true },
        { key: 'afgewezenDoorGateway', label: measure.afgewezenDoorGateway, numeric: true }, { key: 'afgewezenDoorGemeente', label: measure.afgewezenDoorGemeente, numeric: true },
        { key: 'clientsD', label: say('dashboard.money.col.clients-gedeclareerd'), numeric: true }, { key: 'gedeclareerd', label: measure.gedeclareerdNietAfgewezen, numeric: true },
        { key: 'gedeclareerdPerClient', label: say('dashboard.money.col.gedeclareerd-per-client'), numeric: true }, { key: 'toegekend', label: measure.toegekend, numeric: true },
        { key: 'open', label: say('dashboard.money.col.open'), numeric: true },
        { key: 'verzilvering', label: say('dashboard.money.col.verzilvering'), numeric: true },
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
      title: say('dashboard.money.trend.title'),
      note: say('dashboard.money.trend.note'),
      columns: [
        { key: 'month', label: month }, { key: 'toegewezen', label: measure.toegewezen, numeric: true },
        { key: 'gedeclareerd', label: measure.gedeclareerd, numeric: true }, { key: 'toegekend', label: measure.toegekend, numeric: true },
        ...series.map((s) => ({ key: `v:${s}`, label: say('dashboard.money.col.verzilvering-of', { series: seriesLabel(s) }), numeric: true })),
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
        id: 'chart-amounts', title: say('dashboard.money.chart.amounts'), type: 'line', labels: months.map(label), tableId: 'trend', yLabel: say('dashboard.money.chart.euro'), fractional: true,
        datasets: [
          { label: measure.toegewezen, data: amounts.map((a) => euros(a.toegewezen)) },
          { label: measure.gedeclareerd, data: amounts.map((a) => euros(a.gedeclareerd)) },
          { label: measure.toegekend, data: amounts.map((a) => euros(a.toegekend)) },
        ],
      },
      {
        id: 'chart-verzilvering', title: say('dashboard.money.chart.verzilvering'), type: 'line', labels: months.map(label), tableId: 'trend', yLabel: '%', fractional: true,
        datasets: series.map((s, j) => ({ label: seriesLabel(s), data: verzilvering[j]! })),
      },
    ];
    const totalT = sumOf(rows, (r) => r.toegewezen);
    const totalD = sumOf(rows, (r) => r.gedeclareerd);
    const money = (c: number | null) => (c === null ? suppressedLabel(lang) : formatEuros(c, lang));
    return {
      path: '/dashboard/money',
      title: say('dashboard.money.title'),
      intro: say('dashboard.money.intro') + (register.illustrative ? ` ${say('dashboard.money.illustrative')}` : ''),
      query: queryString({ from: f.from.slice(0, 7), to: f.to.slice(0, 7), gemeente: f.gemeente, aanbieder: f.aanbieder, split: f.split }),
      filters: [
        { name: 'from', label: say('dashboard.money.filter.from'), kind: 'month', value: f.from.slice(0, 7) },
        { name: 'to', label: say('dashboard.money.filter.to'), kind: 'month', value: f.to.slice(0, 7) },
        ...partyFilters(f, parties, say),
        {
          name: 'split', label: say('dashboard.money.filter.split'), kind: 'select', value: f.split,
          options: (['totaal', 'resultaatgebied', 'aannemer'] as const).map((s) => ({ value: s, label: say(SPLIT_LABEL[s]) })),
        },
      ],
      summary: [
        { label: measure.toegewezen, value: money(totalT) },
        { label: measure.ingediend, value: money(sumOf(rows, (r) => r.ingediend)) },
        { label: measure.afgewezenDoorGateway, value: money(sumOf(rows, (r) => r.afgewezenDoorGateway)) },
        { label: measure.afgewezenDoorGemeente, value: money(sumOf(rows, (r) => r.afgewezenDoorGemeente)) },
        { label: measure.gedeclareerdNietAfgewezen, value: money(totalD) },
        { label: say('dashboard.money.summary.toegekend'), value: money(sumOf(rows, (r) => r.toegekend)) },
        { label: say('dashboard.money.summary.open'), value: money(sumOf(rows, (r) => r.open)) },
        { label: say('dashboard.money.summary.verzilvering'), value: totalT && totalD !== null ? formatPercent((totalD / totalT) * 100, lang) : '-' },
      ],
      charts,
      tables: [table, trend],
    };
  }
}
