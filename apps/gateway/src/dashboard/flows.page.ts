import { Inject, Injectable } from '@nestjs/common';
import { formatAmsterdamTime, formatNumber, type Lang } from '@lib/i18n';
import { DATABASE, type Database } from '@lib/persistence';
import { DashboardReadRepository, type FlowCount, type Granularity, type MessageSummary } from '@lib/persistence';
import { MESSAGE_TYPE_CODES, parseMessageFilter, queryString, type Query } from './filters';
import { sayIn, type Say } from './lang';
import type { FilterField, Page } from './page';
import { assertFilterInScope, scopeOf, type DashboardUser } from './scope';
import { percent, type Cell, type Table } from './table';
import { addDays } from './working-days';
import { timeLabel } from './time';

/** A message's outcome in words; a status the dashboard does not know as it is. */
export const outcomeLabel = (status: string, say: Say): string =>
  status === 'accepted' ? say('dashboard.outcome.accepted') : status === 'rejected' ? say('dashboard.outcome.rejected') : status;

/** Every period label from `from` to `to` at the granularity, so quiet days show as 0. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  let day = from;
  if (granularity === 'week') day = addDays(from, -((new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7));
  if (granularity === 'month') day = `${from.slice(0, 7)}-01`;
  const periods: string[] = [];
  while (day <= to) {
    periods.push(day);
    if (granularity === 'day') day = addDays(day, 1);
    else if (granularity === 'week') day = addDays(day, 7);
    else day = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1)).toISOString().slice(0, 10);
  }
  return periods;
}

/** Party filter options within the scope. */
export async function partyOptions(read: DashboardReadRepository, user: DashboardUser, lang: Lang): Promise<{ gemeenten: FilterField['options']; aanbieders: FilterField['options']; nameOf: (code: string | null) => string }> {
  const say = sayIn(lang);
  const parties = await read.parties(scopeOf(user));
  const names = new Map(parties.map((p) => [p.code, p.name]));
  const option = (p: { code: string; name: string }) => ({ value: p.code, label: `${p.code} ${p.name}` });
  const all = { value: '', label: say('dashboard.filters.all') };
  return {
    gemeenten: [all, ...parties.filter((p) => p.role === 'gemeente').map(option)],
    aanbieders: [all, ...parties.filter((p) => p.role === 'aanbieder').map(option)],
    nameOf: (code) => (code === null ? say('dashboard.unknown') : names.has(code) ? `${code} ${names.get(code)}` : code),
  };
}

/** The table of the latest messages, each linking to its status history. */
export function messagesTable(id: string, title: string, messages: readonly MessageSummary[], lang: Lang): Table {
  const say = sayIn(lang);
  return {
    id,
    title,
    columns: [
      { key: 'ontvangen', label: timeLabel(say('dashboard.messages.received'), lang) }, { key: 'type', label: say('dashboard.messages.type') },
      { key: 'afzender', label: say('dashboard.messages.afzender') }, { key: 'ontvanger', label: say('dashboard.messages.ontvanger') },
      { key: 'uitkomst', label: say('dashboard.messages.outcome') }, { key: 'retourcodes', label: say('dashboard.messages.retourcodes') },
    ],
    rows: messages.map((m) => ({
      ontvangen: { text: formatAmsterdamTime(m.receivedAt, lang), href: `/dashboard/messages/${m.id}` },
      type: m.messageType ?? say('dashboard.unknown'),
      afzender: m.afzender ?? '',
      ontvanger: m.ontvanger ?? '',
      uitkomst: outcomeLabel(m.status, say),
      retourcodes: m.retourcodes.join(' '),
    })),
  };
}

const QUIET_LEFT_OUT = { day: 'dashboard.flows.quiet-left-out.day', week: 'dashboard.flows.quiet-left-out.week', month: 'dashboard.flows.quiet-left-out.month' } as const;
const PERIOD = { day: 'dashboard.flows.period.day', week: 'dashboard.flows.period.week', month: 'dashboard.flows.period.month' } as const;

/**
 * The table per period lists only the periods with messages (the chart shows them all): a month
 * of mostly quiet days would be a column of zeros. The note says how many were left out.
 */
function perPeriodTable(title: string, columns: Table['columns'], rows: Table['rows'], periods: number, granularity: Granularity, say: Say): Table {
  const quiet = periods - rows.length;
  const note = rows.length === 0 ? say('dashboard.flows.no-messages') : quiet > 0 ? say(QUIET_LEFT_OUT[granularity], { n: quiet }) : undefined;
  return { id: 'per-period', title, columns, rows, note };
}

/** Flows: messages per period, by type, gemeente, aanbieder and outcome. */
@Injectable()
export class FlowsPage {
  private readonly read: DashboardReadRepository;

  constructor(@Inject(DATABASE) db: Database) {
    this.read = new DashboardReadRepository(db);
  }

