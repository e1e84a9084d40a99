import { Inject, Injectable } from '@nestjs/common';
import { formatAmsterdamTime, formatNumber, type Lang } from '@lib/i18n';
import { RETOURCODES } from '@lib/iwmo';
import { DATABASE, type Database } from '@lib/persistence';
import { ruleCatalogue } from '@lib/rules';
import { BRONNEN, DashboardReadRepository, type Bron, type RejectedPrestatie } from '@lib/persistence';
import { parseMessageFilter, queryString, type Query } from './filters';
import { messagesTable, partyFilters, partyOptions, periodFilters, typeFilter } from './flows.page';
import { sayIn, type Say } from './lang';
import type { Page } from './page';
import { maskBsn } from './privacy';
import { assertFilterInScope, scopeOf, type DashboardUser } from './scope';
import type { Table } from './table';
import { timeLabel } from './time';

const TREND_CODES = 5;

/**
 * Meaning and rule of a retourcode: the WJ001 list (corrected, see retourcodes.ts) and the rule
 * catalogue, in the standard's own (Dutch) words in either language.
 */
function explainRetourcode(code: string, definitions: ReadonlyMap<string, string>, say: Say): { betekenis: string; rule: string; definitie: string } {
  const info = RETOURCODES[code];
  const rule = info?.rule ?? '';
  return { betekenis: info?.betekenis ?? say('dashboard.rejects.not-in-wj001'), rule: rule || say('dashboard.rejects.general'), definitie: (rule && definitions.get(rule)) || '' };
}

const BRON_LABEL = { gateway: 'dashboard.rejects.bron.gateway', gemeente: 'dashboard.rejects.bron.gemeente' } as const;
const BRON_SHORT: Record<Bron, string> = { gateway: 'gateway', gemeente: '325' };
/** what is counted per source */
const UNIT = { gateway: 'dashboard.rejects.unit.gateway', gemeente: 'dashboard.rejects.unit.gemeente' } as const;

/**
 * Rejects: the most frequent retourcodes with their meaning and rule, per aanbieder and gemeente,
 * and their trend; from the gateway's checks of messages and from the gemeenten's WMO325s on
 * prestaties, each labelled by source.
 */
@Injectable()
export class RejectsPage {
  private readonly read: DashboardReadRepository;
  private readonly definitions = new Map(ruleCatalogue().map((r) => [r.code, r.definition]));

  constructor(@Inject(DATABASE) db: Database) {
    this.read = new DashboardReadRepository(db);
  }

