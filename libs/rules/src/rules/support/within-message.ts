/**
 * Shared walkers for the condities (CD) and constraints (CS): they find the message classes
 * a rule looks at, each with the path of the class in the retourbericht (positions on every
 * repeating element, 1-based). Pure functions of the parsed message.
 */
import type {
  CDT_Geboortedatum,
  CDT_Omvang,
  CDT_Product,
  CDT_Verwijzer,
  CDT_VolledigeNaam,
  ParsedMessage,
  Wmo301Contact,
  Wmo323Prestatie,
} from '@lib/iwmo';
import { text, type Text } from '@lib/i18n';
import type { Finding } from '../../rule';
import { monthEnd } from '../../calendar';

/** Within-message rules all answer with 0001 (Bericht is technisch onjuist) on the class concerned. */
export const WITHIN_MESSAGE_RETOURCODE = '0001';

/** A finding of a within-message rule: what is wrong and how to fix it, as a text of the rules-within catalogue. */
export function finding(rule: string, path: string, said: Text): Finding {
  return { rule, retourcode: WITHIN_MESSAGE_RETOURCODE, path, text: said };
}

/** An element counts as filled when present with a non-blank value (the XSD forbids empty elements anyway). */
export const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The items of a repeating element, each with its positional path under `base`. */
export function indexed<T>(items: readonly T[] | undefined, base: string, name: string): Array<{ item: T; path: string }> {
  return (items ?? []).map((item, i) => ({ item, path: `${base}/${name}[${i + 1}]` }));
}

// ---------------------------------------------------------------- values

/** The numeric value of an xs:integer in its lexical form ('+0012' is 12). */
export const integer = (value: string): number => Number(value.trim());

/** A date (xs:date without time zone, YYYY-MM-DD) as the comparable string. */
export const date = (value: string): string => value.trim();

/** Whether Einddatum "groter dan 31-12-2020 of leeg" holds (CD080, CD095, CD096, CS338, CS343). */
export const endsAfter2020OrOpen = (einddatum: string | undefined): boolean => !filled(einddatum) || date(einddatum) > '2020-12-31';

/** The last day of the month of a YYYY-MM-DD date, as YYYY-MM-DD. */
export const lastDayOfMonth = (value: string): string => monthEnd(date(value));

/** The YYYY-MM of a date. */
export const monthOf = (value: string): string => date(value).slice(0, 7);

/** A value as quoted in a text: trimmed, or the phrase '(leeg)' / '(empty)' when the element is not filled. */
export const shown = (value: string | undefined): string | Text => (filled(value) ? value.trim() : text('within.empty'));

// ---------------------------------------------------------------- header and client

/** Every Client Bsn of a message with the path of its Client class. */
export function clientBsns(message: ParsedMessage): Array<{ bsn: string; path: string }> {
  switch (message.code) {
    case 'WMO301':
    case 'WMO305':
    case 'WMO307':
    case 'WMO315':
    case 'WMO317':
      return [{ bsn: message.bericht.Client.Bsn, path: '/Bericht/Client' }];
    case 'WMO323':
      return indexed(message.bericht.Declaratie.Clienten.Client, '/Bericht/Declaratie/Clienten', 'Client').map(({ item, path }) => ({ bsn: item.Bsn, path }));
    case 'WMO325':
      return indexed(message.bericht.DeclaratieAntwoord?.Clienten?.Client, '/Bericht/DeclaratieAntwoord/Clienten', 'Client').map(({ item, path }) => ({
        bsn: item.Bsn,
        path,
      }));
    default:
      return [];
  }
}

export interface PersonClass {
  /** 'Client' or 'Relatie', for messages */
  who: 'Client' | 'Relatie';
  path: string;
  geboortedatum?: CDT_Geboortedatum;
}

/** The Client and (in the 301) every Relatie with their Geboortedatum. */
export function geboortedata(message: ParsedMessage): PersonClass[] {
  switch (message.code) {
    case 'WMO301':
      return [
        { who: 'Client', path: '/Bericht/Client', geboortedatum: message.bericht.Client.Geboortedatum },
        ...indexed(message.bericht.Client.Relaties?.Relatie, '/Bericht/Client/Relaties', 'Relatie').map(({ item, path }) => ({
          who: 'Relatie' as const,
          path,
          geboortedatum: item.Geboortedatum,
        })),
      ];
    case 'WMO305':
    case 'WMO307':
    case 'WMO315':
      return [{ who: 'Client', path: '/Bericht/Client', geboortedatum: message.bericht.Client.Geboortedatum }];
    default:
      return [];
  }
}

