import type { Finding, Rule } from '../rule';
import { dagtekeningOf, finding, isRealDate, prestatiesOf, shortPath } from './support/restricties';

/**
 * TR137: Vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de
 * aangeduide periode én die niet groter is dan de Dagtekening van het bericht (the Einddatum of
 * each Prestatie's ProductPeriode in the 323 and 325; retourcode 0001).
 */
export const TR137: Rule = {
  code: 'TR137',
  retourcode: '0001',
  level: 'xslt',
  definition:
    'Vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de aangeduide periode én die niet groter is dan de Dagtekening van het bericht.',
  appliesTo: ['WMO323', 'WMO325'],
  check(message) {
    const dagtekening = dagtekeningOf(message);
    const findings: Finding[] = [];
    for (const { prestatie, path } of prestatiesOf(message)) {
      const begin = prestatie.ProductPeriode.Begindatum.trim();
      const end = prestatie.ProductPeriode.Einddatum.trim();
      if (!isRealDate(end)) continue;
      const wrong: string[] = [];
      if (isRealDate(begin) && end < begin) wrong.push(`lies before its Begindatum ${begin}`);
      if (isRealDate(dagtekening) && end > dagtekening) wrong.push(`lies after the Dagtekening ${dagtekening} of the message`);
      if (wrong.length === 0) continue;
      findings.push(
        finding(
          'TR137',
          path,
          `${shortPath(path)} ProductPeriode Einddatum ${end} ${wrong.join(' and ')} (TR137); the Einddatum lies from the Begindatum up to the day the message is sent: declare only days that have passed.`,
        ),
      );
    }
    return findings;
  },
};
