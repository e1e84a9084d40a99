import { hkdfSync, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FieldCipher, FieldCipherError, type MasterKey } from './field-cipher';
import { LookupKey } from './lookup-key';

/** Where the master keys come from (AppConfig's encryption settings). */
export interface KeySource {
  /** ENCRYPTION_KEYS: "id:base64key,id:base64key", the first one active */
  encryptionKeys?: string;
  /** ENCRYPTION_KEY_FILE: a JSON file {"active": "id", "keys": {"id": "base64key"}} */
  encryptionKeyFile?: string;
  /** ENCRYPTION_LOOKUP_KEY: base64 of 32 bytes, the key of the lookup hashes (else the key file's "lookupKey") */
  encryptionLookupKey?: string;
  /** DATA_DIR, where a development key file is made when neither is set */
  dataDir: string;
}

/** The file of master keys: which one is active, and every key still needed to open older rows. */
export interface KeyFile {
  active: string;
  keys: Record<string, string>;
  /** the key of the lookup hashes (base64 of 32 bytes); it never rotates */
  lookupKey?: string;
}

/** The development key file the gateway makes under DATA_DIR when no key is configured. */
export const DEV_KEY_FILE = 'encryption-keys.json';

/**
 * The cipher for the configured master keys. Without ENCRYPTION_KEYS and ENCRYPTION_KEY_FILE a
 * development key file under DATA_DIR is read, or made (exclusively, so processes sharing the
 * DATA_DIR agree on one key), and `warn` is told: that key lies next to the data it protects.
 */
export function loadFieldCipher(source: KeySource, warn: (message: string) => void = () => undefined): FieldCipher {
  if (source.encryptionKeys) return cipherOf(parseKeyList(source.encryptionKeys), 'ENCRYPTION_KEYS');
  if (source.encryptionKeyFile) return cipherOf(readKeyFile(source.encryptionKeyFile), source.encryptionKeyFile);
  const path = join(source.dataDir, DEV_KEY_FILE);
  const file = readOrMakeDevKeyFile(path);
  warn(
    `personal data is encrypted with the development key in ${path}, next to the data; ` +
      'set ENCRYPTION_KEY_FILE (or ENCRYPTION_KEYS) to keys kept elsewhere before real use (docs/encryption.md)',
  );
  return cipherOf(file, path);
}

/**
 * The key of the lookup hashes (bsn_hash): ENCRYPTION_LOOKUP_KEY, else the "lookupKey" of the key
 * file. Master keys given as ENCRYPTION_KEYS, or a key file without one, need it set: deriving it
 * from a master key would tie it to a key that is meant to be rotated away. The development key
 * file gets one: made with the file, or added to an older file (derived from its active key, so
 * processes adding it at once write the same value).
 */
export function loadLookupKey(source: KeySource): LookupKey {
  if (source.encryptionLookupKey) return lookupKeyOf(source.encryptionLookupKey, 'ENCRYPTION_LOOKUP_KEY');
  const hint = 'a lookup key (32 random bytes, base64, e.g. the key `iwmo admin keys generate` prints) that stays the same when master keys rotate (docs/encryption.md)';
  if (source.encryptionKeys) throw new FieldCipherError(`ENCRYPTION_KEYS is set, so ENCRYPTION_LOOKUP_KEY must be set too: ${hint}.`);
  if (source.encryptionKeyFile) {
    const file = readKeyFile(source.encryptionKeyFile);
    if (file.lookupKey === undefined) throw new FieldCipherError(`${source.encryptionKeyFile}: add "lookupKey" to the key file, or set ENCRYPTION_LOOKUP_KEY: ${hint}.`);
    return lookupKeyOf(file.lookupKey, `${source.encryptionKeyFile} ("lookupKey")`);
  }
  const path = join(source.dataDir, DEV_KEY_FILE);
  const file = readOrMakeDevKeyFile(path);
  return lookupKeyOf(file.lookupKey ?? addDevLookupKey(path, file), path);
}

function lookupKeyOf(base64: string, where: string): LookupKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new FieldCipherError(`${where}: the lookup key must be base64 of 32 bytes (256 bits), not ${key.length} bytes.`);
  return new LookupKey(key);
}

/** Adds a lookup key to a development key file from before lookup keys (replaced atomically, mode 0600). */
function addDevLookupKey(path: string, file: KeyFile): string {
  const active = Buffer.from(file.keys[file.active] ?? '', 'base64');
  if (active.length !== 32) throw new FieldCipherError(`${path}: the active encryption key "${file.active}" is not a 32-byte key, so no lookup key can be added.`);
  const lookupKey = Buffer.from(hkdfSync('sha256', active, Buffer.alloc(0), 'iwmo development lookup key', 32)).toString('base64');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, `${JSON.stringify({ ...raw, lookupKey }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
  return lookupKey;
}

/** A new master key as a key file holds it: 256 random bits, base64. */
export const newMasterKey = (): string => randomBytes(32).toString('base64');

function cipherOf(file: KeyFile, where: string): FieldCipher {
  const keys: MasterKey[] = Object.entries(file.keys).map(([id, key]) => ({ id, key: Buffer.from(key, 'base64') }));
  const active = keys.find((k) => k.id === file.active);
  if (!active) throw new FieldCipherError(`${where}: the active encryption key "${file.active}" is not among its keys (${Object.keys(file.keys).join(', ') || 'none'}).`);
  return new FieldCipher(active, keys);
}

function parseKeyList(list: string): KeyFile {
  const keys: Record<string, string> = {};
  let active: string | undefined;
  for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = item.indexOf(':');
    if (at < 1) throw new FieldCipherError('ENCRYPTION_KEYS must be "id:base64key,id:base64key" (the first one active).');
    const id = item.slice(0, at);
    keys[id] = item.slice(at + 1);
    active ??= id;
  }
  if (!active) throw new FieldCipherError('ENCRYPTION_KEYS is empty.');
  return { active, keys };
}

function readKeyFile(path: string): KeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new FieldCipherError(`${path}: cannot read the encryption key file (${(error as Error).message}).`);
  }
  const file = parsed as Partial<KeyFile>;
  if (typeof file.active !== 'string' || typeof file.keys !== 'object' || file.keys === null) {
    throw new FieldCipherError(`${path}: an encryption key file is {"active": "<id>", "keys": {"<id>": "<base64 key>"}}.`);
  }
  if (file.lookupKey !== undefined && typeof file.lookupKey !== 'string') throw new FieldCipherError(`${path}: "lookupKey" is a base64 string.`);
  return { active: file.active, keys: file.keys as Record<string, string>, lookupKey: file.lookupKey };
}

function readOrMakeDevKeyFile(path: string): KeyFile {
  try {
    return readKeyFile(path);
  } catch (error) {
    if ((error as Error).message.includes('ENOENT') === false) throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  const id = `dev-${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, `${JSON.stringify({ active: id, keys: { [id]: newMasterKey() }, lookupKey: newMasterKey() } satisfies KeyFile, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(temp, path); // fails when another process made it first: then theirs holds
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return readKeyFile(path);
}
