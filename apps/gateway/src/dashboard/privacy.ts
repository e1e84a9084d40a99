/**
 * The dashboard's privacy rules (docs/dashboard.md): a BSN is never shown in full, in a page or an
 * export, and an aggregate over fewer clients than DASHBOARD_MIN_GROUP is not shown at all.
 */

/** ******123: the last three digits, enough to tell two clients apart in a short list. */
export function maskBsn(bsn: string | null | undefined): string {
  if (!bsn) return '';
  const digits = bsn.replace(/\D/g, '');
  return `******${digits.slice(-3)}`;
}

/**
 * Any nine-digit number in free text (error messages, last delivery errors) is treated as a BSN and
 * masked. That also masks other nine-digit numbers; showing less is the safe side.
 */
export function maskBsnsInText(text: string | null | undefined): string {
  return (text ?? '').replace(/(?<!\d)\d{9}(?!\d)/g, (bsn) => maskBsn(bsn));
}

/** A value that is suppressed because its group has too few clients. */
export const SUPPRESSED = Symbol('suppressed');
export type Guarded<T> = T | typeof SUPPRESSED;

/** Whether a group of `clients` clients is too small to show (an empty group reveals nobody). */
export const tooSmall = (clients: number, minGroup: number): boolean => clients > 0 && clients < minGroup;

export const guard = <T>(value: T, clients: number, minGroup: number): Guarded<T> => (tooSmall(clients, minGroup) ? SUPPRESSED : value);
