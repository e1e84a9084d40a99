import { formatAmsterdamTime, type Lang } from '@lib/i18n';
import { Inject, Injectable } from '@nestjs/common';
import { RETOURCODES } from '@lib/iwmo';
import { DATABASE, type Database } from '@lib/persistence';
import { ruleCatalogue } from '@lib/rules';
import { BRONNEN, DashboardReadRepository, type Bron, type RejectedPrestatie } from './dashboard-read.repository';
import { MESSAGE_TYPE_CODES, parseMessageFilter, queryString, type Query } from './filters';
import { messagesTable, partyOptions } from './flows.page';
import type { Page } from './page';
import { maskBsn } from './privacy';
import { assertFilterInScope, scopeOf, type DashboardUser } from './scope';
import type { Table } from './table';
import { timeLabel } from './time';

const TREND_CODES = 5;

/** Meaning and rule of a retourcode: the WJ001 list (corrected, see retourcodes.ts) and the rule catalogue. */
export function explainRetourcode(code: string, definitions: ReadonlyMap<string, string>): { betekenis: string; rule: string; definitie: string } {
  const info = RETOURCODES[code];
  const rule = info?.rule ?? '';
  return { betekenis: info?.betekenis ?? '(niet in WJ001)', rule: rule || '(algemeen)', definitie: (rule && definitions.get(rule)) || '' };
}

export const BRON_LABEL: Record<Bron, string> = { gateway: 'gateway (controle bericht)', gemeente: 'gemeente (WMO325)' };
const BRON_SHORT: Record<Bron, string> = { gateway: 'gateway', gemeente: '325' };
/** what is counted per source */
const UNIT: Record<Bron, string> = { gateway: 'berichten', gemeente: 'prestaties' };

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
    const codeTable: Table = {
      id: 'retourcodes',
      title: 'Meest voorkomende retourcodes',
      note: 'Bron gateway: aantal berichten dat de gateway met de code afkeurde of beantwoordde. Bron gemeente (WMO325): aantal prestaties dat een gemeente in haar declaratie-antwoord met de code afwees. 0200 en 0233 (geen opmerking, niet beoordeeld) tellen niet mee.',
      columns: [
        { key: 'bron', label: 'bron' }, { key: 'code', label: 'retourcode' }, { key: 'n', label: 'aantal', numeric: true }, { key: 'geteld', label: 'geteld' },
        { key: 'betekenis', label: 'betekenis' }, { key: 'rule', label: 'regel' }, { key: 'definitie', label: 'wat de regel vraagt' },
      ],
      rows: totals.map((c) => {
        const e = explainRetourcode(c.code, this.definitions);
        return {
          bron: BRON_LABEL[c.bron], code: { text: c.code, href: `/dashboard/rejects?${queryString({ ...base, bron: c.bron, retourcode: c.code })}` },
          n: c.n, geteld: UNIT[c.bron], betekenis: e.betekenis, rule: e.rule, definitie: e.definitie,
        };
      }),
    };
    const perParty = (dimension: 'gemeente' | 'aanbieder'): Table => ({
      id: `per-${dimension}`,
      title: `Retourcodes per ${dimension}`,
      columns: [
        { key: 'party', label: dimension }, { key: 'bron', label: 'bron' }, { key: 'code', label: 'retourcode' }, { key: 'betekenis', label: 'betekenis' },
        { key: 'n', label: 'aantal', numeric: true }, { key: 'geteld', label: 'geteld' },
      ],
      rows: counts
        .filter((c) => c.dimension === dimension)
        .sort((a, b) => (a.key ?? '').localeCompare(b.key ?? '') || b.n - a.n || a.code.localeCompare(b.code) || a.bron.localeCompare(b.bron))
        .map((c) => ({ party: parties.nameOf(c.key), bron: BRON_LABEL[c.bron], code: c.code, betekenis: RETOURCODES[c.code]?.betekenis ?? '', n: c.n, geteld: UNIT[c.bron] })),
    });
    // the trend of the most frequent (source, code) pairs
    const top = totals.slice(0, TREND_CODES).map((c) => ({ key: `${c.bron}:${c.code}`, bron: c.bron, code: c.code }));
    const monthly = counts.filter((c) => c.dimension === 'month');
    const months = [...new Set(monthly.map((c) => c.key!))].sort();
    const monthCount = new Map(monthly.map((c) => [`${c.bron}:${c.code}|${c.key}`, c.n]));
    const trendTable: Table = {
      id: 'trend',
      title: `Trend van de ${TREND_CODES} meest voorkomende retourcodes per maand`,
      note: 'Per code de bron: gateway (berichten, naar dag van ontvangst) of 325 (prestaties, naar dag van het declaratie-antwoord).',
      columns: [{ key: 'month', label: 'maand' }, ...top.map((t) => ({ key: t.key, label: `${t.code} (${BRON_SHORT[t.bron]})`, numeric: true }))],
      rows: months.map((month) => ({ month, ...Object.fromEntries(top.map((t) => [t.key, monthCount.get(`${t.key}|${month}`) ?? 0])) })),
    };
    const tables: Table[] = [codeTable, trendTable, perParty('aanbieder'), perParty('gemeente')];
    if (prestaties) tables.unshift(prestatiesTable(`Prestaties die een gemeente in haar WMO325 afwees met retourcode ${f.retourcode} (klik voor de declaratie of het antwoord)`, prestaties, parties.nameOf, lang));
    if (drill) tables.unshift(messagesTable('messages', `Berichten die de gateway de retourcode ${f.retourcode} gaf (klik voor de fouten: element, regel, wat te herstellen)`, drill, lang));

    return {
      path: '/dashboard/rejects',
      title: 'Afkeuringen',
      intro: 'Welke retourcodes de gateway geeft bij de controle van berichten, en welke gemeenten in hun declaratie-antwoord (WMO325) aan prestaties geven: wat ze betekenen, welke regel erachter zit en bij wie ze vaak voorkomen.',
      query: queryString({ ...base, bron: f.bron, retourcode: f.retourcode }),
      filters: [
        { name: 'from', label: 'van', kind: 'date', value: f.from },
        { name: 'to', label: 't/m', kind: 'date', value: f.to },
        { name: 'bron', label: 'bron', kind: 'select', value: f.bron ?? '', options: [{ value: '', label: 'beide' }, ...BRONNEN.map((b) => ({ value: b, label: BRON_LABEL[b] }))] },
        { name: 'type', label: 'bericht', kind: 'select', value: f.type ?? '', options: [{ value: '', label: 'alle' }, ...MESSAGE_TYPE_CODES.map((c) => ({ value: c, label: c }))] },
        { name: 'gemeente', label: 'gemeente', kind: 'select', value: f.gemeente ?? '', options: parties.gemeenten },
        { name: 'aanbieder', label: 'aanbieder', kind: 'select', value: f.aanbieder ?? '', options: parties.aanbieders },
        { name: 'retourcode', label: 'retourcode', kind: 'text', value: f.retourcode ?? '' },
      ],
      summary: [
        { label: 'retourcodes gegeven door de gateway (berichten)', value: String(given('gateway')) },
        { label: 'retourcodes gegeven in WMO325 (prestaties)', value: String(given('gemeente')) },
        { label: 'verschillende codes', value: String(new Set(totals.map((c) => c.code)).size) },
      ],
      charts: top.length
        ? [{
          id: 'chart-trend', title: 'Trend per maand', type: 'line', labels: months, tableId: 'trend', yLabel: 'aantal',
          datasets: top.map((t) => ({ label: `${t.code} (${BRON_SHORT[t.bron]}) ${RETOURCODES[t.code]?.rule ?? ''}`.trim(), data: months.map((m) => monthCount.get(`${t.key}|${m}`) ?? 0) })),
        }]
        : [],
      tables,
    };
  }
}

