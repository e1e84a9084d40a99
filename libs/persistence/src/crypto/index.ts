import { FieldCipher } from './field-cipher';

export * from './field-cipher';
export * from './key-ring';

let current: FieldCipher | undefined;

/**
 * The process's cipher for personal data at rest. The apps set it at start from their
 * configuration (PersistenceModule); test support sets a key of its own. Keys set earlier in the
 * process stay usable for opening (two apps in one test process), the latest active key seals.
 */
export function useFieldCipher(cipher: FieldCipher): void {
  current = current ? current.including(cipher) : cipher;
}

export function fieldCipher(): FieldCipher {
  if (!current) throw new Error('No encryption key is configured in this process: PersistenceModule (or useFieldCipher) sets it at start.');
  return current;
}

const TEXT_PREFIX = 'enc:v1:';

/** Seals a message body (bytea column). */
export const sealBytes = (plain: Uint8Array): Buffer => fieldCipher().seal(plain);

/** As `sealBytes`, giving the event loop a turn after every MiB: for message bodies of up to 25 MB. */
export const sealBytesInTurns = (plain: Uint8Array): Promise<Buffer> => fieldCipher().sealInTurns(plain);

/** Opens a bytea value: sealed, or plain from before encryption (the key rotation seals those too). */
export function openBytes(stored: Buffer): Buffer {
  return FieldCipher.isSealed(stored) ? fieldCipher().open(stored) : stored;
}

/** Seals a short secret (text column), as "enc:v1:<base64>". */
export const sealText = (plain: string): string => `${TEXT_PREFIX}${fieldCipher().seal(Buffer.from(plain, 'utf8')).toString('base64')}`;

/** Opens a text value: sealed, or plain from before encryption. */
export function openText(stored: string): string {
  return stored.startsWith(TEXT_PREFIX) ? fieldCipher().open(Buffer.from(stored.slice(TEXT_PREFIX.length), 'base64')).toString('utf8') : stored;
}

/** The master key id of a stored text value (undefined: plain). */
export const keyIdOfText = (stored: string): string | undefined =>
  stored.startsWith(TEXT_PREFIX) ? FieldCipher.keyIdOf(Buffer.from(stored.slice(TEXT_PREFIX.length), 'base64')) : undefined;

/** A stored text value re-wrapped under the active key (plain values sealed). */
export function rewrapText(stored: string): string {
  if (!stored.startsWith(TEXT_PREFIX)) return sealText(stored);
  return `${TEXT_PREFIX}${fieldCipher().rewrap(Buffer.from(stored.slice(TEXT_PREFIX.length), 'base64')).toString('base64')}`;
}

/** A stored bytea value re-wrapped under the active key (plain values sealed). */
export function rewrapBytes(stored: Buffer): Buffer {
  return FieldCipher.isSealed(stored) ? fieldCipher().rewrap(stored) : sealBytes(stored);
}