/** The VolledigeNaam of the Client and every Relatie of a 301. */
export function volledigeNamen(message: ParsedMessage): Array<{ who: 'Client' | 'Relatie'; path: string; naam: CDT_VolledigeNaam }> {
  if (message.code !== 'WMO301') return [];
  const client = message.bericht.Client;
  return [
    { who: 'Client', path: '/Bericht/Client', naam: client.Naam },
    ...indexed(client.Relaties?.Relatie, '/Bericht/Client/Relaties', 'Relatie').map(({ item, path }) => ({ who: 'Relatie' as const, path, naam: item.Naam })),
  ];
}

/** Every Contact of a 301: the client's Contactgegevens and the Contact of each Relatie. */
export function contacts301(message: ParsedMessage): Array<{ contact: Wmo301Contact; path: string }> {
  if (message.code !== 'WMO301') return [];
  const client = message.bericht.Client;
  return [
    ...indexed(client.Contactgegevens.Contact, '/Bericht/Client/Contactgegevens', 'Contact').map(({ item, path }) => ({ contact: item, path })),
    ...indexed(client.Relaties?.Relatie, '/Bericht/Client/Relaties', 'Relatie').map(({ item, path }) => ({ contact: item.Contact, path: `${path}/Contact` })),
  ];
}

// ---------------------------------------------------------------- products of toewijzing and verzoeken

export type ProductClassName = 'ToegewezenProduct' | 'AangevraagdProduct' | 'NieuwProduct' | 'TeWijzigenProduct';

/**
 * A toegewezen or aangevraagd product, seen the same way in the 301, 315 and 317: its start
 * and end date (under the names the class uses), Product, Omvang and Budget.
 */
export interface ProductClass {
  kind: ProductClassName;
  path: string;
  /** false for TeWijzigenProduct, which has no Product element */
  hasProduct: boolean;
  product?: CDT_Product;
  ingangsdatumName: 'Ingangsdatum' | 'ToewijzingIngangsdatum' | 'GewensteIngangsdatum';
  ingangsdatum: string;
  einddatumName: 'Einddatum' | 'ToewijzingEinddatum';
  einddatum?: string;
  omvang?: CDT_Omvang;
  budget?: string;
}

/** The product classes of a 301 (ToegewezenProduct), 315 (AangevraagdProduct) or 317 (TeWijzigenProduct, NieuwProduct). */
export function productClasses(message: ParsedMessage, kinds: readonly ProductClassName[] = PRODUCT_CLASS_NAMES): ProductClass[] {
  const out: ProductClass[] = [];
  switch (message.code) {
    case 'WMO301':
      for (const { item, path } of indexed(message.bericht.Client.ToegewezenProducten.ToegewezenProduct, '/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct')) {
        out.push({
          kind: 'ToegewezenProduct',
          path,
          hasProduct: true,
          product: item.Product,
          ingangsdatumName: 'Ingangsdatum',
          ingangsdatum: item.Ingangsdatum,
          einddatumName: 'Einddatum',
          einddatum: item.Einddatum,
          omvang: item.Omvang,
          budget: item.Budget,
        });
      }
      break;
    case 'WMO315':
      for (const { item, path } of indexed(message.bericht.Client.AangevraagdeProducten.AangevraagdProduct, '/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct')) {
        out.push({
          kind: 'AangevraagdProduct',
          path,
          hasProduct: true,
          product: item.Product,
          ingangsdatumName: 'ToewijzingIngangsdatum',
          ingangsdatum: item.ToewijzingIngangsdatum,
          einddatumName: 'ToewijzingEinddatum',
          einddatum: item.ToewijzingEinddatum,
          omvang: item.Omvang,
          budget: item.Budget,
        });
      }
      break;
    case 'WMO317': {
      const verzoek = message.bericht.Client.Verzoek;
      for (const { item, path } of indexed(verzoek.TeWijzigenProducten?.TeWijzigenProduct, '/Bericht/Client/Verzoek/TeWijzigenProducten', 'TeWijzigenProduct')) {
        out.push({
          kind: 'TeWijzigenProduct',
          path,
          hasProduct: false,
          ingangsdatumName: 'GewensteIngangsdatum',
          ingangsdatum: item.GewensteIngangsdatum,
          einddatumName: 'Einddatum',
          einddatum: item.Einddatum,
          omvang: item.Omvang,
          budget: item.Budget,
        });
      }
      for (const { item, path } of indexed(verzoek.NieuweProducten?.NieuwProduct, '/Bericht/Client/Verzoek/NieuweProducten', 'NieuwProduct')) {
        out.push({
          kind: 'NieuwProduct',
          path,
          hasProduct: true,
          product: item.Product,
          ingangsdatumName: 'GewensteIngangsdatum',
          ingangsdatum: item.GewensteIngangsdatum,
          einddatumName: 'Einddatum',
          einddatum: item.Einddatum,
          omvang: item.Omvang,
          budget: item.Budget,
        });
      }
      break;
    }
    default:
      break;
  }
  return out.filter((p) => kinds.includes(p.kind));
}

