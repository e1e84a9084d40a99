import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { describeStart, partiesOf, sameStartKey, stopItemsOf } from '../state/toewijzing-state';
import { listed } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR382: De sleutelelementen uit het startbericht moeten in het stopbericht ... ongewijzigd worden overgenomen (9069).
 * WJ001 attributes 9069 to a TR069 that does not exist; TR382 gives 9069.
 */
export const TR382: Rule = {
  ...standard('TR382'),
  appliesTo: ['WMO307'],
  check(message, { state }) {
    if (message.code !== 'WMO307') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const starts = state.toewijzingen.startProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
    const findings: Finding[] = [];
    for (const { path, status, key } of stopItemsOf(message)) {
      if (status !== '1' || starts.some((s) => sameStartKey(s, key))) continue;
      const sameNummer = key.toewijzingNummer === null ? [] : starts.filter((s) => s.toewijzingNummer === key.toewijzingNummer);
      const hint = sameNummer.length
        ? text('TR382.starts-of-nummer', { nummer: key.toewijzingNummer!, count: sameNummer.length, starts: listed(sameNummer.map(describeStart), '; ') })
        : '';
      findings.push({ rule: 'TR382', retourcode: '9069', path, text: text('TR382.no-start', { start: describeStart(key), hint }) });
    }
    return findings;
  },
};