  async build(user: DashboardUser, query: Query, lang: Lang): Promise<Page> {
    const say = sayIn(lang);
    const f = parseMessageFilter(query, 90);
    const scope = scopeOf(user);
    assertFilterInScope(scope, f);
    const [counts, parties, drill, prestaties] = await Promise.all([
      this.read.retourcodeCounts(scope, f),
      partyOptions(this.read, user, lang),
      f.retourcode && f.bron !== 'gemeente' ? this.read.recentMessages(scope, f, 50) : Promise.resolve(undefined),
      f.retourcode && f.bron !== 'gateway' ? this.read.rejectedPrestaties(scope, { ...f, retourcode: f.retourcode }, 50) : Promise.resolve(undefined),
    ]);
    const base = { from: f.from, to: f.to, type: f.type, gemeente: f.gemeente, aanbieder: f.aanbieder, outcome: f.outcome };
    const totals = counts.filter((c) => c.dimension === 'total').sort((a, b) => b.n - a.n || a.code.localeCompare(b.code) || a.bron.localeCompare(b.bron));
    const given = (bron: Bron) => totals.filter((c) => c.bron === bron).reduce((s, c) => s + c.n, 0);
    const col = {
      bron: { key: 'bron', label: say('dashboard.rejects.col.bron') }, code: { key: 'code', label: say('dashboard.rejects.col.retourcode') },
      n: { key: 'n', label: say('dashboard.rejects.col.count'), numeric: true }, geteld: { key: 'geteld', label: say('dashboard.rejects.col.counted') },
      betekenis: { key: 'betekenis', label: say('dashboard.rejects.col.betekenis') },
    };
    const codeTable: Table = {
      id: 'retourcodes',
      title: say('dashboard.rejects.codes.title'),
      note: say('dashboard.rejects.codes.note'),
      columns: [col.bron, col.code, col.n, col.geteld, col.betekenis, { key: 'rule', label: say('dashboard.rejects.col.rule') }, { key: 'definitie', label: say('dashboard.rejects.col.definitie') }],
      rows: totals.map((c) => {
        const e = explainRetourcode(c.code, this.definitions, say);
        return {
          bron: say(BRON_LABEL[c.bron]), code: { text: c.code, href: `/dashboard/rejects?${queryString({ ...base, bron: c.bron, retourcode: c.code })}` },
          n: c.n, geteld: say(UNIT[c.bron]), betekenis: e.betekenis, rule: e.rule, definitie: e.definitie,
        };
      }),
    };
    const perParty = (dimension: 'gemeente' | 'aanbieder'): Table => ({
      id: `per-${dimension}`,
      title: say('dashboard.rejects.per-party.title', { party: say(`dashboard.filters.${dimension}`) }),
      columns: [{ key: 'party', label: say(`dashboard.filters.${dimension}`) }, col.bron, col.code, col.betekenis, col.n, col.geteld],
      rows: counts
        .filter((c) => c.dimension === dimension)
        .sort((a, b) => (a.key ?? '').localeCompare(b.key ?? '') || b.n - a.n || a.code.localeCompare(b.code) || a.bron.localeCompare(b.bron))
        .map((c) => ({ party: parties.nameOf(c.key), bron: say(BRON_LABEL[c.bron]), code: c.code, betekenis: RETOURCODES[c.code]?.betekenis ?? '', n: c.n, geteld: say(UNIT[c.bron]) })),
    });
    // the trend of the most frequent (source, code) pairs
    const top = totals.slice(0, TREND_CODES).map((c) => ({ key: `${c.bron}:${c.code}`, bron: c.bron, code: c.code }));
    const monthly = counts.filter((c) => c.dimension === 'month');
    const months = [...new Set(monthly.map((c) => c.key!))].sort();
    const monthCount = new Map(monthly.map((c) => [`${c.bron}:${c.code}|${c.key}`, c.n]));
    const trendTable: Table = {
      id: 'trend',
      title: say('dashboard.rejects.trend.title', { n: TREND_CODES }),
      note: say('dashboard.rejects.trend.note'),
      columns: [{ key: 'month', label: say('dashboard.rejects.col.month') }, ...top.map((t) => ({ key: t.key, label: `${t.code} (${BRON_SHORT[t.bron]})`, numeric: true }))],
      rows: months.map((month) => ({ month, ...Object.fromEntries(top.map((t) => [t.key, monthCount.get(`${t.key}|${month}`) ?? 0])) })),
    };
    const tables: Table[] = [codeTable, trendTable, perParty('aanbieder'), perParty('gemeente')];
    if (prestaties) tables.unshift(prestatiesTable(say('dashboard.rejects.drill.prestaties', { code: f.retourcode! }), prestaties, parties.nameOf, lang));
    if (drill) tables.unshift(messagesTable('messages', say('dashboard.rejects.drill.messages', { code: f.retourcode! }), drill, lang));

    return {
      path: '/dashboard/rejects',
      title: say('dashboard.rejects.title'),
      intro: say('dashboard.rejects.intro'),
      query: queryString({ ...base, bron: f.bron, retourcode: f.retourcode }),
      filters: [
        ...periodFilters(f, say),
        {
          name: 'bron', label: say('dashboard.rejects.col.bron'), kind: 'select', value: f.bron ?? '',
          options: [{ value: '', label: say('dashboard.rejects.bron.both') }, ...BRONNEN.map((b) => ({ value: b, label: say(BRON_LABEL[b]) }))],
        },
        typeFilter(f, say),
        ...partyFilters(f, parties, say),
        { name: 'retourcode', label: say('dashboard.rejects.col.retourcode'), kind: 'text', value: f.retourcode ?? '' },
      ],
      summary: [
        { label: say('dashboard.rejects.summary.gateway'), value: formatNumber(given('gateway'), lang) },
        { label: say('dashboard.rejects.summary.gemeente'), value: formatNumber(given('gemeente'), lang) },
        { label: say('dashboard.rejects.summary.codes'), value: formatNumber(new Set(totals.map((c) => c.code)).size, lang) },
      ],
      charts: top.length
        ? [{
          id: 'chart-trend', title: say('dashboard.rejects.chart'), type: 'line', labels: months, tableId: 'trend', yLabel: say('dashboard.rejects.col.count'),
          datasets: top.map((t) => ({ label: `${t.code} (${BRON_SHORT[t.bron]}) ${RETOURCODES[t.code]?.rule ?? ''}`.trim(), data: months.map((m) => monthCount.get(`${t.key}|${m}`) ?? 0) })),
        }]
        : [],
      tables,
    };
  }
}

/** The prestaties a gemeente's 325 rejected, each linking to its declaratie (the 323) and the 325; BSNs masked. */
function prestatiesTable(title: string, rows: readonly RejectedPrestatie[], nameOf: (code: string | null) => string, lang: Lang): Table {
  const say = sayIn(lang);
  return {
    id: 'prestaties',
    title,
    columns: [
      { key: 'beoordeeld', label: timeLabel(say('dashboard.rejects.col.antwoord'), lang) }, { key: 'declaratie', label: say('dashboard.rejects.col.declaratie') },
      { key: 'gemeente', label: say('dashboard.filters.gemeente') }, { key: 'aanbieder', label: say('dashboard.filters.aanbieder') },
      { key: 'referentie', label: say('dashboard.rejects.col.referentie') }, { key: 'bsn', label: say('dashboard.rejects.col.bsn') },
      { key: 'product', label: say('dashboard.rejects.col.product') }, { key: 'periode', label: say('dashboard.rejects.col.periode') },
      { key: 'retourcodes', label: say('dashboard.messages.retourcodes') },
    ],
    rows: rows.map((p) => ({
      beoordeeld: { text: formatAmsterdamTime(p.beoordeeldAt, lang), href: `/dashboard/messages/${p.antwoordMessageId}` },
      declaratie: { text: p.declaratieNummer, href: `/dashboard/messages/${p.declaratieMessageId}` },
      gemeente: nameOf(p.gemeente), aanbieder: nameOf(p.aanbieder), referentie: p.referentieNummer, bsn: maskBsn(p.bsn),
      product: p.productCode, periode: p.periodeBegin.slice(0, 7), retourcodes: p.retourcodes.join(' '),
    })),
  };
}
