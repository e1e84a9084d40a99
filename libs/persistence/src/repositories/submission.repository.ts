import type { Queryable } from '../database';
import { sealBytesInTurns } from '../crypto';
import type { NewMessage } from './message.repository';
import type { DeliveryChannel } from './party.repository';

/** A step of a message's status history, in the order it happened. */
export interface NewEvent {
  messageId: string;
  event: string;
  detail?: Record<string, unknown>;
}

/** A delivery of a message to a party, its id chosen by the caller (the events name it). */
export interface NewDelivery {
  id: string;
  messageId: string;
  partyId: string;
  channel: DeliveryChannel;
}

/** Everything one submission writes: the message (and the retourbericht the gateway made), their history, their deliveries. */
export interface Submission {
  messages: readonly NewMessage[];
  events: readonly NewEvent[];
  deliveries: readonly NewDelivery[];
}

const MESSAGE_COLUMNS = [
  'id', 'message_type', 'kind', 'submitted_by', 'recipient_id', 'afzender', 'ontvanger', 'identificatie', 'dagtekening',
  'status', 'retourcodes', 'errors', 'raw', 'size_bytes', 'sha256', 'in_reply_to', 'made_by_gateway',
] as const;
const CASTS = ['uuid', 'text', 'text', 'uuid', 'uuid', 'text', 'text', 'text', 'date', 'text', 'text[]', 'jsonb', 'bytea', 'integer', 'text', 'uuid', 'boolean'];

/**
 * A submission recorded in one statement (one round trip): the messages, then their events in
 * order and their deliveries, as data-modifying CTEs. Foreign keys are checked at the end of the
 * statement, so a retourbericht may point to the heenbericht inserted with it. The TR056 index
 * still refuses a second accepted copy with a unique violation, and nothing of the statement stays.
 */
export class SubmissionRepository {
  constructor(private readonly db: Queryable) {}

  /** The same repository on a transaction. */
  in(tx: Queryable): SubmissionRepository {
    return new SubmissionRepository(tx);
  }

  async record(submission: Submission): Promise<void> {
    const params: unknown[] = [];
    const param = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
    const rows: string[] = [];
    for (const m of submission.messages) {
      // A body of 25 MB takes a few hundred ms to seal: in turns, so other requests are served meanwhile.
      const raw = await sealBytesInTurns(m.raw);
      const values = [
        m.id, m.messageType, m.kind, m.submittedBy, m.recipientId, m.afzender, m.ontvanger, m.identificatie, m.dagtekening,
        m.status, m.retourcodes, JSON.stringify(m.errors), raw, m.raw.length, m.sha256, m.inReplyTo, m.madeByGateway,
      ];
      rows.push(`(${values.map((v, i) => param(v, CASTS[i]!)).join(', ')})`);
    }
    const events = param(JSON.stringify(submission.events.map((e) => ({ message_id: e.messageId, event: e.event, detail: e.detail ?? {} }))), 'jsonb');
    const deliveries = param(JSON.stringify(submission.deliveries.map((d) => ({ id: d.id, message_id: d.messageId, party_id: d.partyId, channel: d.channel }))), 'jsonb');
    await this.db.query(
      `WITH m AS (
         INSERT INTO messages (${MESSAGE_COLUMNS.join(', ')}) VALUES ${rows.join(', ')} RETURNING id
       ), e AS (
         INSERT INTO message_events (message_id, event, detail)
         SELECT (e.value->>'message_id')::uuid, e.value->>'event', e.value->'detail'
           FROM jsonb_array_elements(${events}) WITH ORDINALITY AS e(value, n)
          ORDER BY e.n
         RETURNING id
       ), d AS (
         INSERT INTO deliveries (id, message_id, party_id, channel, enqueued_at)
         SELECT d.id, d.message_id, d.party_id, d.channel, CASE WHEN d.channel = 'webhook' THEN now() END
           FROM jsonb_to_recordset(${deliveries}) AS d(id uuid, message_id uuid, party_id uuid, channel text)
         RETURNING id
       )
       SELECT (SELECT count(*) FROM m) AS messages, (SELECT count(*) FROM e) AS events, (SELECT count(*) FROM d) AS deliveries`,
      params,
    );
  }
}
