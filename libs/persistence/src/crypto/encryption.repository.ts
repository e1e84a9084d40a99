import type { Database } from '../database';
import { fieldCipher, keyIdOfText, rewrapBytes, rewrapText, sealBsn } from './index';

/** How many stored values lie under which master key ('plain': from before encryption). */
export interface EncryptionCounts {
  activeKeyId: string;
  messages: Record<string, number>;
  webhookSecrets: Record<string, number>;
  /** the BSNs of the state tables (bsn_sealed) and of the onderaannemers' notifications */
  bsns: Record<string, number>;
  /** the WMO323s the declaratie builder made and the merged 305/307s of onderaanneming (their xml) */
  builtMessages: Record<string, number>;
}

/** The tables that hold a client's BSN as bsn_hash + bsn_sealed (migration 013). */
export const BSN_TABLES = [
  'toegewezen_product_versions', 'start_producten', 'stop_producten', 'verzoeken', 'prestaties', 'declaratie_build_lines', 'onderaanneming_toewijzingen',
] as const;

/** A sealed text value in SQL (`value` read, `assign` writing t.value), keyed by an orderable id. */
interface SealedText {
  readonly table: string;
  readonly value: string;
  readonly assign: string;
  readonly idType: 'bigint' | 'uuid';
  readonly group: 'bsns' | 'builtMessages';
}

const SEALED_TEXTS: readonly SealedText[] = [
  ...BSN_TABLES.map((table): SealedText => ({ table, value: 'bsn_sealed', assign: 'bsn_sealed = t.value', idType: 'bigint', group: 'bsns' })),
  { table: 'onderaanneming_meldingen', value: `data->>'bsn'`, assign: `data = jsonb_set(x.data, '{bsn}', to_jsonb(t.value))`, idType: 'bigint', group: 'bsns' },
  { table: 'declaratie_builds', value: 'xml', assign: 'xml = t.value', idType: 'bigint', group: 'builtMessages' },
  { table: 'onderaanneming_berichten', value: 'xml', assign: 'xml = t.value', idType: 'uuid', group: 'builtMessages' },
];

/** The key id of a sealed text value in SQL: "enc:v1:" + base64 of the sealed bytes (100 base64 characters hold any key id). */
const keyOfText = (value: string): string => {
  const head = `decode(substring(${value} from 8 for 100), 'base64')`;
  return `CASE WHEN ${value} LIKE 'enc:v1:%' THEN convert_from(substring(${head} from 6 for get_byte(${head}, 4)), 'UTF8') ELSE 'plain' END`;
};

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
    const grouped: Pick<EncryptionCounts, 'bsns' | 'builtMessages'> = { bsns: {}, builtMessages: {} };
    const add = (group: Record<string, number>, key: string, n: number) => (group[key] = (group[key] ?? 0) + n);
    for (const t of SEALED_TEXTS) {
      const counted = await this.db.query<{ key: string; n: string }>(
        `SELECT ${keyOfText(t.value)} AS key, count(*) AS n FROM ${t.table} WHERE ${t.value} IS NOT NULL GROUP BY 1`,
      );
      for (const r of counted.rows) add(grouped[t.group], r.key, Number(r.n));
    }
    for (const table of BSN_TABLES) {
      const plain = await this.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE bsn IS NOT NULL`);
      if (Number(plain.rows[0]!.n) > 0) add(grouped.bsns, 'plain', Number(plain.rows[0]!.n));
    }
    return { activeKeyId: fieldCipher().active.id, messages: Object.fromEntries(rows.map((r) => [r.key, Number(r.n)])), webhookSecrets, ...grouped };
  }

  /**
   * Seals at most `limit` plaintext BSNs per table (rows from before migration 013): fills
   * bsn_hash and bsn_sealed and clears bsn. Returns how many; 0 when none is left.
   */
  async sealPlainBsns(limit = 500): Promise<number> {
    let sealed = 0;
    for (const table of BSN_TABLES) {
      sealed += await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string; bsn: string }>(
          `SELECT id, bsn FROM ${table} WHERE bsn IS NOT NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        if (rows.length === 0) return 0;
        const values = rows.map((r) => sealBsn(r.bsn));
        await tx.query(
          `UPDATE ${table} x SET bsn_hash = t.hash, bsn_sealed = t.sealed, bsn = NULL
             FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t (id, hash, sealed) WHERE x.id = t.id`,
          [rows.map((r) => r.id), values.map((v) => v.hash), values.map((v) => v.sealed)],
        );
        return rows.length;
      });
    }
    return sealed;
  }

  /**
   * Re-wraps the sealed texts (BSNs of the state tables, built messages) not under the active key,
   * or still plain, walking each table in id order: `cursor` says where the last call stopped (start
   * with {}); returns how many it re-wrapped and whether it reached the end of every table.
   */
  async rotateTexts(cursor: Record<string, string>, limit = 500): Promise<{ rewrapped: number; done: boolean }> {
    const active = fieldCipher().active.id;
    for (const t of SEALED_TEXTS) {
      if (cursor[t.table] === 'done') continue;
      const after = cursor[t.table];
      const rewrapped = await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string; value: string }>(
          `SELECT id, ${t.value} AS value FROM ${t.table} WHERE ${t.value} IS NOT NULL ${after === undefined ? '' : `AND id > $2::${t.idType}`}
            ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          after === undefined ? [limit] : [limit, after],
        );
        cursor[t.table] = rows.length < limit ? 'done' : rows[rows.length - 1]!.id;
        const stale = rows.filter((r) => keyIdOfText(r.value) !== active);
        if (stale.length === 0) return 0;
        await tx.query(
          `UPDATE ${t.table} x SET ${t.assign} FROM unnest($1::${t.idType}[], $2::text[]) AS t (id, value) WHERE x.id = t.id`,
          [stale.map((r) => r.id), stale.map((r) => rewrapText(r.value))],
        );
        return stale.length;
      });
      return { rewrapped, done: false };
    }
    return { rewrapped: 0, done: true };
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
