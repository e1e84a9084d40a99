import { NEUTRAL_RETOURCODES } from '@lib/iwmo';
import { openText } from '../crypto';
import type { Queryable } from '../database';
import { messageInScope, SqlParams, partyColumnsInScope, type DashboardScope as Scope } from './dashboard-scope';

/**
 * The dashboard's read queries: aggregates over messages, deliveries, toewijzingen and
 * declaraties, each limited to the user's scope in SQL. Read-only; no table of 001-005 is written.
 */

export type Granularity = 'day' | 'week' | 'month';
export type Outcome = 'accepted' | 'rejected';

export interface MessageFilter {
  /** first and last day of receipt (YYYY-MM-DD, the day in the Netherlands) */
  readonly from: string;
  readonly to: string;
  readonly type?: string;
  readonly gemeente?: string;
  readonly aanbieder?: string;
  readonly outcome?: Outcome;
}

export interface FlowCount {
  readonly dimension: 'period' | 'type' | 'gemeente' | 'aanbieder';
  readonly key: string | null;
  readonly status: Outcome;
  readonly n: number;
}

export interface MessageSummary {
  readonly id: string;
  readonly receivedAt: Date;
  readonly messageType: string | null;
  readonly afzender: string | null;
  readonly ontvanger: string | null;
  readonly status: Outcome;
  readonly retourcodes: string[];
}

/** Who gave a retourcode: the gateway's check of a message, or the gemeente's WMO325 on a prestatie. */
export type Bron = 'gateway' | 'gemeente';
export const BRONNEN: readonly Bron[] = ['gateway', 'gemeente'];

export interface RetourcodeCount {
  readonly dimension: 'total' | 'gemeente' | 'aanbieder' | 'month';
  readonly bron: Bron;
  readonly code: string;
  readonly key: string | null;
  readonly n: number;
}

/** A prestatie the gemeente rejected in its WMO325, with the 323 (declaratie) and 325 it is in. */
export interface RejectedPrestatie {
  readonly beoordeeldAt: Date;
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly declaratieNummer: string;
  readonly declaratieMessageId: string;
  readonly antwoordMessageId: string;
  readonly referentieNummer: string;
  readonly bsn: string;
  readonly productCode: string;
  readonly periodeBegin: string;
  readonly retourcodes: string[];
}

export interface MessageDetail extends MessageSummary {
  readonly kind: string | null;
  readonly identificatie: string | null;
  readonly dagtekening: string | null;
  /** as stored with the message: its words, and (since the catalogue) the text to say them in another language */
  readonly errors: Array<{ layer?: string; code?: string; rule?: string | null; path?: string | null; message?: string; text?: unknown }>;
  readonly inReplyTo: string | null;
  readonly madeByGateway: boolean;
}

export interface DeliveryRow {
  readonly id: string;
  readonly messageId: string;
  readonly messageType: string | null;
  readonly partyCode: string;
  readonly channel: string;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: Date;
}

export type DeadlineSoort = 'retour' | 'antwoord-op-verzoek' | 'start' | 'stop' | 'declaratie-antwoord';

export interface OverdueItem {
  readonly soort: DeadlineSoort;
  /** the party that owes the answer */
  readonly party: string;
  readonly gemeente: string;
  readonly aanbieder: string;
  /** the day the term started */
  readonly since: string;
  readonly messageId: string | null;
  readonly bsn: string | null;
}

export interface OverdueCutoffs {
  /** last overdue day of receipt per term (working-days.ts overdueCutoff) */
  readonly days3: string;
  readonly days5: string;
  readonly days10: string;
}

export interface CurrentToewijzing {
  readonly gemeente: string;
  readonly aanbieder: string;
  /** the client's lookup hash (bsn_hash): enough to count clients, without opening their BSNs */
  readonly client: string;
  readonly productCode: string | null;
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
  /** the onderaannemer the hoofdaannemer (aanbieder) delegated it to (onderaanneming_toewijzingen), or null */
  readonly onderaannemer: string | null;
}

export interface MoneyFilter {
  /** first days of the first and last calendar month */
  readonly from: string;
  readonly to: string;
  readonly gemeente?: string;
  readonly aanbieder?: string;
}

export type MoneySplit = 'totaal' | 'resultaatgebied' | 'aanbieder' | 'aannemer';

/** The split key of what the hoofdaannemer delivered itself; an onderaannemer's key is its AGB-code. */
export const HOOFDAANNEMER = 'hoofdaannemer';