  async build(user: DashboardUser, query: Query, lang: Lang): Promise<Page> {
    const say = sayIn(lang);
    const f = parseMessageFilter(query, 30);
    const scope = scopeOf(user);
    assertFilterInScope(scope, f);
    const [counts, recent, parties] = await Promise.all([
      this.read.flowCounts(scope, f, f.granularity),
      this.read.recentMessages(scope, f, 50),
      partyOptions(this.read, user, lang),
    ]);
    const tally = (dimension: FlowCount['dimension']) => {
      const byKey = new Map<string | null, { accepted: number; rejected: number }>();
      for (const c of counts.filter((c) => c.dimension === dimension)) {
        const t = byKey.get(c.key) ?? { accepted: 0, rejected: 0 };
        t[c.status] += c.n;
        byKey.set(c.key, t);
      }
      return byKey;
    };
    const row = (label: string, t: { accepted: number; rejected: number }): Record<string, Cell> => ({
      label, accepted: t.accepted, rejected: t.rejected, total: t.accepted + t.rejected,
      share: percent(t.accepted + t.rejected ? (t.rejected / (t.accepted + t.rejected)) * 100 : null),
    });
    const accepted = say('dashboard.outcome.accepted');
    const rejected = say('dashboard.outcome.rejected');
    const columns = (first: string) => [
      { key: 'label', label: first }, { key: 'accepted', label: accepted, numeric: true }, { key: 'rejected', label: rejected, numeric: true },
      { key: 'total', label: say('dashboard.flows.total'), numeric: true }, { key: 'share', label: say('dashboard.flows.share-rejected'), numeric: true },
    ];
    const perPeriod = tally('period');
    const periods = periodsBetween(f.from, f.to, f.granularity);
    const zero = { accepted: 0, rejected: 0 };
    const byDim = (dimension: 'type' | 'gemeente' | 'aanbieder', label: (k: string | null) => string) =>
      [...tally(dimension)].sort((a, b) => b[1].accepted + b[1].rejected - (a[1].accepted + a[1].rejected)).map(([k, t]) => row(label(k), t));
    const total = [...perPeriod.values()].reduce((s, t) => ({ accepted: s.accepted + t.accepted, rejected: s.rejected + t.rejected }), zero);

    const periodLabel = say(PERIOD[f.granularity]);
    const count = (n: number) => formatNumber(n, lang);
    return {
      path: '/dashboard/flows',
      title: say('dashboard.flows.title'),
      intro: say('dashboard.flows.intro'),
      query: queryString({ from: f.from, to: f.to, granularity: f.granularity, type: f.type, gemeente: f.gemeente, aanbieder: f.aanbieder, outcome: f.outcome }),
      filters: [
        ...periodFilters(f, say),
        {
          name: 'granularity', label: say('dashboard.filters.granularity'), kind: 'select', value: f.granularity,
          options: [{ value: 'day', label: say('dashboard.filters.granularity.day') }, { value: 'week', label: say('dashboard.filters.granularity.week') }, { value: 'month', label: say('dashboard.filters.granularity.month') }],
        },
        typeFilter(f, say),
        ...partyFilters(f, parties, say),
        { name: 'outcome', label: say('dashboard.filters.outcome'), kind: 'select', value: f.outcome ?? '', options: [{ value: '', label: say('dashboard.filters.all') }, { value: 'accepted', label: accepted }, { value: 'rejected', label: rejected }] },
      ],
      summary: [
        { label: say('dashboard.flows.messages'), value: count(total.accepted + total.rejected) },
        { label: accepted, value: count(total.accepted) },
        { label: rejected, value: count(total.rejected) },
      ],
      charts: [{
        id: 'chart-per-period', title: say('dashboard.flows.chart', { period: periodLabel }), type: 'bar', stacked: true, labels: periods, tableId: 'per-period', yLabel: say('dashboard.flows.messages'),
        datasets: [
          { label: accepted, data: periods.map((p) => perPeriod.get(p)?.accepted ?? 0) },
          { label: rejected, data: periods.map((p) => perPeriod.get(p)?.rejected ?? 0) },
        ],
      }],
      tables: [
        perPeriodTable(say('dashboard.flows.per', { what: periodLabel }), columns(periodLabel), periods.filter((p) => perPeriod.has(p)).map((p) => row(p, perPeriod.get(p)!)), periods.length, f.granularity, say),
        { id: 'per-type', title: say('dashboard.flows.per-type'), columns: columns(say('dashboard.messages.type')), rows: byDim('type', (k) => k ?? say('dashboard.unknown')) },
        { id: 'per-gemeente', title: say('dashboard.flows.per', { what: say('dashboard.filters.gemeente') }), columns: columns(say('dashboard.filters.gemeente')), rows: byDim('gemeente', parties.nameOf) },
        { id: 'per-aanbieder', title: say('dashboard.flows.per', { what: say('dashboard.filters.aanbieder') }), columns: columns(say('dashboard.filters.aanbieder')), rows: byDim('aanbieder', parties.nameOf) },
        messagesTable('messages', say('dashboard.flows.latest'), recent, lang),
      ],
    };
  }
}

/** The filters of a period of days: from and to (both included). */
export const periodFilters = (f: { from: string; to: string }, say: Say): FilterField[] => [
  { name: 'from', label: say('dashboard.filters.from'), kind: 'date', value: f.from },
  { name: 'to', label: say('dashboard.filters.to'), kind: 'date', value: f.to },
];

/** The message type filter: every type of the standard, or all. */
export const typeFilter = (f: { type?: string }, say: Say): FilterField => ({
  name: 'type', label: say('dashboard.filters.type'), kind: 'select', value: f.type ?? '',
  options: [{ value: '', label: say('dashboard.filters.all') }, ...MESSAGE_TYPE_CODES.map((c) => ({ value: c, label: c }))],
});

/** The gemeente and aanbieder filters, with the parties the user may see. */
export const partyFilters = (f: { gemeente?: string; aanbieder?: string }, parties: { gemeenten: FilterField['options']; aanbieders: FilterField['options'] }, say: Say): FilterField[] => [
  { name: 'gemeente', label: say('dashboard.filters.gemeente'), kind: 'select', value: f.gemeente ?? '', options: parties.gemeenten },
  { name: 'aanbieder', label: say('dashboard.filters.aanbieder'), kind: 'select', value: f.aanbieder ?? '', options: parties.aanbieders },
];
