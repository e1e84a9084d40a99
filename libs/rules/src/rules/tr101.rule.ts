import { text, type Text } from '@lib/i18n';
import type { CDT_Product, ParsedMessage } from '@lib/iwmo';
import type { Finding, Rule } from '../rule';
import { duplicates, each, finding, keyValue, listed, prestatiesOf, shortPath, type Keyed } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** A repeated class with the names and values of its logical key, for one group of siblings. */
interface KeyedClass extends Keyed {
  /** the key's elements by name, as the message has them */
  parts: Record<string, string | undefined>;
}

const keyed = (path: string, parts: Record<string, string | undefined>): KeyedClass => ({
  path,
  key: Object.values(parts).map(keyValue).join('\u0000'),
  parts,
});

/** The key as it is shown in messages: ToewijzingNummer 260101, Product Code (leeg). */
const shown = (parts: KeyedClass['parts']): Text | string =>
  listed(
    Object.entries(parts).map(([name, value]) => (value?.trim() ? `${name} ${value.trim()}` : text('TR101.key-empty', { name }))),
    ', ',
  );

const product = (p: CDT_Product | undefined) => ({ 'Product Categorie': p?.Categorie, 'Product Code': p?.Code });

/**
 * The repeated classes of a message grouped by where they repeat, each with its logical key
 * (the standard's sleutelelementen), combined with the keys of the classes above it.
 */
function groups(message: ParsedMessage): KeyedClass[][] {
  switch (message.code) {
    case 'WMO301': {
      const client = message.bericht.Client;
      return [
        each(client.Relaties?.Relatie, '/Bericht/Client/Relaties', 'Relatie').map(({ item, path }) => keyed(path, { Nummer: item.Nummer })),
        each(client.Contactgegevens.Contact, '/Bericht/Client/Contactgegevens', 'Contact').map(({ item, path }) => keyed(path, { Soort: item.Soort })),
        each(client.ToegewezenProducten.ToegewezenProduct, '/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct').map(({ item, path }) =>
          keyed(path, { ToewijzingNummer: item.ToewijzingNummer }),
        ),
      ];
    }
    case 'WMO305':
      return [
        each(message.bericht.Client.StartProducten.StartProduct, '/Bericht/Client/StartProducten', 'StartProduct').map(({ item, path }) =>
          keyed(path, { ToewijzingNummer: item.ToewijzingNummer, ...product(item.Product), Begindatum: item.Begindatum }),
        ),
      ];
    case 'WMO307':
      return [
        each(message.bericht.Client.StopProducten.StopProduct, '/Bericht/Client/StopProducten', 'StopProduct').map(({ item, path }) =>
          keyed(path, {
            ToewijzingNummer: item.ToewijzingNummer,
            ...product(item.Product),
            Begindatum: item.Begindatum,
            RedenBeeindiging: item.RedenBeeindiging,
            Einddatum: item.Einddatum,
          }),
        ),
      ];
    case 'WMO315':
      return [
        each(message.bericht.Client.AangevraagdeProducten.AangevraagdProduct, '/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct').map(({ item, path }) =>
          keyed(path, { ReferentieAanbieder: item.ReferentieAanbieder }),
        ),
      ];
    case 'WMO317': {
      const verzoek = message.bericht.Client.Verzoek;
      const base = '/Bericht/Client/Verzoek';
      return [
        each(verzoek.OngewijzigdeProducten?.OngewijzigdProduct, `${base}/OngewijzigdeProducten`, 'OngewijzigdProduct').map(({ item, path }) =>
          keyed(path, { ToewijzingNummer: item.ToewijzingNummer }),
        ),
        each(verzoek.TeWijzigenProducten?.TeWijzigenProduct, `${base}/TeWijzigenProducten`, 'TeWijzigenProduct').map(({ item, path }) =>
          keyed(path, { ToewijzingNummer: item.ToewijzingNummer }),
        ),
        each(verzoek.NieuweProducten?.NieuwProduct, `${base}/NieuweProducten`, 'NieuwProduct').map(({ item, path }) =>
          keyed(path, { ...product(item.Product), GewensteIngangsdatum: item.GewensteIngangsdatum }),
        ),
      ];
    }
    case 'WMO323':
    case 'WMO325': {
      const clients =
        message.code === 'WMO323'
          ? each(message.bericht.Declaratie.Clienten.Client, '/Bericht/Declaratie/Clienten', 'Client')
          : each(message.bericht.DeclaratieAntwoord?.Clienten?.Client, '/Bericht/DeclaratieAntwoord/Clienten', 'Client');
      return [
        clients.map(({ item, path }) => keyed(path, { Bsn: item.Bsn })),
        prestatiesOf(message).map(({ prestatie, path, bsn }) =>
          keyed(path, {
            Bsn: bsn,
            ReferentieNummer: prestatie.ProductReferentie.ReferentieNummer,
            VorigReferentieNummer: prestatie.ProductReferentie.VorigReferentieNummer,
          }),
        ),
      ];
    }
    default:
      return [];
  }
}

/**
 * TR101: Binnen een bericht zijn dubbele regels niet toegestaan (retourcode 0001): for every
 * message class the logical key, combined with the logical keys of the classes above it, is
 * unique. The keys are the standard's sleutelelementen: Client Bsn; Relatie Nummer; Contact
 * Soort; ToegewezenProduct, OngewijzigdProduct and TeWijzigenProduct ToewijzingNummer;
 * StartProduct ToewijzingNummer, Product, Begindatum (StopProduct also RedenBeeindiging and
 * Einddatum); AangevraagdProduct ReferentieAanbieder; NieuwProduct Product and
 * GewensteIngangsdatum; Prestatie ProductReferentie. The second and later occurrences are
 * reported.
 */
export const TR101: Rule = {
  ...standard('TR101'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO323', 'WMO325'],
  check(message) {
    const findings: Finding[] = [];
    for (const group of groups(message)) {
      for (const { item, first } of duplicates(group)) {
        findings.push(finding('TR101', item.path, text('TR101.duplicate', { path: shortPath(item.path), firstPath: shortPath(first.path), key: shown(item.parts) })));
      }
    }
    return findings;
  },
};