export interface DeclaredGroup {
  readonly gemeente: string;
  /** YYYY-MM-01 */
  readonly month: string;
  readonly key: string;
  /** distinct clients with a prestatie in the group, rejected or not */
  readonly clients: number;
  /** distinct clients with a prestatie that was not rejected */
  readonly clientsGedeclareerd: number;
  /**
   * Eurocents, debet minus credit; every prestatie in exactly one of afgewezenDoorGateway,
   * afgewezenDoorGemeente, toegekend and open, which add up to ingediend. Gedeclareerd is what
   * was not rejected: toegekend + open.
   */
  readonly ingediend: number;
  readonly afgewezenDoorGateway: number;
  readonly afgewezenDoorGemeente: number;
  readonly gedeclareerd: number;
  readonly toegekend: number;
  readonly open: number;
}

const LOCAL = (column: string) => `(${column} AT TIME ZONE 'Europe/Amsterdam')`;
const GEMEENTE_OF = (m: string) => `CASE WHEN length(${m}.afzender) = 4 THEN ${m}.afzender WHEN length(${m}.ontvanger) = 4 THEN ${m}.ontvanger END`;
const AANBIEDER_OF = (m: string) => `CASE WHEN length(${m}.afzender) = 8 THEN ${m}.afzender WHEN length(${m}.ontvanger) = 8 THEN ${m}.ontvanger END`;

