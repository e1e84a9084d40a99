import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR352: Bij een verzoek om wijziging komt minstens 1 OngewijzigdProduct of TeWijzigenProduct
 * voor (317; retourcode 0001): a VOW starts from at least one current toewijzing, and all of
 * them are listed.
 */
export const TR352: Rule = {
  ...standard('TR352'),
  appliesTo: ['WMO317'],
  check(message) {
    if (message.code !== 'WMO317') return [];
    const verzoek = message.bericht.Client.Verzoek;
    const count = (verzoek.OngewijzigdeProducten?.OngewijzigdProduct.length ?? 0) + (verzoek.TeWijzigenProducten?.TeWijzigenProduct.length ?? 0);
    if (count > 0) return [];
    return [finding('TR352', '/Bericht/Client/Verzoek', text('TR352.nothing-current'))];
  },
};
