import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { dagtekeningOf, finding, isRealDate, prestatiesOf, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR137: Vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de
 * aangeduide periode én die niet groter is dan de Dagtekening van het bericht (the Einddatum of
 * each Prestatie's ProductPeriode in the 323 and 325; retourcode 0001).
 */
export const TR137: Rule = {
  ...standard('TR137'),
  appliesTo: ['WMO323', 'WMO325'],
  check(message) {
    const dagtekening = dagtekeningOf(message);
    const findings: Finding[] = [];
    for (const { prestatie, path } of prestatiesOf(message)) {
      const begin = prestatie.ProductPeriode.Begindatum.trim();
      const end = prestatie.ProductPeriode.Einddatum.trim();
      if (!isRealDate(end)) continue;
      const before = isRealDate(begin) && end < begin ? text('TR137.before-begin', { begin }) : undefined;
      const after = isRealDate(dagtekening) && end > dagtekening ? text('TR137.after-dagtekening', { dagtekening }) : undefined;
      const problem: Text | undefined = before && after ? text('TR137.both', { before, after }) : (before ?? after);
      if (problem === undefined) continue;
      findings.push(finding('TR137', path, text('TR137.einddatum', { path: shortPath(path), end, problem })));
    }
    return findings;
  },
};
