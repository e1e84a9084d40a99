import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';
import { listed } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR374: Een verzoek mag alleen worden verstuurd als er geen onderhanden verzoek is voor de betreffende client van dezelfde
 * aanbieder (9374). Onderhanden until a 319 rejects it (VerzoekAntwoord 1) or a 301 carries its ReferentieAanbieder.
 */
export const TR374: Rule = {
  ...standard('TR374'),
  appliesTo: ['WMO315', 'WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO315' && message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const onderhanden = state.toewijzingen.verzoekenVanClient(gemeente, aanbieder, message.bericht.Client.Bsn).filter((v) => v.afgehandeldDoor === null);
    if (!onderhanden.length) return [];
    const verzoeken = listed(
      onderhanden.map((v) => text('TR374.verzoek', { referentie: v.referentieAanbieder, soort: v.soort, dagtekening: v.dagtekening })),
      ', ',
    );
    return [{ rule: 'TR374', retourcode: '9374', path: '/Bericht/Client', text: text('TR374.onderhanden', { aanbieder, gemeente, verzoeken }) }];
  },
};
