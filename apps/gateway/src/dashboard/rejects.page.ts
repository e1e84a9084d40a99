import { Inject, Injectable } from '@nestjs/common';
import { RETOURCODES } from '@lib/iwmo';
import { DATABASE, type Database } from '@lib/persistence';
import { ruleCatalogue } from '@lib/rules';
import { DashboardReadRepository } from './dashboard-read.repository';
import { MESSAGE_TYPE_CODES, parseMessageFilter, queryString, type Query } from './filters';
import { messagesTable, partyOptions } from './flows.page';
import type { Page } from './page';
import { assertFilterInScope, scopeOf, type DashboardUser } from './scope';
import type { Table } from './table';

const TREND_CODES = 5;

/** Meaning and rule of a retourcode: the WJ001 list (corrected, see retourcodes.ts) and the rule catalogue. */
export function explainRetourcode(code: string, definitions: ReadonlyMap<string, string>): { betekenis: string; rule: string; definitie: string } {
  const info = RETOURCODES[code];
  const rule = info?.rule ?? '';
  return { betekenis: info?.betekenis ?? '(niet in WJ001)', rule: rule || '(algemeen)', definitie: (rule && definitions.get(rule)) || '' };
}

/** Rejects: the most frequent retourcodes with their meaning and rule, per aanbieder and gemeente, and their trend. */
@Injectable()
export class RejectsPage {
  private readonly read: DashboardReadRepository;
  private readonly definitions = new Map(ruleCatalogue().map((r) => [r.code, r.definition]));

  constructor(@Inject(DATABASE) db: Database) {
    this.read = new DashboardReadRepository(db);
  }

  async build(user: DashboardUser, query: Query): Promise<Page> {
    const f = parseMessageFilter(query, 90);
    const scope = scopeOf(user);
    assertFilterInScope(scope, f);
    const [counts, parties, drill] = await Promise.all([
      this.read.retourcodeCounts(scope, f),
      partyOptions(this.read, user),
      f.retourcode ? this.read.recentMessages(scope, f, 50) : Promise.resolve(undefined),
    ]);
    const base = { from: f.from, to: f.to, type: f.type, gemeente: f.gemeente, aanbieder: f.aanbieder, outcome: f.outcome };
    const totals = counts.filter((c) => c.dimension === 'total').sort((a, b) => b.n - a.n || a.code.localeCompare(b.code));
    const all = totals.reduce((s, c) => s + c.n, 0);
    const codeTable: Table = {
      id: 'retourcodes',
      title: 'Meest voorkomende retourcodes',
      note: 'Aantal berichten met de code. 0200 en 0233 (geen opmerking, niet beoordeeld) tellen niet mee.',
      columns: [
        { key: 'code', label: 'retourcode' }, { key: 'n', label: 'berichten', numeric: true }, { key: 'betekenis', label: 'betekenis' },
        { key: 'rule', label: 'regel' }, { key: 'definitie', label: 'wat de regel vraagt' },
      ],
      rows: totals.map((c) => {
        const e = explainRetourcode(c.code, this.definitions);
        return { code: { text: c.code, href: `/dashboard/rejects?${queryString({ ...base, retourcode: c.code })}` }, n: c.n, betekenis: e.betekenis, rule: e.rule, definitie: e.definitie };
      }),
    };
    const perParty = (dimension: 'gemeente' | 'aanbieder'): Table => ({
      id: `per-${dimension}`,
      title: `Retourcodes per ${dimension}`,
      columns: [{ key: 'party', label: dimension }, { key: 'code', label: 'retourcode' }, { key: 'betekenis', label: 'betekenis' }, { key: 'n', label: 'berichten', numeric: true }],
      rows: counts
        .filter((c) => c.dimension === dimension)
        .sort((a, b) => (a.key ?? '').localeCompare(b.key ?? '') || b.n - a.n)
        .map((c) => ({ party: parties.nameOf(c.key), code: c.code, betekenis: RETOURCODES[c.code]?.betekenis ?? '', n: c.n })),
    });
    const top = totals.slice(0, TREND_CODES).map((c) => c.code);
    const months = [...new Set(counts.filter((c) => c.dimension === 'month').map((c) => c.key!))].sort();
    const monthCount = new Map(counts.filter((c) => c.dimension === 'month').map((c) => [`${c.code}|${c.key}`, c.n]));
    const trendTable: Table = {
      id: 'trend',
      title: `Trend van de ${TREND_CODES} meest voorkomende retourcodes per maand`,
      columns: [{ key: 'month', label: 'maand' }, ...top.map((code) => ({ key: code, label: code, numeric: true }))],
      rows: months.map((month) => ({ month, ...Object.fromEntries(top.map((code) => [code, monthCount.get(`${code}|${month}`) ?? 0])) })),
    };
    const tables: Table[] = [codeTable, trendTable, perParty('aanbieder'), perParty('gemeente')];
    if (drill) tables.unshift(messagesTable('messages', `Berichten met retourcode ${f.retourcode} (klik voor de fouten: element, regel, wat te herstellen)`, drill));

    return {
      path: '/dashboard/rejects',
      title: 'Afkeuringen',
      intro: 'Welke retourcodes de gateway geeft, wat ze betekenen, welke regel erachter zit en bij wie ze vaak voorkomen.',
      query: queryString({ ...base, retourcode: f.retourcode }),
      filters: [
        { name: 'from', label: 'van', kind: 'date', value: f.from },
        { name: 'to', label: 't/m', kind: 'date', value: f.to },
        { name: 'type', label: 'bericht', kind: 'select', value: f.type ?? '', options: [{ value: '', label: 'alle' }, ...MESSAGE_TYPE_CODES.map((c) => ({ value: c, label: c }))] },
        { name: 'gemeente', label: 'gemeente', kind: 'select', value: f.gemeente ?? '', options: parties.gemeenten },
        { name: 'aanbieder', label: 'aanbieder', kind: 'select', value: f.aanbieder ?? '', options: parties.aanbieders },
        { name: 'retourcode', label: 'retourcode', kind: 'text', value: f.retourcode ?? '' },
      ],
      summary: [{ label: 'retourcodes gegeven', value: String(all) }, { label: 'verschillende codes', value: String(totals.length) }],
      charts: top.length
        ? [{
          id: 'chart-trend', title: 'Trend per maand', type: 'line', labels: months, tableId: 'trend', yLabel: 'berichten',
          datasets: top.map((code) => ({ label: `${code} ${RETOURCODES[code]?.rule ?? ''}`.trim(), data: months.map((m) => monthCount.get(`${code}|${m}`) ?? 0) })),
        }]
        : [],
      tables,
    };
  }
}
