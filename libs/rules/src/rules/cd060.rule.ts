import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, prestaties } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/**
 * CD060: Verplicht vullen indien DebetCredit bij het ingediende bedrag de waarde C (credit) heeft,
 * anders leeg laten (VorigReferentieNummer in ProductReferentie; 0001).
 */
export const CD060: Rule = {
  ...standard('CD060'),
  appliesTo: ['WMO323', 'WMO325'],
  check(message) {
    return prestaties(message).flatMap(({ prestatie, path }) => {
      const credit = prestatie.IngediendBedrag.DebetCredit === 'C';
      const vorig = prestatie.ProductReferentie.VorigReferentieNummer;
      const referentie = prestatie.ProductReferentie.ReferentieNummer;
      if (credit && !filled(vorig)) {
        return [finding('CD060', path, text('CD060.credit-without-vorig', { referentie }))];
      }
      if (!credit && filled(vorig)) {
        return [finding('CD060', path, text('CD060.debet-with-vorig', { referentie, vorig: vorig.trim() }))];
      }
      return [];
    });
  },
};
