import type { Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';

/**
 * TR374: Een verzoek mag alleen worden verstuurd als er geen onderhanden verzoek is voor de betreffende client van dezelfde
 * aanbieder (9374). Onderhanden until a 319 rejects it (VerzoekAntwoord 1) or a 301 carries its ReferentieAanbieder.
 */
export const TR374: Rule = {
  code: 'TR374',
  retourcode: '9374',
  level: 'berichtoverstijgend',
  definition: 'Een verzoek mag alleen worden verstuurd als er geen onderhanden verzoek is voor de betreffende client van dezelfde aanbieder.',
  appliesTo: ['WMO315', 'WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO315' && message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const onderhanden = state.toewijzingen.verzoekenVanClient(gemeente, aanbieder, message.bericht.Client.Bsn).filter((v) => v.afgehandeldDoor === null);
    if (!onderhanden.length) return [];
    const listed = onderhanden.map((v) => `${v.referentieAanbieder} (${v.soort} of ${v.dagtekening})`).join(', ');
    return [
      {
        rule: 'TR374',
        retourcode: '9374',
        path: '/Bericht/Client',
        message: `Aanbieder ${aanbieder} has a verzoek for this client at gemeente ${gemeente} that is still onderhanden: ${listed}. Wait for the toewijzing (WMO301) or the rejection (WMO319) before sending a new verzoek.`,
      },
    ];
  },
};
