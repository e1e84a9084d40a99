import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, isRealDate, prestatiesOf, shortPath, yearsBefore } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR335: Einddatum mag niet meer dan 5 jaar voor DeclaratieDagtekening liggen (the Einddatum
 * of each Prestatie's ProductPeriode in a 323; retourcode 0001).
 */
export const TR335: Rule = {
  ...standard('TR335'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    const dagtekening = message.bericht.Declaratie.DeclaratieDagtekening.trim();
    if (!isRealDate(dagtekening)) return [];
    const earliest = yearsBefore(dagtekening, 5);
    return prestatiesOf(message).flatMap(({ prestatie, path }) => {
      const end = prestatie.ProductPeriode.Einddatum.trim();
      if (!isRealDate(end) || end >= earliest) return [];
      return [finding('TR335', path, text('TR335.too-old', { path: shortPath(path), end, dagtekening, earliest }))];
    });
  },
};
