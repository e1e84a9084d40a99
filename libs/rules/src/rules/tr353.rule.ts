import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR353: Bij een verzoek om wijziging komt minstens 1 TeWijzigenProduct of NieuwProduct voor
 * (317; retourcode 0001): a VOW that changes nothing has no reason to be sent.
 */
export const TR353: Rule = {
  ...standard('TR353'),
  appliesTo: ['WMO317'],
  check(message) {
    if (message.code !== 'WMO317') return [];
    const verzoek = message.bericht.Client.Verzoek;
    const count = (verzoek.TeWijzigenProducten?.TeWijzigenProduct.length ?? 0) + (verzoek.NieuweProducten?.NieuwProduct.length ?? 0);
    if (count > 0) return [];
    return [finding('TR353', '/Bericht/Client/Verzoek', text('TR353.nothing-changed'))];
  },
};