export const PRODUCT_CLASS_NAMES: readonly ProductClassName[] = ['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct', 'TeWijzigenProduct'];

/**
 * The end of a product as CD080, CD095 and CD096 name it (they apply to an Einddatum after
 * 31-12-2020 or none): "Einddatum 2026-12-31 (after 31-12-2020)" or "no Einddatum".
 */
export const endPhrase = (p: ProductClass): Text =>
  filled(p.einddatum) ? text('CD.end-after-2020', { einddatumName: p.einddatumName, einddatum: p.einddatum.trim() }) : text('CD.no-end', { einddatumName: p.einddatumName });

/** An Omvang as quoted in messages: "Omvang (Volume 5, Eenheid 16, Frequentie 2)". */
export const omvangText = (o: CDT_Omvang): string => `Omvang (Volume ${o.Volume}, Eenheid ${o.Eenheid}, Frequentie ${o.Frequentie})`;

/** What CS338 and CS343 say of a product whose Omvang has the wrong Frequentie for its Eenheid (the same constraint on different classes). */
export function frequentieText(p: ProductClass, code: string): Text {
  const params = { kind: p.kind, eenheid: p.omvang!.Eenheid, frequentie: p.omvang!.Frequentie, code };
  return filled(p.einddatum) ? text('CS.frequentie-for-eenheid', params) : text('CS.frequentie-for-eenheid-open', { ...params, einddatumName: p.einddatumName });
}

// ---------------------------------------------------------------- declaratie

/** The Prestaties of a 323 or 325 with the path of each Prestatie class. */
export function prestaties(message: ParsedMessage): Array<{ prestatie: Wmo323Prestatie; path: string }> {
  const clienten =
    message.code === 'WMO323'
      ? { base: '/Bericht/Declaratie/Clienten', list: message.bericht.Declaratie.Clienten.Client }
      : message.code === 'WMO325'
        ? { base: '/Bericht/DeclaratieAntwoord/Clienten', list: message.bericht.DeclaratieAntwoord?.Clienten?.Client }
        : undefined;
  if (!clienten) return [];
  return indexed<{ Prestaties: { Prestatie: Wmo323Prestatie[] } }>(clienten.list, clienten.base, 'Client').flatMap(({ item, path }) =>
    indexed(item.Prestaties.Prestatie, `${path}/Prestaties`, 'Prestatie').map(({ item: prestatie, path: p }) => ({ prestatie, path: p })),
  );
}

// ---------------------------------------------------------------- verzoek om toewijzing

/** Huisarts, jeugdarts, gecertificeerde instelling, medisch specialist: the verwijzer types CD066-CD068 tie to a ZorgverlenerCode (COD327). */
export const VERWIJZER_TYPES_MET_ZORGVERLENERCODE: readonly string[] = ['02', '03', '04', '05'];

/** The Verwijzer of every AangevraagdProduct of a 315, with the path of the AangevraagdProduct. */
export function verwijzers(message: ParsedMessage): Array<{ verwijzer: CDT_Verwijzer; path: string }> {
  if (message.code !== 'WMO315') return [];
  return indexed(message.bericht.Client.AangevraagdeProducten.AangevraagdProduct, '/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct').map(({ item, path }) => ({
    verwijzer: item.Verwijzer,
    path,
  }));
}
