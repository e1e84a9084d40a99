import { createHmac, hkdfSync } from 'node:crypto';
import { FieldCipherError } from './field-cipher';

const KEY_BYTES = 32;

/**
 * Keyed hashes for looking up sealed values by equality (a client's rows by Bsn): HMAC-SHA256
 * under a key derived with HKDF from the lookup key, one derived key per purpose. The lookup key
 * is apart from the master keys on purpose: rotating a master key re-wraps sealed values, but a
 * changed lookup key would change every stored hash and no row would be found again.
 */
export class LookupKey {
  private readonly bsnKey: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new FieldCipherError(`The lookup key must be ${KEY_BYTES} bytes (256 bits), not ${key.length}.`);
    this.bsnKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'iwmo bsn lookup v1', KEY_BYTES));
  }

  /** The lookup hash of a Bsn, hex (what the bsn_hash columns hold). */
  bsn(bsn: string): string {
    return createHmac('sha256', this.bsnKey).update(bsn, 'utf8').digest('hex');
  }
}
