import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { canonicalNummer, partiesOf } from '../state/toewijzing-state';
import { euro } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR385: Indien de toewijzing goedgekeurde (niet gecrediteerde) prestatiesregels met gelijk ToewijzingNummer heeft, is het
 * niet toegestaan deze toewijzing te verwijderen met RedenWijziging waarde 13 (verwijderd) (9385).
 * Read from the declaratie state: what was declared on the ToewijzingNummer, debet minus credit, over the prestaties not
 * afgewezen. That also counts prestaties whose 325 has not come yet: withdrawing the toewijzing under them is as wrong.
 */
export const TR385: Rule = {
  ...standard('TR385'),
  appliesTo: ['WMO301'],
  check(message, { state }) {
    if (message.code !== 'WMO301') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const findings: Finding[] = [];
    message.bericht.Client.ToegewezenProducten.ToegewezenProduct.forEach((p, i) => {
      if (p.RedenWijziging !== '13') return;
      const declared = state.declaraties.declared(gemeente, aanbieder, canonicalNummer(p.ToewijzingNummer));
      const volumes = Object.entries(declared.volumePerEenheid).filter(([, volume]) => volume !== 0);
      if (declared.bedrag === 0 && volumes.length === 0) return;
      const what = volumes.map(([eenheid, volume]) => `${volume} (Eenheid ${eenheid})`).join(', ');
      findings.push({
        rule: 'TR385',
        retourcode: '9385',
        path: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`,
        text: text('TR385.declared', { nummer: p.ToewijzingNummer, aanbieder, net: euro(BigInt(Math.round(declared.bedrag))), volume: what }),
      });
    });
    return findings;
  },
};
