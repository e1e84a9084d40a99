import type { Queryable } from '../database';
import { openBytesInTurns, openText } from '../crypto';
import type { DeliveryChannel } from './party.repository';

/** pending (waiting; in a mailbox: not fetched yet), fetched (mailbox: XML read), delivered (webhook), acked (mailbox), dead. */
export type DeliveryStatus = 'pending' | 'fetched' | 'delivered' | 'acked' | 'dead';
/** A status, or delayed: pending webhook deliveries that were tried and wait for their next attempt. */
export type DeliveryFilter = DeliveryStatus | 'delayed';

export interface Delivery {
  id: string;
  messageId: string;
  partyId: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  attempts: number;
  enqueuedAt: Date | null;
  deliveredAt: Date | null;
  ackedAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

/** What the worker needs to push one delivery: the row, the raw message and the receiver's channel. */
export interface DeliveryWork extends Delivery {
  messageType: string | null;
  raw: Buffer;
  partyCode: string;
  webhookUrl: string | null;
  webhookSecret: string | null;
  /** a retourbericht the gateway made itself, and the message it answers */
  madeByGateway: boolean;
  inReplyTo: string | null;
  /** for an accepted declaratie (323): the prestaties the gateway rejected and its own 325 on them */
  declaratieVerdict: { rejectedPrestaties: number; declaratieAntwoord: string | null } | null;
}

export interface DeliveryAttempt {
  attempt: number;
  at: Date;
  /** started: sent or being sent, no answer recorded yet; interrupted: the worker stopped before it recorded one */
  outcome: 'started' | 'interrupted' | 'delivered' | 'retry' | 'failed';
  httpStatus: number | null;
  error: string | null;
  durationMs: number | null;
}

export interface MailboxItem {
  deliveryId: string;
  messageId: string;
  messageType: string | null;
  afzender: string | null;
  identificatie: string | null;
  status: DeliveryStatus;
  createdAt: Date;
}

interface DeliveryRow {
  id: string;
  message_id: string;
  party_id: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  attempts: number;
  enqueued_at: Date | null;
  delivered_at: Date | null;
  acked_at: Date | null;
  last_error: string | null;
  created_at: Date;
}

const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id,
  messageId: r.message_id,
  partyId: r.party_id,
  channel: r.channel,
  status: r.status,
  attempts: r.attempts,
  enqueuedAt: r.enqueued_at,
  deliveredAt: r.delivered_at,
  ackedAt: r.acked_at,
  lastError: r.last_error,
  createdAt: r.created_at,
});

