import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { duplicates, each, finding, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR383: ReferentieAanbieder is uniek voor elk AangevraagdProduct binnen het bericht (315;
 * retourcode 0001). The second and later AangevraagdProducten with a ReferentieAanbieder
 * already used are reported.
 */
export const TR383: Rule = {
  ...standard('TR383'),
  appliesTo: ['WMO315'],
  check(message) {
    if (message.code !== 'WMO315') return [];
    const products = each(message.bericht.Client.AangevraagdeProducten.AangevraagdProduct, '/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct').map(
      ({ item, path }) => ({ path, key: item.ReferentieAanbieder.trim() }),
    );
    return duplicates(products).map(({ item, first }) =>
      finding('TR383', item.path, text('TR383.reused', { path: shortPath(item.path), referentie: item.key, firstPath: shortPath(first.path) })),
    );
  },
};
