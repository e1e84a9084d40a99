import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR379: Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW, dient ReferentieAanbieder te worden
 * gevuld met ReferentieAanbieder uit die VOT of VOW, anders leeglaten (9379). Checked: a filled ReferentieAanbieder must
 * be that of a verzoek (315 or 317) of this aanbieder for this client to this gemeente. Whether an empty one should have
 * been filled cannot be told from the messages. (The official WMO301 example fills it without a verzoek and fails here.)
 */
export const TR379: Rule = {
  ...standard('TR379'),
  appliesTo: ['WMO301'],
  check(message, { state }) {
    if (message.code !== 'WMO301') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { Bsn, ToegewezenProducten } = message.bericht.Client;
    const findings: Finding[] = [];
    ToegewezenProducten.ToegewezenProduct.forEach((p, i) => {
      const referentie = p.ReferentieAanbieder;
      if (referentie === undefined) return;
      const verzoek = state.toewijzingen.verzoek(aanbieder, referentie);
      let problem: Text | undefined;
      if (!verzoek) problem = text('TR379.never-sent', { aanbieder });
      else if (verzoek.gemeente !== gemeente) problem = text('across.verzoek-other-gemeente', { gemeente: verzoek.gemeente, not: gemeente });
      else if (verzoek.bsn !== Bsn) problem = text('TR379.other-client');
      if (!problem) return;
      findings.push({
        rule: 'TR379',
        retourcode: '9379',
        path: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`,
        text: text('TR379.not-of-verzoek', { nummer: p.ToewijzingNummer, referentie, problem }),
      });
    });
    return findings;
  },
};
