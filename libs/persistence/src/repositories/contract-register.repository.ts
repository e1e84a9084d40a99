/**
 * The versions of the contract register (migration 004): the only SQL of the register.
 * Versions are append-only (a trigger refuses UPDATE and DELETE); a new version is numbered
 * under a transaction-scoped advisory lock, so two processes never store the same number.
 */
import type { Database, Queryable } from '../database';

export interface ContractVersionRow {
  version: number;
  checksum: string;
  illustrative: boolean;
  reason: string;
  createdBy: string;
  createdAt: Date;
  basedOn: number | null;
}

export interface ContractDocumentRow extends ContractVersionRow {
  /** the stored JSON text */
  documentText: string;
}

export interface NewContractVersion {
  documentText: string;
  checksum: string;
  illustrative: boolean;
  reason: string;
  createdBy: string;
  basedOn: number | null;
}

interface Row {
  version: number;
  checksum: string;
  illustrative: boolean;
  reason: string;
  created_by: string;
  created_at: Date;
  based_on: number | null;
  document?: string;
}

const COLUMNS = 'version, checksum, illustrative, reason, created_by, created_at, based_on';
// One key for "numbering register versions", apart from the migration runner's.
const LOCK = "SELECT pg_advisory_xact_lock(hashtext('iwmo.contract_register_versions'))";

const versionOf = (r: Row): ContractVersionRow => ({
  version: Number(r.version), checksum: r.checksum, illustrative: r.illustrative, reason: r.reason, createdBy: r.created_by, createdAt: r.created_at,
  basedOn: r.based_on === null ? null : Number(r.based_on),
});
const documentOf = (r: Row): ContractDocumentRow => ({ ...versionOf(r), documentText: r.document! });

export class ContractRegisterRepository {
  constructor(private readonly db: Database) {}

  /** The highest version number, or undefined when none is stored. */
  async latestVersion(q: Queryable = this.db): Promise<number | undefined> {
    const { rows } = await q.query<{ version: number | null }>('SELECT max(version) AS version FROM contract_register_versions');
    return rows[0]?.version == null ? undefined : Number(rows[0].version);
  }

  async latest(): Promise<ContractDocumentRow | undefined> {
    const { rows } = await this.db.query<Row>(`SELECT ${COLUMNS}, document::text AS document FROM contract_register_versions ORDER BY version DESC LIMIT 1`);
    return rows[0] && documentOf(rows[0]);
  }

  async get(version: number): Promise<ContractDocumentRow | undefined> {
    const { rows } = await this.db.query<Row>(`SELECT ${COLUMNS}, document::text AS document FROM contract_register_versions WHERE version = $1`, [version]);
    return rows[0] && documentOf(rows[0]);
  }

  /** Every version without its document, newest first. */
  async list(): Promise<ContractVersionRow[]> {
    const { rows } = await this.db.query<Row>(`SELECT ${COLUMNS} FROM contract_register_versions ORDER BY version DESC`);
    return rows.map(versionOf);
  }

  async versionsWithChecksum(checksum: string): Promise<number[]> {
    const { rows } = await this.db.query<{ version: number }>('SELECT version FROM contract_register_versions WHERE checksum = $1 ORDER BY version', [checksum]);
    return rows.map((r) => Number(r.version));
  }

  /**
   * Stores the next version. `decide` sees the latest version number under the lock and may
   * throw (a conflict) or return false (nothing to store); the number is latest + 1.
   */
  async append(entry: NewContractVersion, decide: (latest: number | undefined) => boolean = () => true): Promise<ContractVersionRow | undefined> {
    return this.db.transaction(async (tx) => {
      await tx.query(LOCK);
      const latest = await this.latestVersion(tx);
      if (!decide(latest)) return undefined;
      const { rows } = await tx.query<Row>(
        `INSERT INTO contract_register_versions (version, document, checksum, illustrative, reason, created_by, based_on)
         VALUES ($1, $2::json, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [(latest ?? 0) + 1, entry.documentText, entry.checksum, entry.illustrative, entry.reason, entry.createdBy, entry.basedOn],
      );
      return versionOf(rows[0]!);
    });
  }
}
