import type { Finding, Rule } from '../rule';
import { partiesOf } from '../state/toewijzing-state';

/**
 * TR379: Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW, dient ReferentieAanbieder te worden
 * gevuld met ReferentieAanbieder uit die VOT of VOW, anders leeglaten (9379). Checked: a filled ReferentieAanbieder must
 * be that of a verzoek (315 or 317) of this aanbieder for this client to this gemeente. Whether an empty one should have
 * been filled cannot be told from the messages. (The official WMO301 example fills it without a verzoek and fails here.)
 */
export const TR379: Rule = {
  code: 'TR379',
  retourcode: '9379',
  level: 'berichtoverstijgend',
  definition:
    'Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW, dient ReferentieAanbieder te worden gevuld met ReferentieAanbieder uit die VOT of VOW, anders leeglaten.',
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
      let problem: string | undefined;
      if (!verzoek) problem = `aanbieder ${aanbieder} sent no verzoek om toewijzing (WMO315) or verzoek om wijziging (WMO317) with this ReferentieAanbieder.`;
      else if (verzoek.gemeente !== gemeente) problem = `the verzoek with this ReferentieAanbieder was sent to gemeente ${verzoek.gemeente}, not to ${gemeente}.`;
      else if (verzoek.bsn !== Bsn) problem = `the verzoek with this ReferentieAanbieder is for another client.`;
      if (!problem) return;
      findings.push({
        rule: 'TR379',
        retourcode: '9379',
        path: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`,
        message: `ToewijzingNummer ${p.ToewijzingNummer} has ReferentieAanbieder ${referentie}, but ${problem} Fill ReferentieAanbieder only when the toewijzing honours a verzoek, with that verzoek's ReferentieAanbieder; leave it empty otherwise.`,
      });
    });
    return findings;
  },
};
