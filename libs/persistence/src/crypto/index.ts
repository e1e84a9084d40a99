import { FieldCipher } from './field-cipher';
import type { LookupKey } from './lookup-key';

export * from './field-cipher';
export * from './key-ring';
export * from './lookup-key';

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

/** As `openBytes`, giving the event loop a turn after every MiB: for message bodies of up to 25 MB. */
export async function openBytesInTurns(stored: Buffer): Promise<Buffer> {
  return FieldCipher.isSealed(stored) ? fieldCipher().openInTurns(stored) : stored;
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

let lookup: LookupKey | undefined;

/**
 * The process's key of the lookup hashes, set next to useFieldCipher. The first one set holds:
 * every process of a database must hash alike, so a second app in one test process (test support
 * sets a key of its own) hashes as the first did rather than under a key of its own.
 */
export function useLookupKey(key: LookupKey): void {
  lookup ??= key;
}

/** The lookup hash of a Bsn (the bsn_hash columns): equal Bsns, equal hashes, under every master key. */
export function bsnHash(bsn: string): string {
  if (!lookup) throw new Error('No lookup key is configured in this process: PersistenceModule (or useLookupKey) sets it at start.');
  return lookup.bsn(bsn);
}

/** A Bsn as the state tables store it: its lookup hash and the Bsn sealed. */
export const sealBsn = (bsn: string): { hash: string; sealed: string } => ({ hash: bsnHash(bsn), sealed: sealText(bsn) });

/**
 * Many Bsns as two columns for unnest (bsn_hash, bsn_sealed). A Bsn that comes back (a client's
 * prestaties) is sealed once: its rows share the sealed value, which says no more than the hash.
 */
export function sealBsns(bsns: readonly string[]): { hashes: string[]; sealed: string[] } {
  const seen = new Map<string, { hash: string; sealed: string }>();
  const out = { hashes: [] as string[], sealed: [] as string[] };
  for (const bsn of bsns) {
    let value = seen.get(bsn);
    if (!value) seen.set(bsn, (value = sealBsn(bsn)));
    out.hashes.push(value.hash);
    out.sealed.push(value.sealed);
  }
  return out;
}
