import { randomBytes } from 'node:crypto';
import type * as Persistence from '../../libs/persistence/src';

/**
 * A bench's database lives as long as the bench: throwaway keys seal and hash what it stores.
 * Pass each copy of the persistence lib the bench loads (its sources, dist): each has its own.
 */
export function useBenchKeys(...libs: ReadonlyArray<Pick<typeof Persistence, 'FieldCipher' | 'LookupKey' | 'useFieldCipher' | 'useLookupKey'>>): void {
  const key = randomBytes(32);
  const lookupKey = randomBytes(32);
  for (const lib of libs) {
    lib.useFieldCipher(new lib.FieldCipher({ id: 'bench', key }));
    lib.useLookupKey(new lib.LookupKey(lookupKey));
  }
}
