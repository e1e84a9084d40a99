import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FieldCipher, FieldCipherError } from './field-cipher';
import { DEV_KEY_FILE, loadFieldCipher, newMasterKey } from './key-ring';

const key = (id: string) => ({ id, key: randomBytes(32) });

describe('FieldCipher (AES-256-GCM, envelope)', () => {
  const k1 = key('k1');
  const k2 = key('k2');
  const bsn = Buffer.from('<Bsn>999990019</Bsn>');

  it('seals so the plain text is not in the stored value, and opens it again', () => {
    const cipher = new FieldCipher(k1);
    const sealed = cipher.seal(bsn);
    expect(sealed.includes(Buffer.from('999990019'))).toBe(false);
    expect(FieldCipher.keyIdOf(sealed)).toBe('k1');
    expect(cipher.open(sealed).equals(bsn)).toBe(true);
    expect(cipher.seal(bsn).equals(sealed)).toBe(false); // a fresh data key and iv each time
  });

  it('seals a large body in turns of the event loop, into the same format that open reads', async () => {
    const cipher = new FieldCipher(k1);
    const body = randomBytes(3 * 1024 * 1024 + 17);
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const sealed = await cipher.sealInTurns(body);
    clearInterval(counting);
    expect(FieldCipher.keyIdOf(sealed)).toBe('k1');
    expect(cipher.open(sealed).equals(body)).toBe(true);
    expect(sealed.length).toBe(cipher.seal(body).length);
    expect(turns).toBeGreaterThan(0); // other work ran while it sealed
    expect(cipher.open(await cipher.sealInTurns(Buffer.alloc(0))).length).toBe(0);
  });

  it('opens a large value in turns of the event loop, and refuses it changed', async () => {
    const cipher = new FieldCipher(k1);
    const body = randomBytes(3 * 1024 * 1024 + 17);
    const sealed = cipher.seal(body);
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const opened = await cipher.openInTurns(sealed);
    clearInterval(counting);
    expect(opened.equals(body)).toBe(true);
    expect(turns).toBeGreaterThan(0);
    const changed = Buffer.from(sealed);
    changed[changed.length - 1]! ^= 1;
    await expect(cipher.openInTurns(changed)).rejects.toThrow(FieldCipherError);
    expect((await cipher.openInTurns(cipher.seal(Buffer.alloc(0)))).length).toBe(0);
  });

  it('refuses a changed value, and a value under a key it does not hold, naming the key', () => {
    const sealed = new FieldCipher(k1).seal(bsn);
    const changed = Buffer.from(sealed);
    changed[changed.length - 1]! ^= 1;
    expect(() => new FieldCipher(k1).open(changed)).toThrow(FieldCipherError);
    expect(() => new FieldCipher(k2).open(sealed)).toThrow(/sealed under encryption key "k1", which this process does not hold/);
    const swapped = Buffer.from(sealed);
    swapped[6] = 'x'.charCodeAt(0); // the key id is authenticated: k1 -> kx
    expect(() => new FieldCipher(k1, [{ id: 'kx', key: k1.key }]).open(swapped)).toThrow(FieldCipherError);
  });

  it('re-wraps under the active key without touching the body (rotation)', () => {
    const old = new FieldCipher(k1).seal(bsn);
    const rotated = new FieldCipher(k2, [k1]);
    const rewrapped = rotated.rewrap(old);
    expect(FieldCipher.keyIdOf(rewrapped)).toBe('k2');
    expect(rewrapped.subarray(-bsn.length - 28).equals(old.subarray(-bsn.length - 28))).toBe(true);
    expect(new FieldCipher(k2).open(rewrapped).equals(bsn)).toBe(true);
  });

  it('refuses key material that is not 256 bits, or an id that cannot be stored', () => {
    expect(() => new FieldCipher({ id: 'k', key: randomBytes(16) })).toThrow(/must be 32 bytes/);
    expect(() => new FieldCipher({ id: 'with space', key: randomBytes(32) })).toThrow(/key id/);
  });
});

describe('loadFieldCipher', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'iwmo-keys-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes ENCRYPTION_KEYS with the first key active, and a key file with its active key', () => {
    const a = newMasterKey();
    const b = newMasterKey();
    expect(loadFieldCipher({ encryptionKeys: `new:${a},old:${b}`, dataDir: dir }).active.id).toBe('new');
    const file = join(dir, 'keys.json');
    writeFileSync(file, JSON.stringify({ active: 'old', keys: { new: a, old: b } }));
    const cipher = loadFieldCipher({ encryptionKeyFile: file, dataDir: dir });
    expect([cipher.active.id, cipher.keyIds.sort()]).toEqual(['old', ['new', 'old']]);
    writeFileSync(file, JSON.stringify({ active: 'gone', keys: { new: a } }));
    expect(() => loadFieldCipher({ encryptionKeyFile: file, dataDir: dir })).toThrow(/active encryption key "gone" is not among its keys \(new\)/);
  });

  it('makes one development key under DATA_DIR (mode 0600), warns, and keeps it for the next start', () => {
    const warnings: string[] = [];
    const first = loadFieldCipher({ dataDir: dir }, (w) => warnings.push(w));
    const path = join(dir, DEV_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([expect.stringMatching(/development key .* set ENCRYPTION_KEY_FILE/)]);
    const again = loadFieldCipher({ dataDir: dir });
    expect(again.open(first.seal(Buffer.from('x'))).toString()).toBe('x');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ active: expect.stringMatching(/^dev-[0-9a-f]{8}$/) });
  });
});
