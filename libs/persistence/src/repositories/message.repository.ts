import type { Queryable } from '../database';
import { openBytesInTurns, sealBytesInTurns } from '../crypto';

export type MessageStatus = 'accepted' | 'rejected';

/** What the gateway knows of a message besides its bytes. */
interface MessageFacts {
  id: string;
  messageType: string | null;
  kind: 'heen' | 'retour' | null;
  /** the party that submitted it; null for retourberichten the gateway made */
  submittedBy: string | null;
  /** the party it is routed to */
  recipientId: string | null;
  afzender: string | null;
  ontvanger: string | null;
  identificatie: string | null;
  dagtekening: string | null;
  status: MessageStatus;
  inReplyTo: string | null;
  madeByGateway: boolean;
}

export interface NewMessage extends MessageFacts {
  retourcodes: readonly string[];
  errors: readonly unknown[];
  raw: Buffer;
  sha256: string;
}

export interface StoredMessage extends MessageFacts {
  retourcodes: string[];
  errors: unknown[];
  sizeBytes: number;
  receivedAt: Date;
  /** the retourbericht the gateway made for it, if any */
  retourId: string | null;
}

export interface MessageEvent {
  at: Date;
  event: string;
  detail: Record<string, unknown>;
}

interface MessageRow {
  id: string;
  message_type: string | null;
  kind: 'heen' | 'retour' | null;
  submitted_by: string | null;
  recipient_id: string | null;
  afzender: string | null;
  ontvanger: string | null;
  identificatie: string | null;
  dagtekening: string | null;
  status: MessageStatus;
  retourcodes: string[];
  errors: unknown[];
  size_bytes: number;
  in_reply_to: string | null;
  made_by_gateway: boolean;
  received_at: Date;
  retour_id: string | null;
}

const COLUMNS = `m.id, m.message_type, m.kind, m.submitted_by, m.recipient_id, m.afzender, m.ontvanger, m.identificatie,
  m.dagtekening, m.status, m.retourcodes, m.errors, m.size_bytes, m.in_reply_to, m.made_by_gateway, m.received_at,
  (SELECT r.id FROM messages r WHERE r.in_reply_to = m.id AND r.made_by_gateway LIMIT 1) AS retour_id`;

const toMessage = (r: MessageRow): StoredMessage => ({
  id: r.id,
  messageType: r.message_type,
  kind: r.kind,
  submittedBy: r.submitted_by,
  recipientId: r.recipient_id,
  afzender: r.afzender,
  ontvanger: r.ontvanger,
  identificatie: r.identificatie,
  dagtekening: r.dagtekening,
  status: r.status,
  retourcodes: r.retourcodes,
  errors: r.errors,
  sizeBytes: r.size_bytes,
  inReplyTo: r.in_reply_to,
  madeByGateway: r.made_by_gateway,
  receivedAt: r.received_at,
  retourId: r.retour_id,
});

/** PostgreSQL's unique_violation, raised by the TR056 index when two copies race. */
export const UNIQUE_VIOLATION = '23505';

/** Messages as received (raw bytes kept exactly, sealed at rest: libs/persistence/src/crypto), their header facts and their status history. */
export class MessageRepository {
  constructor(private readonly db: Queryable) {}

  async insert(m: NewMessage): Promise<void> {
    // A body of 25 MB takes a few hundred ms to seal: in turns, so other requests are served meanwhile.
    const raw = await sealBytesInTurns(m.raw);
    await this.db.query(
      `INSERT INTO messages (id, message_type, kind, submitted_by, recipient_id, afzender, ontvanger, identificatie, dagtekening,
         status, retourcodes, errors, raw, size_bytes, sha256, in_reply_to, made_by_gateway)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        m.id, m.messageType, m.kind, m.submittedBy, m.recipientId, m.afzender, m.ontvanger, m.identificatie, m.dagtekening,
        m.status, m.retourcodes, JSON.stringify(m.errors), raw, m.raw.length, m.sha256, m.inReplyTo, m.madeByGateway,
      ],
    );
  }

  async addEvent(messageId: string, event: string, detail: Record<string, unknown> = {}): Promise<void> {
    await this.db.query('INSERT INTO message_events (message_id, event, detail) VALUES ($1, $2, $3)', [messageId, event, JSON.stringify(detail)]);
  }

  async addEvents(messageId: string, events: ReadonlyArray<{ event: string; detail?: Record<string, unknown> }>): Promise<void> {
    for (const e of events) await this.addEvent(messageId, e.event, e.detail);
  }

  async findById(id: string): Promise<StoredMessage | undefined> {
    const { rows } = await this.db.query<MessageRow>(`SELECT ${COLUMNS} FROM messages m WHERE m.id = $1`, [id]);
    return rows[0] && toMessage(rows[0]);
  }

  async raw(id: string): Promise<Buffer | undefined> {
    const { rows } = await this.db.query<{ raw: Buffer }>('SELECT raw FROM messages WHERE id = $1', [id]);
    return rows[0] && openBytesInTurns(rows[0].raw);
  }

  async events(id: string): Promise<MessageEvent[]> {
    const { rows } = await this.db.query<MessageEvent>('SELECT at, event, detail FROM message_events WHERE message_id = $1 ORDER BY id', [id]);
    return rows;
  }

  /**
   * The accepted heenbericht a retourbericht answers (by type, Afzender, Identificatie and
   * Dagtekening; the TR056 index finds it), its Ontvanger, and whether a party answered it already.
   */
  async heenbericht(messageType: string, afzender: string, identificatie: string, dagtekening: string): Promise<{ id: string; ontvanger: string; answered: boolean } | undefined> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dagtekening)) return undefined;
    const { rows } = await this.db.query<{ id: string; ontvanger: string; answered: boolean }>(
      `SELECT h.id, h.ontvanger,
              EXISTS (SELECT 1 FROM messages r WHERE r.in_reply_to = h.id AND r.status = 'accepted' AND NOT r.made_by_gateway) AS answered
         FROM messages h
        WHERE h.afzender = $1 AND h.message_type = $2 AND h.identificatie = $3 AND h.status = 'accepted' AND NOT h.made_by_gateway
          AND h.dagtekening = $4::date
        LIMIT 1`,
      [afzender, messageType, identificatie, dagtekening],
    );
    return rows[0];
  }

  /** TR056 state: has this Afzender an accepted message of this type with this Identificatie? */
  async identificatieUsed(afzender: string, messageType: string, identificatie: string): Promise<boolean> {
    const { rows } = await this.db.query(
      `SELECT 1 FROM messages WHERE afzender = $1 AND message_type = $2 AND identificatie = $3 AND status = 'accepted' AND NOT made_by_gateway LIMIT 1`,
      [afzender, messageType, identificatie],
    );
    return rows.length > 0;
  }
}
