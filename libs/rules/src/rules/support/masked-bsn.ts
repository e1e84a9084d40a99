/**
 * A client's Bsn as a rule's text names it: its last three digits only (******019). Texts are
 * stored with the message (messages.errors) and shown in the dashboard; the element path of the
 * finding tells the sender which client it is, so the full number is never needed there.
 */
export function maskedBsn(bsn: string): string {
  const digits = bsn.trim();
  return digits.length <= 3 ? '***' : `${'*'.repeat(digits.length - 3)}${digits.slice(-3)}`;
}
