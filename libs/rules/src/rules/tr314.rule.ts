import type { Finding, Rule } from '../rule';
import { partiesOf, prestatiesOf } from './declaratie.support';
import { maskedBsn } from './support/masked-bsn';

/**
 * TR314: ReferentieNummer van de Prestatie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de
 * Prestatie betrekking heeft, zowel binnen één bericht als berichtoverstijgend (8021).
 */
export const TR314: Rule = {
  code: 'TR314',
  retourcode: '8021',
  level: 'berichtoverstijgend',
  definition:
    'ReferentieNummer van de Prestatie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Prestatie betrekking heeft, zowel binnen één bericht als berichtoverstijgend.',
  appliesTo: ['WMO323'],
  check(message, { state }) {
    if (message.code !== 'WMO323') return [];
    const { aanbieder } = partiesOf(message);
    const findings: Finding[] = [];
    /** ReferentieNummer -> where it first occurs in this message */
    const seen = new Map<string, string>();
    for (const p of prestatiesOf(message)) {
      const ref = p.referentieNummer;
      const earlier = state.declaraties.prestaties(aanbieder, ref)[0];
      const where = earlier
        ? `declaratie ${earlier.declaratieNummer} to gemeente ${earlier.gemeente} (client ${maskedBsn(earlier.bsn)}, ProductPeriode ${earlier.productPeriode.begindatum} to ${earlier.productPeriode.einddatum})`
        : seen.get(ref);
      if (!seen.has(ref)) seen.set(ref, `this declaratie (Client[${p.client}]/Prestatie[${p.index}], client ${maskedBsn(p.bsn)})`);
      if (!where) continue;
      findings.push({
        rule: 'TR314',
        retourcode: '8021',
        path: p.path,
        message: `Prestatie ReferentieNummer ${ref} (client ${maskedBsn(p.bsn)}) was already used in ${where}; give every prestatie a ReferentieNummer of its own (a credit refers to the original in VorigReferentieNummer).`,
      });
    }
    return findings;
  },
};
