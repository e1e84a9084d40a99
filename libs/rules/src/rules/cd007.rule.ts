import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { filled, finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CD007: Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten (Taal; 0001). */
export const CD007: Rule = {
  ...standard('CD007'),
  appliesTo: ['WMO301'],
  check(message) {
    if (message.code !== 'WMO301') return [];
    const communicatie = message.bericht.Client.Communicatie;
    if (!communicatie) return [];
    const path = '/Bericht/Client';
    if (communicatie.Vorm === '1' && !filled(communicatie.Taal)) {
      return [finding('CD007', path, text('CD007.taal-missing'))];
    }
    if (communicatie.Vorm !== '1' && filled(communicatie.Taal)) {
      return [finding('CD007', path, text('CD007.taal-without-tolk', { vorm: communicatie.Vorm, taal: communicatie.Taal.trim() }))];
    }
    return [];
  },
};
