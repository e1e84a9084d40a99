import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { partiesOf, prestatiesOf } from './declaratie.support';
import { maskedBsn } from './support/masked-bsn';
import { periodLabel } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR314: ReferentieNummer van de Prestatie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de
 * Prestatie betrekking heeft, zowel binnen één bericht als berichtoverstijgend (8021).
 */
export const TR314: Rule = {
  ...standard('TR314'),
  appliesTo: ['WMO323'],
  check(message, { state }) {
    if (message.code !== 'WMO323') return [];
    const { aanbieder } = partiesOf(message);
    const findings: Finding[] = [];
    /** ReferentieNummer -> where it first occurs in this message */
    const seen = new Map<string, Text>();
    for (const p of prestatiesOf(message)) {
      const ref = p.referentieNummer;
      const earlier = state.declaraties.prestaties(aanbieder, ref)[0];
      const where = earlier
        ? text('TR314.in-declaratie', {
            declaratieNummer: earlier.declaratieNummer,
            gemeente: earlier.gemeente,
            client: maskedBsn(earlier.bsn),
            periode: periodLabel({ begin: earlier.productPeriode.begindatum, end: earlier.productPeriode.einddatum }),
          })
        : seen.get(ref);
      if (!seen.has(ref)) seen.set(ref, text('TR314.in-this-declaratie', { position: `Client[${p.client}]/Prestatie[${p.index}]`, client: maskedBsn(p.bsn) }));
      if (!where) continue;
      findings.push({ rule: 'TR314', retourcode: '8021', path: p.path, text: text('TR314.used', { referentie: ref, client: maskedBsn(p.bsn), where }) });
    }
    return findings;
  },
};
