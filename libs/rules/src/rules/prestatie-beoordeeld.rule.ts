import { text } from '@lib/i18n';
import { NO_RETOURCODE, type Finding, type Rule } from '../rule';
import { antwoordPrestatiesOf, answeredDeclaratieOf } from './declaratie.support';

/**
 * PRESTATIE-BEOORDEELD (the gateway's check, not a rule of the standard): a prestatie is judged
 * once. A 325 does not list a prestatie the gateway already rejected on arrival of the
 * declaratie (its own 325 on it went to the aanbieder and a copy to the gemeente), nor the same
 * prestatie twice.
 */
export const PRESTATIE_BEOORDEELD: Rule = {
  code: 'PRESTATIE-BEOORDEELD',
  retourcode: NO_RETOURCODE,
  level: 'uitwisseling',
  definition: 'Een prestatie wordt één keer beoordeeld: niet opnieuw als de gateway haar al heeft afgewezen, en niet twee keer in één declaratieantwoord.',
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325') return [];
    const { answered } = answeredDeclaratieOf(message, context);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const p of antwoordPrestatiesOf(message)) {
      const declared = answered?.prestatie(p.referentieNummer);
      const said = seen.has(p.referentieNummer)
        ? text('PRESTATIE-BEOORDEELD.listed-twice', { referentie: p.referentieNummer })
        : declared?.status === 'afgewezen' && answered?.declaratie.status === 'ingediend'
          ? text('PRESTATIE-BEOORDEELD.rejected-on-arrival', { referentie: p.referentieNummer, retourcodes: declared.retourcodes.join(', ') })
          : undefined;
      seen.add(p.referentieNummer);
      if (said) findings.push({ rule: 'PRESTATIE-BEOORDEELD', retourcode: NO_RETOURCODE, path: p.path, text: said });
    }
    return findings;
  },
};
