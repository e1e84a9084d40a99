import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { clientBsns, finding } from './support/within-message';
import { maskedBsn } from './support/masked-bsn';
import { standard } from '../catalogue/standard-rules';

/**
 * The 11-proef on a burgerservicenummer: 9 digits d1..d9 with
 * 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9 divisible by 11.
 */
export function elfproef(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/** CS002: De waarde moet voldoen aan de 11-proef (Bsn of the Client; 0001). */
export const CS002: Rule = {
  ...standard('CS002'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  check(message) {
    // The value in the message is the sender's own: quoting it back tells them which client to correct.
    return clientBsns(message)
      .filter(({ bsn }) => !elfproef(bsn.trim()))
      .map(({ bsn, path }) => finding('CS002', path, text('CS002.elfproef', { bsn: maskedBsn(bsn) })));
  },
};
