import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type Database } from '@lib/persistence';
import { DashboardReadRepository, type FlowCount, type Granularity, type MessageSummary } from './dashboard-read.repository';
import { MESSAGE_TYPE_CODES, parseMessageFilter, queryString, type Query } from './filters';
import type { FilterField, Page } from './page';
import { assertFilterInScope, scopeOf, type DashboardUser } from './scope';
import { percent, type Cell, type Table } from './table';
import { addDays } from './working-days';
import { dutchTime, timeLabel } from './time';

export const OUTCOME_LABEL: Record<string, string> = { accepted: 'geaccepteerd', rejected: 'afgekeurd' };

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
export async function partyOptions(read: DashboardReadRepository, user: DashboardUser): Promise<{ gemeenten: FilterField['options']; aanbieders: FilterField['options']; nameOf: (code: string | null) => string }> {
  const parties = await read.parties(scopeOf(user));
  const names = new Map(parties.map((p) => [p.code, p.name]));
  const option = (p: { code: string; name: string }) => ({ value: p.code, label: `${p.code} ${p.name}` });
  return {
    gemeenten: [{ value: '', label: 'alle' }, ...parties.filter((p) => p.role === 'gemeente').map(option)],
    aanbieders: [{ value: '', label: 'alle' }, ...parties.filter((p) => p.role === 'aanbieder').map(option)],
    nameOf: (code) => (code === null ? '(onbekend)' : names.has(code) ? `${code} ${names.get(code)}` : code),
  };
}

/** The table of the latest messages, each linking to its status history. */
export function messagesTable(id: string, title: string, messages: readonly MessageSummary[]): Table {
  return {
    id,
    title,
    columns: [
      { key: 'ontvangen', label: timeLabel('ontvangen') }, { key: 'type', label: 'bericht' }, { key: 'afzender', label: 'afzender' },
      { key: 'ontvanger', label: 'ontvanger' }, { key: 'uitkomst', label: 'uitkomst' }, { key: 'retourcodes', label: 'retourcodes' },
    ],
    rows: messages.map((m) => ({
      ontvangen: { text: dutchTime(m.receivedAt), href: `/dashboard/messages/${m.id}` },
      type: m.messageType ?? '(onbekend)',
      afzender: m.afzender ?? '',
      ontvanger: m.ontvanger ?? '',
      uitkomst: OUTCOME_LABEL[m.status] ?? m.status,
      retourcodes: m.retourcodes.join(' '),
    })),
  };
}

/**
 * The table per period lists only the periods with messages (the chart shows them all): a month
 * of mostly quiet days would be a column of zeros. The note says how many were left out.
 */
function perPeriodTable(title: string, columns: Table['columns'], rows: Table['rows'], periods: number, periodLabel: string): Table {
  const quiet = periods - rows.length;
  const plural = { dag: 'dagen', 'week (maandag)': 'weken', maand: 'maanden' }[periodLabel] ?? periodLabel;
  const note = rows.length === 0 ? 'Geen berichten in deze periode.' : quiet > 0 ? `Alleen de ${plural} met berichten; ${quiet} ${quiet === 1 ? periodLabel.replace(' (maandag)', '') : plural} zonder berichten weggelaten.` : undefined;
  return { id: 'per-period', title, columns, rows, note };
}

/** Flows: messages per period, by type, gemeente, aanbieder and outcome. */
@Injectable()
export class FlowsPage {
  private readonly read: DashboardReadRepository;

  constructor(@Inject(DATABASE) db: Database) {
    this.read = new DashboardReadRepository(db);
  }

