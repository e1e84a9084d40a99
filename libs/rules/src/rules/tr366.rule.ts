import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { antwoordPrestatiesOf, answeredDeclaratieOf } from './declaratie.support';
import { maskedBsn } from './support/masked-bsn';
import { standard } from '../catalogue/standard-rules';

/** TR366: Iedere Prestatie in een declaratieantwoord is gerelateerd aan een declaratiebericht op basis van ProductReferentie (9366; the 323 it answers). */
export const TR366: Rule = {
  ...standard('TR366'),
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325') return [];
    const { answered, identificatie, dagtekening } = answeredDeclaratieOf(message, context);
    // Without the declaratie TR337 refuses the answer as a whole.
    if (!answered) return [];
    const findings: Finding[] = [];
    for (const p of antwoordPrestatiesOf(message)) {
      if (answered.prestatie(p.referentieNummer)) continue;
      findings.push({
        rule: 'TR366',
        retourcode: '9366',
        path: p.path,
        text: text('TR366.unknown-prestatie', {
          referentie: p.referentieNummer,
          client: maskedBsn(p.bsn),
          declaratieNummer: answered.declaratie.declaratieNummer,
          identificatie,
          dagtekening,
        }),
      });
    }
    return findings;
  },
};
