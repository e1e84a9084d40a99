import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_KEY_FILE, loadFieldCipher, loadLookupKey, newMasterKey } from './key-ring';
import { LookupKey } from './lookup-key';

const BSN = '999990019';

describe('LookupKey (HMAC-SHA256 of a Bsn, for lookups)', () => {
  it('hashes a Bsn alike every time, another Bsn otherwise, and never shows it', () => {
    const key = new LookupKey(randomBytes(32));
    expect(key.bsn(BSN)).toMatch(/^[0-9a-f]{64}$/);
    expect(key.bsn(BSN)).toBe(key.bsn(BSN));
    expect(key.bsn('999990020')).not.toBe(key.bsn(BSN));
    expect(key.bsn(BSN)).not.toContain(BSN);
  });

  it('differs per lookup key, and refuses key material that is not 256 bits', () => {
    expect(new LookupKey(randomBytes(32)).bsn(BSN)).not.toBe(new LookupKey(randomBytes(32)).bsn(BSN));
    expect(() => new LookupKey(randomBytes(16))).toThrow(/must be 32 bytes/);
  });
});

describe('loadLookupKey', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'iwmo-lookup-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stays the same when the master key rotates: the hash depends on the lookup key only', () => {
    const lookup = newMasterKey();
    const [k1, k2] = [newMasterKey(), newMasterKey()];
    const before = loadLookupKey({ encryptionKeys: `k1:${k1}`, encryptionLookupKey: lookup, dataDir: dir });
    const after = loadLookupKey({ encryptionKeys: `k2:${k2},k1:${k1}`, encryptionLookupKey: lookup, dataDir: dir });
    expect(after.bsn(BSN)).toBe(before.bsn(BSN));
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify({ active: 'k2', keys: { k1, k2 }, lookupKey: lookup }));
    expect(loadLookupKey({ encryptionKeyFile: file, dataDir: dir }).bsn(BSN)).toBe(before.bsn(BSN));
  });

  it('needs ENCRYPTION_LOOKUP_KEY with ENCRYPTION_KEYS, and "lookupKey" (or the variable) with a key file', () => {
    expect(() => loadLookupKey({ encryptionKeys: `k1:${newMasterKey()}`, dataDir: dir })).toThrow(/ENCRYPTION_KEYS is set, so ENCRYPTION_LOOKUP_KEY must be set too/);
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify({ active: 'k1', keys: { k1: newMasterKey() } }));
    expect(() => loadLookupKey({ encryptionKeyFile: file, dataDir: dir })).toThrow(/add "lookupKey" to the key file, or set ENCRYPTION_LOOKUP_KEY/);
    expect(() => loadLookupKey({ encryptionKeyFile: file, encryptionLookupKey: newMasterKey(), dataDir: dir })).not.toThrow();
    expect(() => loadLookupKey({ encryptionKeys: `k1:${newMasterKey()}`, encryptionLookupKey: 'c2hvcnQ=', dataDir: dir })).toThrow(/ENCRYPTION_LOOKUP_KEY: the lookup key must be base64 of 32 bytes/);
  });

  it('makes the development key file with a lookup key, and keeps it for the next start', () => {
    loadFieldCipher({ dataDir: dir });
    const path = join(dir, DEV_KEY_FILE);
    const stored = (JSON.parse(readFileSync(path, 'utf8')) as { lookupKey: string }).lookupKey;
    expect(Buffer.from(stored, 'base64')).toHaveLength(32);
    expect(loadLookupKey({ dataDir: dir }).bsn(BSN)).toBe(loadLookupKey({ dataDir: dir }).bsn(BSN));
    expect(loadLookupKey({ dataDir: dir }).bsn(BSN)).toBe(new LookupKey(Buffer.from(stored, 'base64')).bsn(BSN));
  });

  it('adds a lookup key to a development key file from before lookup keys: the same for every process, mode 0600', () => {
    const path = join(dir, DEV_KEY_FILE);
    const old = { active: 'dev-0001', keys: { 'dev-0001': newMasterKey() } };
    writeFileSync(path, JSON.stringify(old), { mode: 0o600 });
    const first = loadLookupKey({ dataDir: dir }).bsn(BSN);
    const file = JSON.parse(readFileSync(path, 'utf8')) as typeof old & { lookupKey: string };
    expect(file).toMatchObject(old);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // another process that read the old file at the same time derives the same key
    writeFileSync(path, JSON.stringify(old), { mode: 0o600 });
    expect(loadLookupKey({ dataDir: dir }).bsn(BSN)).toBe(first);
    expect(loadFieldCipher({ dataDir: dir }).active.id).toBe('dev-0001');
  });
});
