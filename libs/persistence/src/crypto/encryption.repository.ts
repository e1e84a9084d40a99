import type { Database } from '../database';
import { fieldCipher, keyIdOfText, rewrapBytes, rewrapText } from './index';

/** How many stored values lie under which master key ('plain': from before encryption). */
export interface EncryptionCounts {
  activeKeyId: string;
  messages: Record<string, number>;
  webhookSecrets: Record<string, number>;
}

/** The key id of a sealed bytea in SQL: "IWE1" | id length | id (see field-cipher.ts). */
const KEY_OF_RAW = `CASE WHEN octet_length(raw) > 5 AND substring(raw from 1 for 4) = '\\x49574531'::bytea
                         THEN convert_from(substring(raw from 6 for get_byte(raw, 4)), 'UTF8') ELSE 'plain' END`;

/**
 * Key rotation of personal data at rest: message bodies and webhook secrets sealed under another
 * master key than the active one (or still plain) are re-wrapped under the active key, in small
 * batches that skip rows another process holds, so it can run beside live traffic and on
 * several gateways at once. Only data keys are re-wrapped; bodies are not encrypted again.
 */
export class EncryptionRepository {
  constructor(private readonly db: Database) {}

  async counts(): Promise<EncryptionCounts> {
    const { rows } = await this.db.query<{ key: string; n: string }>(
      `SELECT ${KEY_OF_RAW} AS key, count(*) AS n FROM messages WHERE raw IS NOT NULL AND octet_length(raw) > 0 GROUP BY 1`,
    );
    const secrets = await this.db.query<{ webhook_secret: string }>('SELECT webhook_secret FROM parties WHERE webhook_secret IS NOT NULL');
    const webhookSecrets: Record<string, number> = {};
    for (const r of secrets.rows) {
      const key = keyIdOfText(r.webhook_secret) ?? 'plain';
      webhookSecrets[key] = (webhookSecrets[key] ?? 0) + 1;
    }
    return { activeKeyId: fieldCipher().active.id, messages: Object.fromEntries(rows.map((r) => [r.key, Number(r.n)])), webhookSecrets };
  }

  /** Re-wraps at most `limit` message bodies not under the active key; returns how many. */
  async rotateMessages(limit = 500): Promise<number> {
    const active = fieldCipher().active.id;
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; raw: Buffer }>(
        `SELECT id, raw FROM messages
          WHERE raw IS NOT NULL AND octet_length(raw) > 0 AND ${KEY_OF_RAW} <> $1
          LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [active, limit],
      );
      if (rows.length === 0) return 0;
      await tx.query(
        `UPDATE messages m SET raw = t.raw FROM unnest($1::uuid[], $2::bytea[]) AS t (id, raw) WHERE m.id = t.id`,
        [rows.map((r) => r.id), rows.map((r) => rewrapBytes(r.raw))],
      );
      return rows.length;
    });
  }

  /** Re-wraps every webhook secret not under the active key (parties are few); returns how many. */
  async rotateWebhookSecrets(): Promise<number> {
    const active = fieldCipher().active.id;
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string; webhook_secret: string }>('SELECT id, webhook_secret FROM parties WHERE webhook_secret IS NOT NULL FOR UPDATE');
      const stale = rows.filter((r) => keyIdOfText(r.webhook_secret) !== active);
      for (const r of stale) await tx.query('UPDATE parties SET webhook_secret = $2 WHERE id = $1', [r.id, rewrapText(r.webhook_secret)]);
      return stale.length;
    });
  }
}
