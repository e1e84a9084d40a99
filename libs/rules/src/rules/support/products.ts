/**
 * The products (Product with Categorie and Code) of the toewijzing, start, stop and verzoek
 * messages, each with the path of its class and the date the product code must be valid on.
 * Pure functions of the parsed message.
 */
import { MESSAGE_TYPES, type ParsedMessage } from '@lib/iwmo';
import { indexed } from './within-message';

export type CodedProductClass = 'ToegewezenProduct' | 'StartProduct' | 'StopProduct' | 'AangevraagdProduct' | 'NieuwProduct';

/** One Product with a filled Code, in a 301, 305, 307, 315 or 317. */
export interface CodedProduct {
  kind: CodedProductClass;
  /** e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2] */
  path: string;
  categorie: string;
  productCode: string;
  /** the date the code is checked on, and the element it comes from */
  date: string;
  dateName: 'Ingangsdatum' | 'Begindatum' | 'ToewijzingIngangsdatum' | 'GewensteIngangsdatum';
  toewijzingNummer?: string;
}

/** The gemeente of a message: the Afzender of a message the gemeente sends, the Ontvanger otherwise. */
export const gemeenteOf = (message: ParsedMessage): string => {
  const { Afzender, Ontvanger } = message.bericht.Header;
  return (MESSAGE_TYPES[message.code].sender === 'gemeente' ? Afzender : Ontvanger).trim();
};

/** The aanbieder of a message: the other party. */
export const aanbiederOf = (message: ParsedMessage): string => {
  const { Afzender, Ontvanger } = message.bericht.Header;
  return (MESSAGE_TYPES[message.code].sender === 'gemeente' ? Ontvanger : Afzender).trim();
};

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * The products with a Code of a 301 (ToegewezenProduct, on its Ingangsdatum), 305 (StartProduct,
 * Begindatum), 307 (StopProduct, Begindatum: the product as started), 315 (AangevraagdProduct,
 * ToewijzingIngangsdatum) or 317 (NieuwProduct, GewensteIngangsdatum). A Product with only a
 * Categorie is left out; other messages give none.
 */
export function codedProductsOf(message: ParsedMessage): CodedProduct[] {
  type Item = { Product?: { Categorie: string; Code?: string }; ToewijzingNummer?: string };
  const out: CodedProduct[] = [];
  const add = <T extends Item>(items: readonly T[] | undefined, base: string, kind: CodedProductClass, dateName: CodedProduct['dateName'], dateOf: (item: T) => string) => {
    for (const { item, path } of indexed(items, base, kind)) {
      const product = item.Product;
      if (!product || !filled(product.Code) || !filled(product.Categorie)) continue;
      out.push({
        kind,
        path,
        categorie: product.Categorie.trim(),
        productCode: product.Code.trim(),
        date: dateOf(item).trim(),
        dateName,
        ...(filled(item.ToewijzingNummer) ? { toewijzingNummer: item.ToewijzingNummer.trim() } : {}),
      });
    }
  };
  switch (message.code) {
    case 'WMO301':
      add(message.bericht.Client.ToegewezenProducten.ToegewezenProduct, '/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct', 'Ingangsdatum', (i) => i.Ingangsdatum);
      break;
    case 'WMO305':
      add(message.bericht.Client.StartProducten.StartProduct, '/Bericht/Client/StartProducten', 'StartProduct', 'Begindatum', (i) => i.Begindatum);
      break;
    case 'WMO307':
      add(message.bericht.Client.StopProducten.StopProduct, '/Bericht/Client/StopProducten', 'StopProduct', 'Begindatum', (i) => i.Begindatum);
      break;
    case 'WMO315':
      add(message.bericht.Client.AangevraagdeProducten.AangevraagdProduct, '/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct', 'ToewijzingIngangsdatum', (i) => i.ToewijzingIngangsdatum);
      break;
    case 'WMO317':
      add(message.bericht.Client.Verzoek.NieuweProducten?.NieuwProduct, '/Bericht/Client/Verzoek/NieuweProducten', 'NieuwProduct', 'GewensteIngangsdatum', (i) => i.GewensteIngangsdatum);
      break;
    default:
      break;
  }
  return out;
}
