import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of personal data at rest (message bodies, webhook secrets), AES-256-GCM:
 * every value gets a fresh 256-bit data key that encrypts it, and that data key is stored wrapped
 * (encrypted) under a master key named by its id. Rotating the master key re-wraps the data
 * keys only; the values are not encrypted again.
 *
 * Layout of a sealed value (bytes):
 *   "IWE1" | key id length (1) | key id (ASCII) | wrap iv (12) | wrapped data key (32) | wrap tag (16)
 *          | iv (12) | tag (16) | ciphertext
 * The key id is authenticated as additional data of the wrap, so it cannot be swapped.
 */
const MAGIC = Buffer.from('IWE1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Bytes `sealInTurns` encrypts between two turns of the event loop (a few ms each). */
const SLICE_BYTES = 1024 * 1024;

/** A master key and its id. */
export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/** A sealed value names a master key this process does not hold, or was tampered with. */
export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

export class FieldCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;

  /** `active` seals new values; every key in `keys` (the active one included) opens. */
  constructor(
    readonly active: MasterKey,
    keys: readonly MasterKey[] = [],
  ) {
    const all = new Map<string, Buffer>();
    for (const k of [active, ...keys]) {
      if (!KEY_ID.test(k.id)) throw new FieldCipherError(`Encryption key id "${k.id}" must be 1-64 letters, digits, '.', '_' or '-'.`);
      if (k.key.length !== KEY_BYTES) throw new FieldCipherError(`Encryption key "${k.id}" must be ${KEY_BYTES} bytes (256 bits), not ${k.key.length}.`);
      all.set(k.id, k.key);
    }
    this.keys = all;
  }

  /** A cipher that seals with `other`'s active key and opens with the keys of both. */
  including(other: FieldCipher): FieldCipher {
    return new FieldCipher(other.active, [...this.entries(), ...other.entries()]);
  }

  private entries(): MasterKey[] {
    return [...this.keys].map(([id, key]) => ({ id, key }));
  }

  /** The ids of the master keys this cipher can open. */
  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  seal(plain: Uint8Array): Buffer {
    return runAtOnce(this.sealSlices(plain));
  }

  /**
   * As `seal`, but gives the event loop a turn after every slice of SLICE_BYTES, so that sealing
   * a 25 MB message body (a few hundred ms) does not hold up other requests.
   */
  sealInTurns(plain: Uint8Array): Promise<Buffer> {
    return runInTurns(this.sealSlices(plain));
  }

  /** Encrypts a slice per step straight into the sealed value (GCM's ciphertext is as long as the plain text): no copies of the whole. */
  private *sealSlices(plain: Uint8Array): Generator<void, Buffer> {
    const dataKey = randomBytes(KEY_BYTES);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
    const wrapped = this.wrap(dataKey, this.active);
    const tagAt = wrapped.length + IV_BYTES;
    const sealed = Buffer.allocUnsafe(tagAt + TAG_BYTES + plain.byteLength);
    wrapped.copy(sealed);
    iv.copy(sealed, wrapped.length);
    let at = tagAt + TAG_BYTES;
    for (let from = 0; from < plain.byteLength; from += SLICE_BYTES) {
      at += cipher.update(plain.subarray(from, from + SLICE_BYTES)).copy(sealed, at);
      if (from + SLICE_BYTES < plain.byteLength) yield;
    }
    at += cipher.final().copy(sealed, at);
    if (at !== sealed.length) throw new FieldCipherError(`Sealing wrote ${at} of ${sealed.length} bytes.`);
    cipher.getAuthTag().copy(sealed, tagAt);
    return sealed;
  }

  open(sealed: Uint8Array): Buffer {
    return runAtOnce(this.openSlices(sealed));
  }

  /** As `open`, giving the event loop a turn after every slice of SLICE_BYTES (a 25 MB message body read back). */
  openInTurns(sealed: Uint8Array): Promise<Buffer> {
    return runInTurns(this.openSlices(sealed));
  }

  /** Decrypts a slice per step straight into the plain value; it is given out only once its tag authenticates. */
  private *openSlices(sealed: Uint8Array): Generator<void, Buffer> {
    const { keyId, dataKey, rest } = this.unwrap(sealed);
    const body = rest.subarray(IV_BYTES + TAG_BYTES);
    const plain = Buffer.allocUnsafe(body.length);
    let at = 0;
    try {
      const decipher = createDecipheriv('aes-256-gcm', dataKey, rest.subarray(0, IV_BYTES));
      decipher.setAuthTag(rest.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      for (let from = 0; from < body.length; from += SLICE_BYTES) {
        at += decipher.update(body.subarray(from, from + SLICE_BYTES)).copy(plain, at);
        if (from + SLICE_BYTES < body.length) yield;
      }
      at += decipher.final().copy(plain, at);
    } catch {
      throw new FieldCipherError(`A value sealed under key "${keyId}" does not authenticate: it was changed or cut short.`);
    }
    if (at !== plain.length) throw new FieldCipherError(`Opening wrote ${at} of ${plain.length} bytes.`);
    return plain;
  }

  /** The master key id a sealed value names (undefined when it is not a sealed value). */
  static keyIdOf(sealed: Uint8Array): string | undefined {
    const b = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (b.length < MAGIC.length + 1 || !b.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    return b.subarray(MAGIC.length + 1, MAGIC.length + 1 + b[MAGIC.length]!).toString('ascii');
  }

  /** Whether the value is sealed (the gateway's format), rather than plain bytes from before encryption. */
  static isSealed(value: Uint8Array): boolean {
    return FieldCipher.keyIdOf(value) !== undefined;
  }

  /** The same value with its data key wrapped under the active master key (rotation): the body is not touched. */
  rewrap(sealed: Uint8Array): Buffer {
    const { dataKey, rest } = this.unwrap(sealed);
    return Buffer.concat([this.wrap(dataKey, this.active), rest]);
  }

  private wrap(dataKey: Buffer, master: MasterKey): Buffer {
    const id = Buffer.from(master.id, 'ascii');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', master.key, iv);
    cipher.setAAD(id);
    const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([MAGIC, Buffer.from([id.length]), id, iv, wrapped, cipher.getAuthTag()]);
  }

  private unwrap(sealed: Uint8Array): { keyId: string; dataKey: Buffer; rest: Buffer } {
    const b = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    const keyId = FieldCipher.keyIdOf(b);
    if (keyId === undefined) throw new FieldCipherError('The value is not sealed by the gateway.');
    const master = this.keys.get(keyId);
    if (!master) throw new FieldCipherError(`The value is sealed under encryption key "${keyId}", which this process does not hold; add it to ENCRYPTION_KEYS or the key file.`);
    let at = MAGIC.length + 1 + keyId.length;
    const iv = b.subarray(at, (at += IV_BYTES));
    const wrapped = b.subarray(at, (at += KEY_BYTES));
    const tag = b.subarray(at, (at += TAG_BYTES));
    try {
      const decipher = createDecipheriv('aes-256-gcm', master, iv);
      decipher.setAAD(Buffer.from(keyId, 'ascii'));
      decipher.setAuthTag(tag);
      return { keyId, dataKey: Buffer.concat([decipher.update(wrapped), decipher.final()]), rest: b.subarray(at) };
    } catch {
      throw new FieldCipherError(`The data key of a value sealed under "${keyId}" does not authenticate: wrong key material for that id, or the value was changed.`);
    }
  }
}

/** Runs the slices of a seal or open one after another. */
function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the slices of a seal or open with a turn of the event loop between two. */
async function runInTurns<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
