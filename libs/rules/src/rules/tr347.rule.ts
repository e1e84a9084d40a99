import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { partiesOf, type VerzoekState } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/** TR347: ReferentieAanbieder is uniek voor de aanbieder binnen het wettelijk domein (9347). */
export const TR347: Rule = {
  ...standard('TR347'),
  appliesTo: ['WMO315', 'WMO317'],
  check(message, { state }) {
    const { aanbieder } = partiesOf(message);
    // Within a 315 each AangevraagdProduct is a verzoek of its own; a 317 holds one.
    let verzoeken: Array<{ path: string; referentie: string }>;
    if (message.code === 'WMO315') {
      verzoeken = message.bericht.Client.AangevraagdeProducten.AangevraagdProduct.map((p, i) => ({
        path: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`,
        referentie: p.ReferentieAanbieder,
      }));
    } else if (message.code === 'WMO317') {
      verzoeken = [{ path: '/Bericht/Client/Verzoek', referentie: message.bericht.Client.Verzoek.ReferentieAanbieder }];
    } else return [];
    const findings: Finding[] = [];
    verzoeken.forEach(({ path, referentie }, i) => {
      const earlier = state.toewijzingen.verzoek(aanbieder, referentie);
      const twin = verzoeken.findIndex((v, j) => j < i && v.referentie === referentie);
      if (!earlier && twin < 0) return;
      const where = earlier ? describe(earlier) : text('TR347.in-this-message', { index: twin + 1 });
      findings.push({ rule: 'TR347', retourcode: '9347', path, text: text('TR347.reused', { referentie, aanbieder, where }) });
    });
    return findings;
  },
};

const describe = (v: VerzoekState): Text =>
  text('TR347.earlier-verzoek', {
    verzoek: v.soort === 'WMO315' ? 'verzoek om toewijzing (WMO315)' : 'verzoek om wijziging (WMO317)',
    dagtekening: v.dagtekening,
    gemeente: v.gemeente,
  });
