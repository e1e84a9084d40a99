/**
 * The contract register as versions in the database: every save validates the whole document
 * with ContractRegister.fromJson (refused with every problem listed) and appends the next
 * version; nothing is changed in place. Version 1 comes from CONTRACTS_FILE when the table is
 * empty (`seedFromFile`, at gateway start). Changes (contract-operations.ts) are derived from the
 * latest version and stored as the next one; a change that races another is applied again on
 * the newer version.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { text, type Text } from '@lib/i18n';
import { ContractRegister, ContractRegisterError, problemAt } from '@lib/rules';
import { loadContractRegister } from './contract-register-file';
import type { Database } from '@lib/persistence';
import { diffRegisters, type ContractChange } from './contract-diff';
import type { RegisterDocument } from './contract-operations';
import { ContractRegisterRepository, type ContractVersionRow } from '@lib/persistence';
import { ContractRegisterRejected, ContractVersionConflict, ContractVersionNotFound } from './errors';

export type ContractVersion = ContractVersionRow;

/** A stored version with its document and the register the rules read from it. */
export interface StoredContractVersion extends ContractVersion {
  readonly document: RegisterDocument;
  readonly register: ContractRegister;
}

export interface SaveMeta {
  /** why: shown in the version list */
  reason: string;
  /** who: "admin", "cli", "CONTRACTS_FILE", ... */
  by: string;
  /** the version the document was made from; saving fails with ContractVersionConflict when another version came after it */
  basedOn?: number;
}

export interface ChangeResult {
  /** the new version, or the latest when the change made no difference */
  version: StoredContractVersion;
  /** false when the change made no difference, so no version was added */
  saved: boolean;
  /** what changed, in plain words */
  changes: ContractChange[];
}

const checksumOf = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');
const ATTEMPTS = 3;

export class ContractRegisterStore {
  private readonly repository: ContractRegisterRepository;

  constructor(db: Database) {
    this.repository = new ContractRegisterRepository(db);
  }

  /** Validates the document and stores it as the next version; ContractRegisterRejected lists every problem. */
  async save(document: unknown, meta: SaveMeta): Promise<StoredContractVersion> {
    const problems: Text[] = [];
    if (typeof meta.reason !== 'string' || meta.reason.trim() === '') problems.push(problemAt('reason', text('funding.contracts.reason-missing')));
    let register: ContractRegister | undefined;
    try {
      register = ContractRegister.fromJson(document);
    } catch (error) {
      if (!(error instanceof ContractRegisterError)) throw error;
      problems.push(...error.problems);
    }
    if (problems.length > 0 || !register) throw new ContractRegisterRejected(problems);

    const documentText = JSON.stringify(document);
    const row = await this.repository.append(
      { documentText, checksum: checksumOf(documentText), illustrative: register.illustrative, reason: meta.reason.trim(), createdBy: meta.by, basedOn: meta.basedOn ?? null },
      (latest) => {
        if (meta.basedOn !== undefined && meta.basedOn !== (latest ?? 0)) throw new ContractVersionConflict(meta.basedOn, latest ?? 0);
        return true;
      },
    );
    return { ...row!, document: JSON.parse(documentText) as RegisterDocument, register };
  }

  async latestVersion(): Promise<number | undefined> {
    return this.repository.latestVersion();
  }

  async latest(): Promise<StoredContractVersion | undefined> {
    const row = await this.repository.latest();
    return row && stored(row);
  }

  async get(version: number): Promise<StoredContractVersion> {
    const row = Number.isSafeInteger(version) ? await this.repository.get(version) : undefined;
    if (!row) throw new ContractVersionNotFound(version, await this.repository.latestVersion());
    return stored(row);
  }

  /** Every version, newest first, without documents. */
  async versions(): Promise<ContractVersion[]> {
    return this.repository.list();
  }

  /** What changed from one version to another, in plain words. */
  async diff(from: number, to: number): Promise<ContractChange[]> {
    const [a, b] = await Promise.all([this.get(from), this.get(to)]);
    return diffRegisters(a.register, b.register);
  }

  /**
   * Applies a change to the latest version and stores the result as the next version, with what
   * changed. When another version was saved in between, the change is applied again to that one.
   */
  async change(apply: (document: RegisterDocument) => RegisterDocument, meta: Omit<SaveMeta, 'basedOn'>): Promise<ChangeResult> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.latest();
      if (!current) throw new ContractVersionNotFound(1, undefined);
      const next = apply(current.document);
      let register: ContractRegister;
      try {
        register = ContractRegister.fromJson(next);
      } catch (error) {
        if (error instanceof ContractRegisterError) throw new ContractRegisterRejected(error.problems, text('funding.contracts.what.changed'));
        throw error;
      }
      const changes = diffRegisters(current.register, register);
      if (changes.length === 0) return { version: current, saved: false, changes };
      try {
        return { version: await this.save(next, { ...meta, basedOn: current.version }), saved: true, changes };
      } catch (error) {
        if (!(error instanceof ContractVersionConflict) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  /**
   * At start: with no version stored, the file (validated; ContractRegisterError lists its
   * problems) becomes version 1. With versions stored the database is the register; `fileIsStored`
   * says whether the file is one of its versions, so a changed file can be pointed out.
   */
  async seedFromFile(file: string): Promise<{ seeded: boolean; latest: StoredContractVersion; fileIsStored: boolean | undefined }> {
    if ((await this.repository.latestVersion()) === undefined) {
      const register = loadContractRegister(file);
      const documentText = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
      const row = await this.repository.append(
        { documentText, checksum: checksumOf(documentText), illustrative: register.illustrative, reason: `seeded from ${file}`, createdBy: 'CONTRACTS_FILE', basedOn: null },
        (latest) => latest === undefined,
      );
      if (row) return { seeded: true, latest: (await this.latest())!, fileIsStored: true };
    }
    let fileIsStored: boolean | undefined;
    try {
      fileIsStored = (await this.repository.versionsWithChecksum(checksumOf(JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))))).length > 0;
    } catch {
      fileIsStored = undefined;
    }
    return { seeded: false, latest: (await this.latest())!, fileIsStored };
  }
}

function stored(row: { documentText: string } & ContractVersion): StoredContractVersion {
  const { documentText, ...version } = row;
  const document = JSON.parse(documentText) as RegisterDocument;
  // Stored versions were valid when saved; a version the current code no longer accepts is named by number.
  return { ...version, document, register: ContractRegister.fromJson(document, text('funding.register.source.version', { version: row.version })) };
}
