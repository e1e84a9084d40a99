import type { Queryable } from '../database';

export interface AuditEntry {
  partyId: string | null;
  /** who acted: a party code, "admin", or "anonymous" */
  actor: string;
  action: string;
  outcome: 'allowed' | 'refused';
  reason?: string | null;
  detail?: Record<string, unknown>;
}

/** The audit log: refusals and administrative actions. */
export class AuditRepository {
  constructor(private readonly db: Queryable) {}

  async record(e: AuditEntry): Promise<void> {
    await this.db.query('INSERT INTO audit_log (party_id, actor, action, outcome, reason, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
      e.partyId, e.actor, e.action, e.outcome, e.reason ?? null, JSON.stringify(e.detail ?? {}),
    ]);
  }

  /**
   * Records a refusal of an unauthenticated request, aggregated: one row per `bucket` (e.g.
   * address, reason and minute) whose count goes up with every repeat, so a flood adds rows per
   * minute and address, not per request.
   */
  async recordAggregated(e: AuditEntry, bucket: string): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (party_id, actor, action, outcome, reason, detail, bucket) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (bucket) WHERE bucket IS NOT NULL DO UPDATE SET count = audit_log.count + 1`,
      [e.partyId, e.actor, e.action, e.outcome, e.reason ?? null, JSON.stringify(e.detail ?? {}), bucket],
    );
  }

  async recent(limit = 100): Promise<Array<AuditEntry & { at: Date }>> {
    const { rows } = await this.db.query<{ at: Date; party_id: string | null; actor: string; action: string; outcome: 'allowed' | 'refused'; reason: string | null; detail: Record<string, unknown> }>(
      'SELECT at, party_id, actor, action, outcome, reason, detail FROM audit_log ORDER BY id DESC LIMIT $1',
      [limit],
    );
    return rows.map((r) => ({ at: r.at, partyId: r.party_id, actor: r.actor, action: r.action, outcome: r.outcome, reason: r.reason, detail: r.detail }));
  }
}
