import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding, indexed } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD043: Indien Beschikkingnummer gevuld is, verplicht vullen, anders leeg laten (BeschikkingIngangsdatum; 0001). */
export const CD043: Rule = {
  ...standard('CD043'),
  appliesTo: ['WMO315'],
  check(message) {
    if (message.code !== 'WMO315') return [];
    return indexed(message.bericht.Client.AangevraagdeProducten.AangevraagdProduct, '/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct').flatMap(({ item, path }) => {
      if (filled(item.BeschikkingNummer) && !filled(item.BeschikkingIngangsdatum)) {
        return [finding('CD043', path, text('CD043.ingangsdatum-missing', { beschikkingNummer: item.BeschikkingNummer.trim() }))];
      }
      if (!filled(item.BeschikkingNummer) && filled(item.BeschikkingIngangsdatum)) {
        return [finding('CD043', path, text('CD043.nummer-missing', { beschikkingIngangsdatum: item.BeschikkingIngangsdatum.trim() }))];
      }
      return [];
    });
  },
};
