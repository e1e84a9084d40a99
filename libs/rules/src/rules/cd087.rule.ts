import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, prestaties } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD087: Als eenheid ongelijk is aan 83 (euro’s) dan verplicht vullen, anders leeg laten (ProductTarief in Prestatie; 0001). */
export const CD087: Rule = {
  ...standard('CD087'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    return prestaties(message).flatMap(({ prestatie: p, path }) => {
      const euro = p.Eenheid === '83';
      if (!euro && !filled(p.ProductTarief)) {
        return [finding('CD087', path, text('CD087.tarief-missing', { referentie: p.ProductReferentie.ReferentieNummer, eenheid: p.Eenheid }))];
      }
      if (euro && filled(p.ProductTarief)) {
        return [finding('CD087', path, text('CD087.tarief-with-euro', { referentie: p.ProductReferentie.ReferentieNummer, tarief: p.ProductTarief.trim() }))];
      }
      return [];
    });
  },
};
