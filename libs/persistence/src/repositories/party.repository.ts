import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../database';
import { openText, sealText } from '../crypto';

export type PartyRole = 'gemeente' | 'aanbieder';
export type DeliveryChannel = 'mailbox' | 'webhook';

export interface Party {
  id: string;
  role: PartyRole;
  code: string;
  name: string;
  deliveryChannel: DeliveryChannel;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

export interface NewParty {
  role: PartyRole;
  code: string;
  name: string;
  deliveryChannel?: DeliveryChannel;
  webhookUrl?: string | null;
  webhookSecret?: string | null;
}

export interface ApiKeyInfo {
  id: string;
  partyCode: string;
  label: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

interface PartyRow {
  id: string;
  role: PartyRole;
  code: string;
  name: string;
  delivery_channel: DeliveryChannel;
  webhook_url: string | null;
  webhook_secret: string | null;
}

const toParty = (r: PartyRow): Party => ({
  id: r.id,
  role: r.role,
  code: r.code,
  name: r.name,
  deliveryChannel: r.delivery_channel,
  webhookUrl: r.webhook_url,
  webhookSecret: r.webhook_secret === null ? null : openText(r.webhook_secret),
});

/** The webhook signing secret as stored: sealed (it must stay readable for the HMAC, so it is encrypted, not hashed). */
const sealedSecret = (secret: string | null | undefined): string | null => (secret ? sealText(secret) : null);

const KEY_PATTERN = /^iwmo_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})$/;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Parties (gemeenten and aanbieders) and their API keys. */
export class PartyRepository {
  constructor(private readonly db: Queryable) {}

  async create(p: NewParty): Promise<Party> {
    const { rows } = await this.db.query<PartyRow>(
      `INSERT INTO parties (role, code, name, delivery_channel, webhook_url, webhook_secret)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [p.role, p.code, p.name, p.deliveryChannel ?? 'mailbox', p.webhookUrl ?? null, sealedSecret(p.webhookSecret)],
    );
    return toParty(rows[0]!);
  }

  /** Creates the party unless one with this code exists; returns whichever is stored. */
  async ensure(p: NewParty): Promise<Party> {
    await this.db.query(
      `INSERT INTO parties (role, code, name, delivery_channel, webhook_url, webhook_secret)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
      [p.role, p.code, p.name, p.deliveryChannel ?? 'mailbox', p.webhookUrl ?? null, sealedSecret(p.webhookSecret)],
    );
    return (await this.findByCode(p.code))!;
  }

  async findByCode(code: string): Promise<Party | undefined> {
    const { rows } = await this.db.query<PartyRow>('SELECT * FROM parties WHERE code = $1', [code]);
    return rows[0] && toParty(rows[0]);
  }

  async findById(id: string): Promise<Party | undefined> {
    const { rows } = await this.db.query<PartyRow>('SELECT * FROM parties WHERE id = $1', [id]);
    return rows[0] && toParty(rows[0]);
  }

  async list(): Promise<Party[]> {
    const { rows } = await this.db.query<PartyRow>('SELECT * FROM parties ORDER BY role, code');
    return rows.map(toParty);
  }

  async setDelivery(code: string, channel: DeliveryChannel, webhookUrl: string | null, webhookSecret: string | null): Promise<Party | undefined> {
    const { rows } = await this.db.query<PartyRow>(
      `UPDATE parties SET delivery_channel = $2, webhook_url = $3, webhook_secret = $4 WHERE code = $1 RETURNING *`,
      [code, channel, webhookUrl, sealedSecret(webhookSecret)],
    );
    return rows[0] && toParty(rows[0]);
  }

  /** A new API key for the party. The full key is returned once; only its hash is stored. */
  async createKey(partyId: string, label: string | null, key = generateApiKey()): Promise<{ id: string; key: string }> {
    const match = KEY_PATTERN.exec(key);
    if (!match) throw new Error('malformed API key');
    await this.db.query('INSERT INTO api_keys (id, party_id, secret_hash, label) VALUES ($1, $2, $3, $4)', [match[1], partyId, sha256(match[2]!), label]);
    return { id: match[1]!, key };
  }

  async revokeKey(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
    return rowCount > 0;
  }

  async listKeys(partyId: string): Promise<ApiKeyInfo[]> {
    const { rows } = await this.db.query<{ id: string; code: string; label: string | null; created_at: Date; revoked_at: Date | null }>(
      `SELECT k.id, p.code, k.label, k.created_at, k.revoked_at FROM api_keys k JOIN parties p ON p.id = k.party_id
       WHERE k.party_id = $1 ORDER BY k.created_at`,
      [partyId],
    );
    return rows.map((r) => ({ id: r.id, partyCode: r.code, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at }));
  }

  /** One key's metadata (never its secret), revoked or not. */
  async findKey(id: string): Promise<ApiKeyInfo | undefined> {
    const { rows } = await this.db.query<{ id: string; code: string; label: string | null; created_at: Date; revoked_at: Date | null }>(
      `SELECT k.id, p.code, k.label, k.created_at, k.revoked_at FROM api_keys k JOIN parties p ON p.id = k.party_id WHERE k.id = $1`,
      [id],
    );
    const r = rows[0];
    return r && { id: r.id, partyCode: r.code, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at };
  }

  /** The party owning this key, when the key is well-formed, known, not revoked and its secret matches. */
  async authenticate(key: string): Promise<{ party: Party; keyId: string } | { keyId: string | null; reason: string }> {
    const match = KEY_PATTERN.exec(key);
    if (!match) return { keyId: null, reason: 'malformed API key' };
    const { rows } = await this.db.query<PartyRow & { secret_hash: string; revoked_at: Date | null }>(
      `SELECT p.*, k.secret_hash, k.revoked_at FROM api_keys k JOIN parties p ON p.id = k.party_id WHERE k.id = $1`,
      [match[1]],
    );
    const row = rows[0];
    if (!row) return { keyId: match[1]!, reason: 'unknown API key' };
    const given = Buffer.from(sha256(match[2]!), 'hex');
    if (!timingSafeEqual(given, Buffer.from(row.secret_hash, 'hex'))) return { keyId: match[1]!, reason: 'wrong API key secret' };
    if (row.revoked_at) return { keyId: match[1]!, reason: 'revoked API key' };
    return { party: toParty(row), keyId: match[1]! };
  }
}

/** "iwmo_" + 16 alphanumeric id + "_" + 256 random bits (base64url). */
export function generateApiKey(): string {
  const id = randomBytes(8).toString('hex');
  return `iwmo_${id}_${randomBytes(32).toString('base64url')}`;
}
