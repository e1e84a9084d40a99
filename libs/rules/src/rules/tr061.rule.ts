import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

const USABLE = new Set(['01', '02', '03']);

/**
 * TR061: Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01'
 * (BRP-adres), '02' (Correspondentie-adres) of '03' (Verblijfadres) heeft (the client's
 * Contactgegevens in a 301; retourcode 0001).
 */
export const TR061: Rule = {
  ...standard('TR061'),
  appliesTo: ['WMO301'],
  check(message) {
    if (message.code !== 'WMO301') return [];
    const soorten = message.bericht.Client.Contactgegevens.Contact.map((c) => c.Soort.trim());
    if (soorten.some((s) => USABLE.has(s))) return [];
    return [finding('TR061', '/Bericht/Client', text('TR061.no-usable-address', { soorten: soorten.join(', ') }))];
  },
};