  async build(user: DashboardUser, query: Query): Promise<Page> {
    const f = parseMessageFilter(query, 30);
    const scope = scopeOf(user);
    assertFilterInScope(scope, f);
    const [counts, recent, parties] = await Promise.all([
      this.read.flowCounts(scope, f, f.granularity),
      this.read.recentMessages(scope, f, 50),
      partyOptions(this.read, user),
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
    const columns = (first: string) => [
      { key: 'label', label: first }, { key: 'accepted', label: 'geaccepteerd', numeric: true }, { key: 'rejected', label: 'afgekeurd', numeric: true },
      { key: 'total', label: 'totaal', numeric: true }, { key: 'share', label: '% afgekeurd', numeric: true },
    ];
    const perPeriod = tally('period');
    const periods = periodsBetween(f.from, f.to, f.granularity);
    const zero = { accepted: 0, rejected: 0 };
    const byDim = (dimension: 'type' | 'gemeente' | 'aanbieder', label: (k: string | null) => string) =>
      [...tally(dimension)].sort((a, b) => b[1].accepted + b[1].rejected - (a[1].accepted + a[1].rejected)).map(([k, t]) => row(label(k), t));
    const total = [...perPeriod.values()].reduce((s, t) => ({ accepted: s.accepted + t.accepted, rejected: s.rejected + t.rejected }), zero);

    const periodLabel = { day: 'dag', week: 'week (maandag)', month: 'maand' }[f.granularity];
    return {
      path: '/dashboard/flows',
      title: 'Berichtenstromen',
      intro: 'Berichten per periode van ontvangst, per berichttype, gemeente en aanbieder, geaccepteerd of afgekeurd.',
      query: queryString({ from: f.from, to: f.to, granularity: f.granularity, type: f.type, gemeente: f.gemeente, aanbieder: f.aanbieder, outcome: f.outcome }),
      filters: [
        { name: 'from', label: 'van', kind: 'date', value: f.from },
        { name: 'to', label: 't/m', kind: 'date', value: f.to },
        { name: 'granularity', label: 'per', kind: 'select', value: f.granularity, options: [{ value: 'day', label: 'dag' }, { value: 'week', label: 'week' }, { value: 'month', label: 'maand' }] },
        { name: 'type', label: 'bericht', kind: 'select', value: f.type ?? '', options: [{ value: '', label: 'alle' }, ...MESSAGE_TYPE_CODES.map((c) => ({ value: c, label: c }))] },
        { name: 'gemeente', label: 'gemeente', kind: 'select', value: f.gemeente ?? '', options: parties.gemeenten },
        { name: 'aanbieder', label: 'aanbieder', kind: 'select', value: f.aanbieder ?? '', options: parties.aanbieders },
        { name: 'outcome', label: 'uitkomst', kind: 'select', value: f.outcome ?? '', options: [{ value: '', label: 'alle' }, { value: 'accepted', label: 'geaccepteerd' }, { value: 'rejected', label: 'afgekeurd' }] },
      ],
      summary: [
        { label: 'berichten', value: String(total.accepted + total.rejected) },
        { label: 'geaccepteerd', value: String(total.accepted) },
        { label: 'afgekeurd', value: String(total.rejected) },
      ],
      charts: [{
        id: 'chart-per-period', title: `Berichten per ${periodLabel}`, type: 'bar', stacked: true, labels: periods, tableId: 'per-period', yLabel: 'berichten',
        datasets: [
          { label: 'geaccepteerd', data: periods.map((p) => perPeriod.get(p)?.accepted ?? 0) },
          { label: 'afgekeurd', data: periods.map((p) => perPeriod.get(p)?.rejected ?? 0) },
        ],
      }],
      tables: [
        perPeriodTable(`Per ${periodLabel}`, columns(periodLabel), periods.filter((p) => perPeriod.has(p)).map((p) => row(p, perPeriod.get(p)!)), periods.length, periodLabel),
        { id: 'per-type', title: 'Per berichttype', columns: columns('bericht'), rows: byDim('type', (k) => k ?? '(onbekend)') },
        { id: 'per-gemeente', title: 'Per gemeente', columns: columns('gemeente'), rows: byDim('gemeente', parties.nameOf) },
        { id: 'per-aanbieder', title: 'Per aanbieder', columns: columns('aanbieder'), rows: byDim('aanbieder', parties.nameOf) },
        messagesTable('messages', 'Laatste 50 berichten (klik voor de statushistorie)', recent),
      ],
    };
  }
}
