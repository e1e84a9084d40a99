import type { Rule } from '../rule';
import { filled, finding, prestaties } from './support/within-message';

/** CD087: Als eenheid ongelijk is aan 83 (euro’s) dan verplicht vullen, anders leeg laten (ProductTarief in Prestatie; 0001). */
export const CD087: Rule = {
  code: 'CD087',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'Als eenheid ongelijk is aan 83 (euro’s) dan verplicht vullen, anders leeg laten.',
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    return prestaties(message).flatMap(({ prestatie: p, path }) => {
      const euro = p.Eenheid === '83';
      if (!euro && !filled(p.ProductTarief)) {
        return [
          finding(
            'CD087',
            path,
            `Prestatie ${p.ProductReferentie.ReferentieNummer} has Eenheid ${p.Eenheid} but no ProductTarief (CD087); fill the tarief per eenheid in eurocent (only Eenheid 83, euro's, goes without).`,
          ),
        ];
      }
      if (euro && filled(p.ProductTarief)) {
        return [
          finding(
            'CD087',
            path,
            `Prestatie ${p.ProductReferentie.ReferentieNummer} has Eenheid 83 (euro's) and ProductTarief ${p.ProductTarief.trim()} (CD087); with Eenheid 83 the volume is the amount itself: leave ProductTarief empty.`,
          ),
        ];
      }
      return [];
    });
  },
};
