import { text, type Text } from '@lib/i18n';
import type { CDT_Geboortedatum } from '@lib/iwmo';
import type { Finding, Rule } from '../rule';
import { dagtekeningOf, elementLabel, elementsOfType, finding, isRealDate, prestatiesOf, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** The problem with a date under TR134, or null. */
function problem(datum: string, dagtekening: string): Text | null {
  if (!isRealDate(datum)) return text('TR134.not-a-date', { datum });
  if (isRealDate(dagtekening) && datum > dagtekening) return text('TR134.after-dagtekening', { datum, dagtekening });
  return null;
}

/**
 * TR134: Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bericht
 * (retourcode 0001). The standard attaches it to the Geboortedatum in the 301, 305, 307 and
 * 315 (the client's and a Relatie's) and to the Begindatum of the ProductPeriode in the 323
 * and 325 (TR137 covers the Einddatum). The Dagtekening is the message's own
 * (Header/BerichtIdentificatie).
 */
export const TR134: Rule = {
  ...standard('TR134'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO323', 'WMO325'],
  check(message) {
    const dagtekening = dagtekeningOf(message);
    const findings: Finding[] = [];
    if (message.code === 'WMO323' || message.code === 'WMO325') {
      for (const { prestatie, path } of prestatiesOf(message)) {
        const wrong = problem(prestatie.ProductPeriode.Begindatum.trim(), dagtekening);
        if (wrong) {
          findings.push(finding('TR134', path, text('TR134.prestatie-begindatum', { path: shortPath(path), problem: wrong })));
        }
      }
      return findings;
    }
    for (const element of elementsOfType(message, ['CDT_Geboortedatum'])) {
      const wrong = problem((element.value as CDT_Geboortedatum).Datum.trim(), dagtekening);
      if (wrong) {
        findings.push(finding('TR134', element.classPath, text('TR134.geboortedatum', { element: elementLabel(element), problem: wrong })));
      }
    }
    return findings;
  },
};