/** Deliveries: the outbox of accepted messages, one row per receiving party. */
export class DeliveryRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * A new pending delivery. A webhook delivery is stamped as handed to the queue, because
   * the caller enqueues it right after commit; if that fails it calls releaseClaims.
   */
  async create(messageId: string, partyId: string, channel: DeliveryChannel): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO deliveries (message_id, party_id, channel, enqueued_at)
       VALUES ($1, $2, $3, CASE WHEN $3 = 'webhook' THEN now() END) RETURNING id`,
      [messageId, partyId, channel],
    );
    return rows[0]!.id;
  }

  /**
   * Claims pending webhook deliveries for the queue: those never handed over, and those
   * handed over longer than `staleSeconds` ago (their job may have been lost with Redis).
   * Claiming stamps enqueued_at, so concurrent relays take different rows.
   */
  async claimForQueue(limit: number, staleSeconds: number): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `UPDATE deliveries SET enqueued_at = now()
       WHERE id IN (
         SELECT id FROM deliveries
         WHERE status = 'pending' AND channel = 'webhook'
           AND (enqueued_at IS NULL OR enqueued_at < now() - make_interval(secs => $2))
         ORDER BY created_at LIMIT $1
         FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [limit, staleSeconds],
    );
    return rows.map((r) => r.id);
  }

  /** Gives back a claim that could not be enqueued (Redis down), so the next relay run retries it at once. */
  async releaseClaims(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.db.query('UPDATE deliveries SET enqueued_at = NULL WHERE id = ANY($1) AND status = $2', [ids, 'pending']);
  }

  async findWork(id: string): Promise<DeliveryWork | undefined> {
    const { rows } = await this.db.query<DeliveryRow & {
      message_type: string | null; raw: Buffer; code: string; webhook_url: string | null; webhook_secret: string | null;
      made_by_gateway: boolean; in_reply_to: string | null; rejected_prestaties: string | null; declaratie_antwoord: string | null;
    }>(
      `SELECT d.*, m.message_type, m.raw, m.made_by_gateway, m.in_reply_to, p.code, p.webhook_url, p.webhook_secret,
              CASE WHEN m.message_type = 'WMO323' THEN
                (SELECT count(*) FROM prestaties pr JOIN declaraties dc ON dc.id = pr.declaratie_id
                  WHERE dc.message_id = m.id AND pr.afgewezen_door = 'gateway') END AS rejected_prestaties,
              CASE WHEN m.message_type = 'WMO323' THEN
                (SELECT r.id FROM messages r WHERE r.in_reply_to = m.id AND r.made_by_gateway AND r.message_type = 'WMO325' LIMIT 1) END AS declaratie_antwoord
       FROM deliveries d JOIN messages m ON m.id = d.message_id JOIN parties p ON p.id = d.party_id WHERE d.id = $1`,
      [id],
    );
    const r = rows[0];
    return (
      r && {
        ...toDelivery(r),
        messageType: r.message_type,
        raw: await openBytesInTurns(r.raw),
        partyCode: r.code,
        webhookUrl: r.webhook_url,
        webhookSecret: r.webhook_secret === null ? null : openText(r.webhook_secret),
        madeByGateway: r.made_by_gateway,
        inReplyTo: r.in_reply_to,
        declaratieVerdict: r.rejected_prestaties === null ? null : { rejectedPrestaties: Number(r.rejected_prestaties), declaratieAntwoord: r.declaratie_antwoord },
      }
    );
  }

  async findById(id: string): Promise<Delivery | undefined> {
    const { rows } = await this.db.query<DeliveryRow>('SELECT * FROM deliveries WHERE id = $1', [id]);
    return rows[0] && toDelivery(rows[0]);
  }

  async forMessage(messageId: string): Promise<Delivery[]> {
    const { rows } = await this.db.query<DeliveryRow>('SELECT * FROM deliveries WHERE message_id = $1 ORDER BY created_at', [messageId]);
    return rows.map(toDelivery);
  }

  /**
   * Records an attempt as started, before anything is sent: its number, or undefined when the
   * delivery is no longer pending. An earlier attempt still 'started' was cut off (its worker
   * died after or during its POST) and becomes 'interrupted'; so a POST repeated after a crash
   * is the next attempt (X-Iwmo-Delivery-Attempt), and the history shows both.
   */
  async beginAttempt(deliveryId: string): Promise<number | undefined> {
    const { rows } = await this.db.query<{ attempt: number }>(
      `WITH counted AS (
         UPDATE deliveries SET attempts = attempts + 1 WHERE id = $1 AND status = 'pending' RETURNING id, attempts
       ), cut_off AS (
         UPDATE delivery_attempts SET outcome = 'interrupted' WHERE delivery_id = $1 AND outcome = 'started' AND EXISTS (SELECT 1 FROM counted)
       )
       INSERT INTO delivery_attempts (delivery_id, attempt, outcome) SELECT id, attempts, 'started' FROM counted RETURNING attempt`,
      [deliveryId],
    );
    return rows[0]?.attempt;
  }

  /** The answer of an attempt: the started row gets its outcome (inserted when it was never started, as before migration 012). */
  async recordAttempt(deliveryId: string, a: Omit<DeliveryAttempt, 'at'>): Promise<void> {
    const { rowCount } = await this.db.query(
      `UPDATE delivery_attempts SET outcome = $3, http_status = $4, error = $5, duration_ms = $6
       WHERE delivery_id = $1 AND attempt = $2 AND outcome = 'started'`,
      [deliveryId, a.attempt, a.outcome, a.httpStatus, a.error, a.durationMs],
    );
    if (rowCount === 0) {
      await this.db.query(
        `INSERT INTO delivery_attempts (delivery_id, attempt, outcome, http_status, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)`,
        [deliveryId, a.attempt, a.outcome, a.httpStatus, a.error, a.durationMs],
      );
    }
    await this.db.query('UPDATE deliveries SET attempts = GREATEST(attempts, $2), last_error = $3 WHERE id = $1', [deliveryId, a.attempt, a.error]);
  }

  async attempts(deliveryId: string): Promise<DeliveryAttempt[]> {
    const { rows } = await this.db.query<{ attempt: number; at: Date; outcome: DeliveryAttempt['outcome']; http_status: number | null; error: string | null; duration_ms: number | null }>(
      'SELECT attempt, at, outcome, http_status, error, duration_ms FROM delivery_attempts WHERE delivery_id = $1 ORDER BY id',
      [deliveryId],
    );
    return rows.map((r) => ({ attempt: r.attempt, at: r.at, outcome: r.outcome, httpStatus: r.http_status, error: r.error, durationMs: r.duration_ms }));
  }

  /** Marks it delivered when still pending; false when another run got there first. */
  /**
   * A delivered attempt recorded in one statement (no transaction, one round trip, as the worker's
   * hot path wants): the attempt's outcome (its started row, or a new row when it never started),
   * the delivery's attempts, and, when it was still pending, the delivery marked delivered with the
   * message's 'delivered' event. Whether that last step happened is the answer.
   */
  async recordDelivered(deliveryId: string, a: Omit<DeliveryAttempt, 'at'>, event: Record<string, unknown>): Promise<boolean> {
    const { rows } = await this.db.query<{ message_id: string }>(
      `WITH started AS (
         UPDATE delivery_attempts SET outcome = $3, http_status = $4, error = $5, duration_ms = $6
         WHERE delivery_id = $1 AND attempt = $2 AND outcome = 'started' RETURNING id
       ), unstarted AS (
         INSERT INTO delivery_attempts (delivery_id, attempt, outcome, http_status, error, duration_ms)
         SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM started)
       ), delivery AS (
         UPDATE deliveries d
            SET attempts = GREATEST(d.attempts, $2), last_error = $5,
                status = CASE WHEN before.status = 'pending' THEN 'delivered' ELSE d.status END,
                delivered_at = CASE WHEN before.status = 'pending' THEN now() ELSE d.delivered_at END
           FROM (SELECT id, status FROM deliveries WHERE id = $1 FOR UPDATE) before
          WHERE d.id = before.id
         RETURNING d.message_id, before.status AS was
       )
       INSERT INTO message_events (message_id, event, detail)
       SELECT message_id, 'delivered', $7 FROM delivery WHERE was = 'pending' RETURNING message_id`,
      [deliveryId, a.attempt, a.outcome, a.httpStatus, a.error, a.durationMs, JSON.stringify(event)],
    );
    return rows.length > 0;
  }

  async markDelivered(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`UPDATE deliveries SET status = 'delivered', delivered_at = now() WHERE id = $1 AND status = 'pending'`, [id]);
    return rowCount > 0;
  }

  async markDead(id: string, error: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`UPDATE deliveries SET status = 'dead', last_error = $2 WHERE id = $1 AND status = 'pending'`, [id, error]);
    return rowCount > 0;
  }

  /**
   * Dead-letters a pending webhook delivery (the worker gave up on it); the message it
   * carries, so the caller can record the event, or undefined when it was not pending.
   */
  async deadLetter(id: string, error: string): Promise<{ messageId: string } | undefined> {
    const { rows } = await this.db.query<{ message_id: string }>(
      `UPDATE deliveries SET status = 'dead', last_error = $2 WHERE id = $1 AND status = 'pending' AND channel = 'webhook' RETURNING message_id`,
      [id, error],
    );
    return rows[0] && { messageId: rows[0].message_id };
  }

  /** Puts a dead-lettered delivery back in the queue's hands (operator action). */
  async requeue(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`UPDATE deliveries SET status = 'pending', enqueued_at = NULL, last_error = NULL WHERE id = $1 AND status = 'dead'`, [id]);
    return rowCount > 0;
  }

  async listByStatus(status: DeliveryFilter, limit = 100): Promise<Delivery[]> {
    const { rows } = status === 'delayed'
      ? await this.db.query<DeliveryRow>(`SELECT * FROM deliveries WHERE status = 'pending' AND channel = 'webhook' AND attempts > 0 ORDER BY created_at LIMIT $1`, [limit])
      : await this.db.query<DeliveryRow>('SELECT * FROM deliveries WHERE status = $1 ORDER BY created_at LIMIT $2', [status, limit]);
    return rows.map(toDelivery);
  }

  async countByStatus(): Promise<Record<string, number>> {
    const { rows } = await this.db.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM deliveries GROUP BY status');
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** The party's mailbox: messages waiting to be fetched and acknowledged. */
  async mailbox(partyId: string, limit: number): Promise<MailboxItem[]> {
    const { rows } = await this.db.query<{ id: string; message_id: string; message_type: string | null; afzender: string | null; identificatie: string | null; status: DeliveryStatus; created_at: Date }>(
      `SELECT d.id, d.message_id, m.message_type, m.afzender, m.identificatie, d.status, d.created_at
       FROM deliveries d JOIN messages m ON m.id = d.message_id
       WHERE d.party_id = $1 AND d.channel = 'mailbox' AND d.status IN ('pending', 'fetched', 'delivered')
       ORDER BY d.created_at LIMIT $2`,
      [partyId, limit],
    );
    return rows.map((r) => ({ deliveryId: r.id, messageId: r.message_id, messageType: r.message_type, afzender: r.afzender, identificatie: r.identificatie, status: r.status, createdAt: r.created_at }));
  }

  /**
   * Acknowledges a mailbox delivery of this party: undefined when it is not theirs; `changed`
   * false when it was acknowledged before (the ack is idempotent and changes nothing then).
   */
  async ack(partyId: string, deliveryId: string): Promise<{ delivery: Delivery; changed: boolean } | undefined> {
    const { rows } = await this.db.query<DeliveryRow>(
      `UPDATE deliveries SET status = 'acked', acked_at = now()
       WHERE id = $1 AND party_id = $2 AND channel = 'mailbox' AND status IN ('pending', 'fetched', 'delivered') RETURNING *`,
      [deliveryId, partyId],
    );
    if (rows[0]) return { delivery: toDelivery(rows[0]), changed: true };
    const before = await this.db.query<DeliveryRow>(`SELECT * FROM deliveries WHERE id = $1 AND party_id = $2 AND channel = 'mailbox' AND status = 'acked'`, [deliveryId, partyId]);
    return before.rows[0] && { delivery: toDelivery(before.rows[0]), changed: false };
  }

  /** Marks this party's mailbox deliveries of a message fetched (its XML was read); the ids that changed. */
  async markFetched(partyId: string, messageId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `UPDATE deliveries SET status = 'fetched' WHERE message_id = $1 AND party_id = $2 AND channel = 'mailbox' AND status = 'pending' RETURNING id`,
      [messageId, partyId],
    );
    return rows.map((r) => r.id);
  }

  /** Whether the message was routed to this party (a delivery of it, e.g. the gemeente's copy of the gateway's 325). */
  async deliveredTo(messageId: string, partyId: string): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM deliveries WHERE message_id = $1 AND party_id = $2 LIMIT 1', [messageId, partyId]);
    return rows.length > 0;
  }
}
