import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { antwoordPrestatiesOf, answeredDeclaratieOf, code, named, prestatiesOf, toegewezenProductOf } from './declaratie.support';
import { aanbiederOf, gemeenteOf } from './support/products';
import { indexed } from './support/within-message';
import { maskedBsn } from './support/masked-bsn';
import { standard } from '../catalogue/standard-rules';

/**
 * TR304: Bsn moet overeenkomen met Bsn van een Client (8187; on a 317 each OngewijzigdProduct and TeWijzigenProduct
 * against the client of its toewijzing, on a 323 each prestatie against the toewijzing, on a 325 against the 323 it
 * answers). Unknown ToewijzingNummers are left to the rules on those.
 */
export const TR304: Rule = {
  ...standard('TR304'),
  appliesTo: ['WMO317', 'WMO323', 'WMO325'],
  check(message, context) {
    const findings: Finding[] = [];
    const found = (path: string, said: Text) => findings.push({ rule: 'TR304', retourcode: '8187', path, text: said });
    if (message.code === 'WMO317') {
      const gemeente = gemeenteOf(message);
      const aanbieder = aanbiederOf(message);
      const bsn = code(message.bericht.Client.Bsn);
      const verzoek = message.bericht.Client.Verzoek;
      const products = [
        ...indexed(verzoek.OngewijzigdeProducten?.OngewijzigdProduct, '/Bericht/Client/Verzoek/OngewijzigdeProducten', 'OngewijzigdProduct'),
        ...indexed(verzoek.TeWijzigenProducten?.TeWijzigenProduct, '/Bericht/Client/Verzoek/TeWijzigenProducten', 'TeWijzigenProduct'),
      ];
      for (const { item, path } of products) {
        const nummer = code(item.ToewijzingNummer);
        const toewijzing = context.state.toewijzingen.toegewezenProduct(gemeente, aanbieder, nummer);
        if (toewijzing && toewijzing.bsn !== bsn) {
          const what = path.slice(path.lastIndexOf('/') + 1);
          found(path, text('TR304.verzoek', { what, toewijzing: nummer, owner: maskedBsn(toewijzing.bsn), client: maskedBsn(bsn) }));
        }
      }
    } else if (message.code === 'WMO323') {
      for (const p of prestatiesOf(message)) {
        const toewijzing = toegewezenProductOf(p, message, context);
        if (toewijzing && toewijzing.bsn !== p.bsn) {
          found(p.path, text('TR304.prestatie', { prestatie: named(p), toewijzing: p.toewijzingNummer, owner: maskedBsn(toewijzing.bsn), client: maskedBsn(p.bsn) }));
        }
      }
    } else if (message.code === 'WMO325') {
      const { answered } = answeredDeclaratieOf(message, context);
      for (const p of antwoordPrestatiesOf(message)) {
        const declared = answered?.prestatie(p.referentieNummer);
        if (declared && declared.bsn !== p.bsn) {
          found(
            p.path,
            text('TR304.antwoord', { referentie: p.referentieNummer, owner: maskedBsn(declared.bsn), declaratieNummer: answered!.declaratie.declaratieNummer, client: maskedBsn(p.bsn) }),
          );
        }
      }
    }
    return findings;
  },
};