/** The message conditions of a filter: period of receipt, type, outcome, gemeente, aanbieder and scope. */
function messageWhere(params: SqlParams, scope: Scope, f: MessageFilter, m = 'm'): string {
  const where = [
    `${m}.received_at >= (${params.p(f.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
    `${m}.received_at < ((${params.p(f.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
    messageInScope(params, scope, m),
  ];
  if (f.type) where.push(`${m}.message_type = ${params.p(f.type)}`);
  if (f.outcome) where.push(`${m}.status = ${params.p(f.outcome)}`);
  if (f.gemeente) where.push(`${params.p(f.gemeente)} IN (${m}.afzender, ${m}.ontvanger)`);
  if (f.aanbieder) where.push(`${params.p(f.aanbieder)} IN (${m}.afzender, ${m}.ontvanger)`);
  return where.join(' AND ');
}

/** Whether a gemeente's 325 verdicts fit the filter's type and outcome (see retourcodeCounts). */
const gemeenteVerdictsMatch = (f: MessageFilter): boolean =>
  (!f.type || f.type === 'WMO323' || f.type === 'WMO325') && f.outcome !== 'rejected';

/** The conditions on prestaties rejected by a gemeente's 325 (p, a: declaratie_antwoorden) by day stored, gemeente, aanbieder and scope. */
function verdictWhere(params: SqlParams, scope: Scope, f: MessageFilter): string {
  const where = [
    `p.status = 'afgewezen'`,
    `p.antwoord_id IS NOT NULL`,
    `a.created_at >= (${params.p(f.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
    `a.created_at < ((${params.p(f.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
    partyColumnsInScope(params, scope, 'p.gemeente', 'p.aanbieder'),
  ];
  if (f.gemeente) where.push(`p.gemeente = ${params.p(f.gemeente)}`);
  if (f.aanbieder) where.push(`p.aanbieder = ${params.p(f.aanbieder)}`);
  return where.join(' AND ');
}

interface SummaryRow {
  id: string;
  received_at: Date;
  message_type: string | null;
  afzender: string | null;
  ontvanger: string | null;
  status: Outcome;
  retourcodes: string[];
}

const toSummary = (r: SummaryRow): MessageSummary => ({
  id: r.id, receivedAt: r.received_at, messageType: r.message_type, afzender: r.afzender, ontvanger: r.ontvanger, status: r.status, retourcodes: r.retourcodes,
});

/**
 * SQL condition: aanbieder `code` is the aanbieder of the row, or the onderaannemer it delegated the
 * row to (`delegated`: a subquery of the delegated rows' keys, `$code` standing for the code's
 * parameter). A hoofdaannemer sees its onderaannemers' rows (it exchanged them with the gemeente);
 * an onderaannemer sees only the rows delegated to it.
 */
function aanbiederOrOnderaannemer(params: SqlParams, code: string, aanbieder: string, keys: string, delegated: string): string {
  const c = params.p(code);
  return `(${aanbieder} = ${c} OR ${keys} IN (${delegated.replace(/\$code/g, c)}))`;
}

/** The toewijzingen (gemeente, hoofdaannemer, toewijzing_nummer) delegated to onderaannemer $code. */
const DELEGATED_TOEWIJZINGEN = 'SELECT gemeente, hoofdaannemer, toewijzing_nummer FROM onderaanneming_toewijzingen WHERE onderaannemer = $code';
/** The prestaties (aanbieder, referentie_nummer) an onderaannemer $code delivered, as the builder recorded them. */
const DELEGATED_PRESTATIES = 'SELECT aanbieder, referentie_nummer FROM declaratie_build_lines WHERE onderaannemer = $code';

/** A prestatie's bedrag, debet positive and credit negative. */
const SIGNED = `CASE WHEN p.debet_credit = 'D' THEN p.bedrag ELSE -p.bedrag END`;

const SUMMARY_COLUMNS = 'm.id, m.received_at, m.message_type, m.afzender, m.ontvanger, m.status, m.retourcodes';

export class DashboardReadRepository {
  constructor(private readonly db: Queryable) {}

  /** Message counts by period, type, gemeente and aanbieder, each split by outcome, in one pass. */
  async flowCounts(scope: Scope, f: MessageFilter, granularity: Granularity): Promise<FlowCount[]> {
    const params = new SqlParams();
    const g = params.p(granularity);
    const { rows } = await this.db.query<{ dimension: FlowCount['dimension']; key: string | null; status: Outcome; n: number }>(
      `WITH f AS (
         SELECT date_trunc(${g}, ${LOCAL('m.received_at')})::date AS period, m.message_type AS type,
                ${GEMEENTE_OF('m')} AS gemeente, ${AANBIEDER_OF('m')} AS aanbieder, m.status
         FROM messages m WHERE ${messageWhere(params, scope, f)})
       SELECT CASE WHEN GROUPING(period) = 0 THEN 'period' WHEN GROUPING(type) = 0 THEN 'type'
                   WHEN GROUPING(gemeente) = 0 THEN 'gemeente' ELSE 'aanbieder' END AS dimension,
              CASE WHEN GROUPING(period) = 0 THEN to_char(period, 'YYYY-MM-DD') WHEN GROUPING(type) = 0 THEN type
                   WHEN GROUPING(gemeente) = 0 THEN gemeente ELSE aanbieder END AS key,
              status, count(*)::int AS n
       FROM f GROUP BY GROUPING SETS ((period, status), (type, status), (gemeente, status), (aanbieder, status))`,
      params.values,
    );
    return rows;
  }

  async recentMessages(scope: Scope, f: MessageFilter & { retourcode?: string }, limit: number): Promise<MessageSummary[]> {
    const params = new SqlParams();
    let where = messageWhere(params, scope, f);
    if (f.retourcode) where += ` AND ${params.p(f.retourcode)} = ANY (m.retourcodes)`;
    const { rows } = await this.db.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM messages m WHERE ${where} ORDER BY m.received_at DESC LIMIT ${params.p(limit)}`,
      params.values,
    );
    return rows.map(toSummary);
  }

  /** A message the scope may see, or undefined. */
  async message(scope: Scope, id: string): Promise<MessageDetail | undefined> {
    const params = new SqlParams();
    const { rows } = await this.db.query<SummaryRow & { kind: string | null; identificatie: string | null; dagtekening: string | null; errors: MessageDetail['errors']; in_reply_to: string | null; made_by_gateway: boolean }>(
      `SELECT ${SUMMARY_COLUMNS}, m.kind, m.identificatie, m.dagtekening, m.errors, m.in_reply_to, m.made_by_gateway
       FROM messages m WHERE m.id = ${params.p(id)} AND ${messageInScope(params, scope)}`,
      params.values,
    );
    const r = rows[0];
    return r && { ...toSummary(r), kind: r.kind, identificatie: r.identificatie, dagtekening: r.dagtekening, errors: r.errors, inReplyTo: r.in_reply_to, madeByGateway: r.made_by_gateway };
  }

  async messageEvents(id: string): Promise<Array<{ at: Date; event: string; detail: Record<string, unknown> }>> {
    const { rows } = await this.db.query<{ at: Date; event: string; detail: Record<string, unknown> }>(
      'SELECT at, event, detail FROM message_events WHERE message_id = $1 ORDER BY id',
      [id],
    );
    return rows;
  }

  /**
   * The retourberichten answering exactly this message: those the gateway made for it, and the
   * party's accepted answer, which the gateway bound to it (in_reply_to). A copy's retour belongs
   * to the copy; a refused retourbericht answers nothing.
   */
  async answersOf(m: MessageDetail): Promise<MessageSummary[]> {
    const { rows } = await this.db.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM messages m WHERE m.in_reply_to = $1 ORDER BY m.received_at`,
      [m.id],
    );
    return rows.map(toSummary);
  }

  /**
   * Retourcodes given (neutral 0200/0233 left out), in total and per gemeente, aanbieder and month,
   * by source: the gateway's retourcodes on messages (counted per message, by day of receipt), and
   * the retourcodes a gemeente's WMO325 gave to the prestaties it rejected (counted per prestatie,
   * by day the 325 was stored). The 325's verdicts are on WMO323 declaraties in accepted 325s: a
   * type filter other than WMO323/WMO325, or outcome 'rejected', leaves them out.
   */
  async retourcodeCounts(scope: Scope, f: MessageFilter & { bron?: Bron }): Promise<RetourcodeCount[]> {
    const params = new SqlParams();
    const neutral = params.p([...NEUTRAL_RETOURCODES]);
    const sources: string[] = [];
    if (f.bron !== 'gemeente') {
      // retourcodes <> '{}' rather than cardinality() > 0: the column's statistics then tell how few
      // messages have codes, and the plan stays cheap enough not to be JIT-compiled (which on
      // PostgreSQL costs more than the query itself)
      sources.push(
        `SELECT 'gateway' AS bron, code, to_char(${LOCAL('m.received_at')}, 'YYYY-MM') AS month, ${GEMEENTE_OF('m')} AS gemeente, ${AANBIEDER_OF('m')} AS aanbieder
         FROM messages m CROSS JOIN LATERAL unnest(m.retourcodes) AS code
         WHERE ${messageWhere(params, scope, f)} AND m.retourcodes <> '{}'::text[] AND code <> ALL (${neutral}::text[])`,
      );
    }
    if (f.bron !== 'gateway' && gemeenteVerdictsMatch(f)) {
      sources.push(
        `SELECT 'gemeente' AS bron, code, to_char(${LOCAL('a.created_at')}, 'YYYY-MM') AS month, p.gemeente, p.aanbieder
         FROM prestaties p JOIN declaratie_antwoorden a ON a.id = p.antwoord_id CROSS JOIN LATERAL unnest(p.retourcodes) AS code
         WHERE ${verdictWhere(params, scope, f)} AND code <> ALL (${neutral}::text[])`,
      );
    }
    if (sources.length === 0) return [];
    const { rows } = await this.db.query<RetourcodeCount>(
      `WITH f AS (${sources.join(' UNION ALL ')})
       SELECT CASE WHEN GROUPING(gemeente) = 0 THEN 'gemeente' WHEN GROUPING(aanbieder) = 0 THEN 'aanbieder'
                   WHEN GROUPING(month) = 0 THEN 'month' ELSE 'total' END AS dimension,
              bron, code, coalesce(gemeente, aanbieder, month) AS key, count(*)::int AS n
       FROM f GROUP BY GROUPING SETS ((bron, code), (bron, code, gemeente), (bron, code, aanbieder), (bron, code, month))`,
      params.values,
    );
    return rows;
  }

  /** The prestaties a gemeente's 325 rejected with the retourcode, latest first (the drill-down of Rejects). */
  async rejectedPrestaties(scope: Scope, f: MessageFilter & { retourcode: string }, limit: number): Promise<RejectedPrestatie[]> {
    if (!gemeenteVerdictsMatch(f)) return [];
    const params = new SqlParams();
    const where = `${verdictWhere(params, scope, f)} AND ${params.p(f.retourcode)} = ANY (p.retourcodes)`;
    const { rows } = await this.db.query<{
      created_at: Date; gemeente: string; aanbieder: string; declaratie_nummer: string; declaratie_message: string; antwoord_message: string;
      referentie_nummer: string; bsn_sealed: string; product_code: string; periode_begin: string; retourcodes: string[];
    }>(
      `SELECT a.created_at, p.gemeente, p.aanbieder, d.declaratie_nummer, d.message_id AS declaratie_message, a.message_id AS antwoord_message,
              p.referentie_nummer, p.bsn_sealed, p.product_code, to_char(p.periode_begin, 'YYYY-MM-DD') AS periode_begin, p.retourcodes
       FROM prestaties p JOIN declaratie_antwoorden a ON a.id = p.antwoord_id JOIN declaraties d ON d.id = p.declaratie_id
       WHERE ${where}
       ORDER BY a.created_at DESC, p.id LIMIT ${params.p(limit)}`,
      params.values,
    );
    return rows.map((r) => ({
      beoordeeldAt: r.created_at, gemeente: r.gemeente, aanbieder: r.aanbieder, declaratieNummer: r.declaratie_nummer,
      declaratieMessageId: r.declaratie_message, antwoordMessageId: r.antwoord_message, referentieNummer: r.referentie_nummer,
      bsn: openText(r.bsn_sealed), productCode: r.product_code, periodeBegin: r.periode_begin, retourcodes: r.retourcodes,
    }));
  }

  /** Deliveries by state: waiting (never tried), delayed (tried, retrying), dead-lettered, delivered, acked. */
  async deliveryStates(scope: Scope): Promise<Array<{ state: string; n: number }>> {
    const params = new SqlParams();
    const { rows } = await this.db.query<{ state: string; n: number }>(
      `SELECT CASE WHEN d.status = 'pending' AND d.attempts = 0 THEN 'waiting'
                   WHEN d.status = 'pending' THEN 'delayed' ELSE d.status END AS state, count(*)::int AS n
       FROM deliveries d JOIN messages m ON m.id = d.message_id
       WHERE ${messageInScope(params, scope)} GROUP BY 1`,
      params.values,
    );
    return rows;
  }

  /** Deliveries that need attention: dead-lettered, retrying, or waiting longer than `staleMinutes`. */
  async troubledDeliveries(scope: Scope, staleMinutes: number, limit: number): Promise<DeliveryRow[]> {
    const params = new SqlParams();
    const { rows } = await this.db.query<{ id: string; message_id: string; message_type: string | null; code: string; channel: string; status: string; attempts: number; last_error: string | null; created_at: Date }>(
      `SELECT d.id, d.message_id, m.message_type, p.code, d.channel, d.status, d.attempts, d.last_error, d.created_at
       FROM deliveries d JOIN messages m ON m.id = d.message_id JOIN parties p ON p.id = d.party_id
       WHERE ${messageInScope(params, scope)}
         AND (d.status = 'dead' OR (d.status = 'pending' AND (d.attempts > 0 OR d.created_at < now() - make_interval(mins => ${params.p(staleMinutes)}))))
       ORDER BY (d.status = 'dead') DESC, d.created_at LIMIT ${params.p(limit)}`,
      params.values,
    );
    return rows.map((r) => ({
      id: r.id, messageId: r.message_id, messageType: r.message_type, partyCode: r.code, channel: r.channel,
      status: r.status, attempts: r.attempts, lastError: r.last_error, createdAt: r.created_at,
    }));
  }

  /** Whether the delivery carries a message the scope may see. */
  async deliveryInScope(scope: Scope, deliveryId: string): Promise<boolean> {
    const params = new SqlParams();
    const { rows } = await this.db.query(
      `SELECT 1 FROM deliveries d JOIN messages m ON m.id = d.message_id WHERE d.id = ${params.p(deliveryId)} AND ${messageInScope(params, scope)}`,
      params.values,
    );
    return rows.length > 0;
  }

  /**
   * Answers still missing past the standard's term (working days; the cutoffs are the last overdue
   * day of receipt): the retour on a heenbericht (3), a 301 or 319 on a verzoek (5), the start of a
   * toewijzing whose ingangsdatum passed (5), the stop of one whose einddatum passed (5), the 325
   * on a 323 (10). The party that owes it: the Ontvanger of the heenbericht, the gemeente for
   * answers on verzoeken and declaraties, the aanbieder for start and stop.
   */
  async overdue(scope: Scope, cut: OverdueCutoffs, limit: number): Promise<{ items: OverdueItem[]; totals: Array<{ soort: DeadlineSoort; party: string; n: number; oldest: string }> }> {
    const params = new SqlParams();
    const d3 = params.p(cut.days3);
    const d5 = params.p(cut.days5);
    const d10 = params.p(cut.days10);
    const sql = `
      WITH current AS (
        SELECT * FROM (
          SELECT DISTINCT ON (gemeente, aanbieder, toewijzing_nummer) gemeente, aanbieder, toewijzing_nummer, bsn_hash, bsn_sealed, ingangsdatum, einddatum, reden_wijziging, message_id
          FROM toegewezen_product_versions
          ORDER BY gemeente, aanbieder, toewijzing_nummer, toewijzingsdatum DESC, toewijzingstijd DESC, id DESC) v
        WHERE reden_wijziging IS DISTINCT FROM '13'),
      overdue AS (
        SELECT 'retour' AS soort, h.ontvanger AS party, ${GEMEENTE_OF('h')} AS gemeente, ${AANBIEDER_OF('h')} AS aanbieder,
               ${LOCAL('h.received_at')}::date AS since, h.id AS message_id, NULL::text AS bsn_sealed
        FROM messages h
        WHERE h.kind = 'heen' AND h.status = 'accepted' AND NOT h.made_by_gateway AND h.message_type NOT IN ('WMO323', 'WMO325')
          AND h.received_at < ((${d3}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
          AND NOT EXISTS (SELECT 1 FROM messages r WHERE r.in_reply_to = h.id)
          AND NOT EXISTS (SELECT 1 FROM messages r WHERE r.kind = 'retour' AND r.afzender = h.afzender AND r.identificatie = h.identificatie AND r.status = 'accepted')
        UNION ALL
        SELECT 'antwoord-op-verzoek', v.gemeente, v.gemeente, v.aanbieder, v.dagtekening, v.message_id, v.bsn_sealed
        FROM verzoeken v
        WHERE v.afgehandeld_door IS NULL AND v.dagtekening <= ${d5}
          AND NOT EXISTS (SELECT 1 FROM antwoorden a WHERE a.gemeente = v.gemeente AND a.aanbieder = v.aanbieder AND a.referentie_aanbieder = v.referentie_aanbieder)
        UNION ALL
        SELECT 'start', c.aanbieder, c.gemeente, c.aanbieder, c.ingangsdatum, c.message_id, c.bsn_sealed
        FROM current c
        WHERE c.ingangsdatum <= ${d5}
          AND NOT EXISTS (SELECT 1 FROM start_producten s WHERE s.gemeente = c.gemeente AND s.aanbieder = c.aanbieder AND s.bsn_hash = c.bsn_hash
                            AND s.toewijzing_nummer = c.toewijzing_nummer AND s.removed_by IS NULL)
        UNION ALL
        SELECT 'stop', c.aanbieder, c.gemeente, c.aanbieder, c.einddatum, c.message_id, c.bsn_sealed
        FROM current c
        WHERE c.einddatum <= ${d5}
          AND EXISTS (SELECT 1 FROM start_producten s WHERE s.gemeente = c.gemeente AND s.aanbieder = c.aanbieder AND s.bsn_hash = c.bsn_hash
                        AND s.toewijzing_nummer = c.toewijzing_nummer AND s.removed_by IS NULL)
          AND NOT EXISTS (SELECT 1 FROM stop_producten s WHERE s.gemeente = c.gemeente AND s.aanbieder = c.aanbieder AND s.bsn_hash = c.bsn_hash
                            AND s.toewijzing_nummer = c.toewijzing_nummer AND s.removed_by IS NULL)
        UNION ALL
        SELECT 'declaratie-antwoord', d.gemeente, d.gemeente, d.aanbieder, ${LOCAL('d.created_at')}::date, d.message_id, NULL
        FROM declaraties d
        WHERE d.status = 'ingediend' AND d.created_at < ((${d10}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')),
      scoped AS (SELECT * FROM overdue o WHERE ${partyColumnsInScope(params, scope, 'o.gemeente', 'o.aanbieder')})
      SELECT 'item' AS row_kind, soort, party, gemeente, aanbieder, to_char(since, 'YYYY-MM-DD') AS since, message_id, bsn_sealed, 0 AS n
      FROM (SELECT * FROM scoped ORDER BY since, soort LIMIT ${params.p(limit)}) items
      UNION ALL
      SELECT 'total', soort, party, NULL, NULL, to_char(min(since), 'YYYY-MM-DD'), NULL, NULL, count(*)::int FROM scoped GROUP BY soort, party`;
    const { rows } = await this.db.query<{ row_kind: 'item' | 'total'; soort: DeadlineSoort; party: string; gemeente: string; aanbieder: string; since: string; message_id: string | null; bsn_sealed: string | null; n: number }>(sql, params.values);
    return {
      items: rows.filter((r) => r.row_kind === 'item').map((r) => ({ soort: r.soort, party: r.party, gemeente: r.gemeente, aanbieder: r.aanbieder, since: r.since, messageId: r.message_id, bsn: r.bsn_sealed === null ? null : openText(r.bsn_sealed) })),
      totals: rows.filter((r) => r.row_kind === 'total').map((r) => ({ soort: r.soort, party: r.party, n: r.n, oldest: r.since })),
    };
  }

  /**
   * The current, non-withdrawn toewijzingen that overlap [from, end of the month of to], each with
   * the onderaannemer it was assigned to when its 301 was accepted (migration 006). An aanbieder
   * (scope or filter) gets its own toewijzingen and those delegated to it.
   */
  async currentToewijzingen(scope: Scope, f: MoneyFilter): Promise<CurrentToewijzing[]> {
    const params = new SqlParams();
    const where: string[] = [];
    const keys = '(gemeente, aanbieder, toewijzing_nummer)';
    if (scope.kind === 'gemeente') where.push(`gemeente = ${params.p(scope.code)}`);
    if (scope.kind === 'aanbieder') where.push(aanbiederOrOnderaannemer(params, scope.code, 'aanbieder', keys, DELEGATED_TOEWIJZINGEN));
    if (f.gemeente) where.push(`gemeente = ${params.p(f.gemeente)}`);
    if (f.aanbieder) where.push(aanbiederOrOnderaannemer(params, f.aanbieder, 'aanbieder', keys, DELEGATED_TOEWIJZINGEN));
    const { rows } = await this.db.query<{ gemeente: string; aanbieder: string; bsn_hash: string; product_code: string | null; ingangsdatum: string; einddatum: string | null; onderaannemer: string | null }>(
      `SELECT v.gemeente, v.aanbieder, v.bsn_hash, v.product_code, v.ingangsdatum, v.einddatum, o.onderaannemer FROM (
         SELECT DISTINCT ON (gemeente, aanbieder, toewijzing_nummer) gemeente, aanbieder, toewijzing_nummer, bsn_hash, product_code, ingangsdatum, einddatum, reden_wijziging
         FROM toegewezen_product_versions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY gemeente, aanbieder, toewijzing_nummer, toewijzingsdatum DESC, toewijzingstijd DESC, id DESC) v
       LEFT JOIN onderaanneming_toewijzingen o ON o.gemeente = v.gemeente AND o.hoofdaannemer = v.aanbieder AND o.toewijzing_nummer = v.toewijzing_nummer
       WHERE v.reden_wijziging IS DISTINCT FROM '13'
         AND v.ingangsdatum <= (date_trunc('month', ${params.p(f.to)}::date) + interval '1 month - 1 day')::date
         AND (v.einddatum IS NULL OR v.einddatum >= ${params.p(f.from)}::date)`,
      params.values,
    );
    return rows.map((r) => ({
      gemeente: r.gemeente, aanbieder: r.aanbieder, client: r.bsn_hash, productCode: r.product_code, ingangsdatum: r.ingangsdatum, einddatum: r.einddatum, onderaannemer: r.onderaannemer,
    }));
  }

  /**
   * The declared money per gemeente, month of the prestatie's period and split key: ingediend
   * (every prestatie, debet minus credit), afgewezen by the gateway on arrival, afgewezen by the
   * gemeente (its 325, or the declaratie rejected as a whole), toegekend and open (no 325 yet);
   * gedeclareerd is what was not rejected. With the distinct clients declared for, and those with
   * a prestatie not rejected. The split by resultaatgebied maps product codes with the given
   * (gemeente, product code, resultaatgebied) triples from the contract register; the split by
   * aanbieder keys by the declaring aanbieder; the split by aannemer keys lines an onderaannemer
   * delivered (declaratie_build_lines) by its AGB-code, the rest by HOOFDAANNEMER. An aanbieder
   * (scope or filter) gets its own prestaties and those an onderaannemer it is delivered.
   */
  async declared(scope: Scope, f: MoneyFilter, split: MoneySplit, gebieden: ReadonlyArray<{ gemeente: string; productCode: string; gebied: string }>): Promise<DeclaredGroup[]> {
    const params = new SqlParams();
    const where = [
      `p.periode_begin >= ${params.p(f.from)}::date`,
      `p.periode_begin < (date_trunc('month', ${params.p(f.to)}::date) + interval '1 month')::date`,
    ];
    const keys = '(p.aanbieder, p.referentie_nummer)';
    if (scope.kind === 'gemeente') where.push(`p.gemeente = ${params.p(scope.code)}`);
    if (scope.kind === 'aanbieder') where.push(aanbiederOrOnderaannemer(params, scope.code, 'p.aanbieder', keys, DELEGATED_PRESTATIES));
    if (f.gemeente) where.push(`p.gemeente = ${params.p(f.gemeente)}`);
    if (f.aanbieder) where.push(aanbiederOrOnderaannemer(params, f.aanbieder, 'p.aanbieder', keys, DELEGATED_PRESTATIES));
    let key = `''`;
    let outerKey = 'key';
    let join = '';
    if (split === 'resultaatgebied') {
      join = `LEFT JOIN unnest(${params.p(gebieden.map((g) => g.gemeente))}::text[], ${params.p(gebieden.map((g) => g.productCode))}::text[], ${params.p(gebieden.map((g) => g.gebied))}::text[])
                AS rg (gemeente, product_code, gebied) ON rg.gemeente = p.gemeente AND rg.product_code = p.product_code`;
      key = 'rg.gebied';
      outerKey = `coalesce(key, 'onbekend')`;
    } else if (split === 'aanbieder') {
      key = 'p.aanbieder';
    } else if (split === 'aannemer') {
      join = 'LEFT JOIN declaratie_build_lines b ON b.aanbieder = p.aanbieder AND b.referentie_nummer = p.referentie_nummer';
      key = 'b.onderaannemer';
      outerKey = `coalesce(key, '${HOOFDAANNEMER}')`;
    }
    // per client first, then per group: two hash aggregates instead of a sorting count(DISTINCT).
    // The split key's raw column per client and its label (outerKey) per group: a computed key in
    // the per-client aggregate made PostgreSQL expect more memory than work_mem and sort on disk.
    const { rows } = await this.db.query<{
      gemeente: string; month: string; key: string; clients: number; clients_gedeclareerd: number;
      ingediend: string; afgewezen_gateway: string; afgewezen_gemeente: string; toegekend: string; open: string;
    }>(
      `SELECT gemeente, to_char(month, 'YYYY-MM-DD') AS month, ${outerKey} AS key, count(*)::int AS clients,
              count(*) FILTER (WHERE counted)::int AS clients_gedeclareerd,
              coalesce(sum(ingediend), 0) AS ingediend, coalesce(sum(afgewezen_gateway), 0) AS afgewezen_gateway,
              coalesce(sum(afgewezen_gemeente), 0) AS afgewezen_gemeente, coalesce(sum(toegekend), 0) AS toegekend, coalesce(sum(open), 0) AS open
       FROM (
         SELECT p.gemeente, date_trunc('month', p.periode_begin) AS month, ${key} AS key, p.bsn_hash,
                bool_or(p.status <> 'afgewezen') AS counted,
                sum(${SIGNED}) AS ingediend,
                sum(CASE WHEN p.afgewezen_door = 'gateway' THEN ${SIGNED} ELSE 0 END) AS afgewezen_gateway,
                sum(CASE WHEN p.afgewezen_door = 'gemeente' THEN ${SIGNED} ELSE 0 END) AS afgewezen_gemeente,
                sum(CASE WHEN p.status = 'toegekend' THEN ${SIGNED} ELSE 0 END) AS toegekend,
                sum(CASE WHEN p.status = 'ingediend' THEN ${SIGNED} ELSE 0 END) AS open
         FROM prestaties p ${join}
         WHERE ${where.join(' AND ')}
         GROUP BY 1, 2, 3, 4) per_client
       GROUP BY 1, 2, 3`,
      params.values,
    );
    return rows.map((r) => {
      const [ingediend, afgewezenDoorGateway, afgewezenDoorGemeente, toegekend, open] = [r.ingediend, r.afgewezen_gateway, r.afgewezen_gemeente, r.toegekend, r.open].map(Number) as [number, number, number, number, number];
      return {
        gemeente: r.gemeente, month: r.month, key: r.key, clients: r.clients, clientsGedeclareerd: r.clients_gedeclareerd,
        ingediend, afgewezenDoorGateway, afgewezenDoorGemeente, gedeclareerd: toegekend + open, toegekend, open,
      };
    });
  }

  /**
   * What the money figures depend on, cheaply: toewijzing versions are only ever inserted, and
   * prestaties and declaraties change status only when a 325 is stored (declaratie_antwoorden) or
   * new ones arrive. Equal fingerprints mean equal query results (MoneyPage caches on them).
   */
  async moneyFingerprints(): Promise<{ toewijzingen: string; declared: string }> {
    const { rows } = await this.db.query<{ t: string; d: string }>(
      `SELECT concat_ws('|', (SELECT max(id) FROM toegewezen_product_versions), (SELECT max(updated_at) FROM onderaanneming_toewijzingen)) AS t,
              concat_ws('|', (SELECT max(id) FROM prestaties), (SELECT max(id) FROM declaratie_antwoorden),
                        (SELECT max(id) FROM declaratie_build_lines), (SELECT max(id) FROM declaraties)) AS d`,
    );
    return { toewijzingen: rows[0]!.t, declared: rows[0]!.d };
  }

  /** Gemeenten and aanbieders for the filter lists, within the scope. */
  async parties(scope: Scope): Promise<Array<{ role: 'gemeente' | 'aanbieder'; code: string; name: string }>> {
    const { rows } = await this.db.query<{ role: 'gemeente' | 'aanbieder'; code: string; name: string }>('SELECT role, code, name FROM parties ORDER BY role, code');
    if (scope.kind === 'all') return rows;
    // a gemeente user may filter on aanbieders (within its own data), not on other gemeenten; and vice versa
    return rows.filter((r) => r.role !== scope.kind || r.code === scope.code);
  }
}