/** The prestaties a gemeente's 325 rejected, each linking to its declaratie (the 323) and the 325; BSNs masked. */
export function prestatiesTable(title: string, rows: readonly RejectedPrestatie[], nameOf: (code: string | null) => string, lang: Lang): Table {
  return {
    id: 'prestaties',
    title,
    columns: [
      { key: 'beoordeeld', label: timeLabel('antwoord (WMO325)', lang) }, { key: 'declaratie', label: 'declaratie (WMO323)' }, { key: 'gemeente', label: 'gemeente' },
      { key: 'aanbieder', label: 'aanbieder' }, { key: 'referentie', label: 'referentienummer' }, { key: 'bsn', label: 'bsn' },
      { key: 'product', label: 'product' }, { key: 'periode', label: 'periode' }, { key: 'retourcodes', label: 'retourcodes' },
    ],
    rows: rows.map((p) => ({
      beoordeeld: { text: formatAmsterdamTime(p.beoordeeldAt, lang), href: `/dashboard/messages/${p.antwoordMessageId}` },
      declaratie: { text: p.declaratieNummer, href: `/dashboard/messages/${p.declaratieMessageId}` },
      gemeente: nameOf(p.gemeente), aanbieder: nameOf(p.aanbieder), referentie: p.referentieNummer, bsn: maskBsn(p.bsn),
      product: p.productCode, periode: p.periodeBegin.slice(0, 7), retourcodes: p.retourcodes.join(' '),
    })),
  };
}
