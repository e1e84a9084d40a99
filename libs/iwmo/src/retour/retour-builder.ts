import type {
  CDT_BerichtIdentificatie,
  LDT_RetourCode,
  Wmo323Prestatie,
  Wmo323Root,
  Wmo325Client,
  Wmo325Prestatie,
  Wmo325Root,
} from '../generated/message-types';
import type { ParsedMessage, ParsedMessageOf } from '../parse';
import { MESSAGE_TYPES, XSD_VERSION, type MessageCode } from '../registry';
import { complexType, rootType, type ResolvedComplexType } from '../schema/schema-index';

/** RetourCode 0200: "Geen opmerking over deze berichtklasse." */
export const RETOURCODE_GEEN_OPMERKING: LDT_RetourCode = '0200';
/** RetourCode 8001: "Declaratie is volledig toegewezen." */
export const RETOURCODE_VOLLEDIG_TOEGEWEZEN: LDT_RetourCode = '8001';

export interface RetourOptions {
  /** IdentificatieRetour (the retour's own identification, at most 12 characters) */
  identificatie: string;
  /** DagtekeningRetour, YYYY-MM-DD */
  dagtekening: string;
  /**
   * Retourcodes per message class, keyed by the class's element path with positions,
   * e.g. /Bericht/Client/StartProducten/StartProduct[2]. A class without codes gets 0200.
   */
  codes?: ReadonlyMap<string, readonly LDT_RetourCode[]>;
  /**
   * Codes on the header: the message as a whole is rejected (e.g. 9056 not unique,
   * 8848 Dagtekening in the future); the retour then carries only its header.
   */
  headerCodes?: readonly LDT_RetourCode[];
}

type HeenCode = 'WMO301' | 'WMO305' | 'WMO307' | 'WMO315' | 'WMO317' | 'WMO319';
type Heen = Extract<ParsedMessage, { code: HeenCode }>;

const xsdVersie = () => ({ BasisschemaXsdVersie: XSD_VERSION, BerichtXsdVersie: XSD_VERSION });

/**
 * The retourbericht (302, 306, 308, 316, 318, 320) for a heenbericht: the
 * heenbericht's content, class by class, each class with its RetourCodes.
 */
export function buildRetour(heen: Heen, options: RetourOptions): ParsedMessage {
  const retourCode = MESSAGE_TYPES[heen.code].pair;
  const source = heen.bericht as unknown as Record<string, unknown>;
  const header = source['Header'] as Record<string, unknown>;
  const retourHeader: Record<string, unknown> = {
    ...header,
    BerichtCode: MESSAGE_TYPES[retourCode].berichtCode,
    IdentificatieRetour: options.identificatie,
    DagtekeningRetour: options.dagtekening,
    XsdVersieRetour: xsdVersie(),
  };
  if (options.headerCodes?.length) {
    retourHeader['RetourCodes'] = { RetourCode: [...options.headerCodes] };
    return { code: retourCode, bericht: { Header: retourHeader } } as unknown as ParsedMessage;
  }
  const bericht: Record<string, unknown> = { Header: retourHeader };
  for (const decl of rootType(retourCode).elements) {
    if (decl.name === 'Header' || source[decl.name] === undefined) continue;
    const type = complexType(retourCode, decl.type)!;
    bericht[decl.name] = copyWithCodes(retourCode, type, source[decl.name] as Record<string, unknown>, `/Bericht/${decl.name}`, options.codes);
  }
  return { code: retourCode, bericht } as unknown as ParsedMessage;
}

function copyWithCodes(
  code: MessageCode,
  type: ResolvedComplexType,
  value: Record<string, unknown>,
  path: string,
  codes: ReadonlyMap<string, readonly LDT_RetourCode[]> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const decl of type.elements) {
    if (decl.name === 'RetourCodes') {
      const own = codes?.get(path);
      out['RetourCodes'] = { RetourCode: own?.length ? [...own] : [RETOURCODE_GEEN_OPMERKING] };
      continue;
    }
    const v = value[decl.name];
    if (v === undefined) continue;
    const child = complexType(code, decl.type);
    // Basis types (CDT_*) carry no RetourCodes: copy them as they are.
    if (!child || child.name.startsWith('CDT_')) {
      out[decl.name] = v;
    } else if (Array.isArray(v)) {
      out[decl.name] = v.map((item, i) => copyWithCodes(code, child, item as Record<string, unknown>, `${path}/${decl.name}[${i + 1}]`, codes));
    } else {
      out[decl.name] = copyWithCodes(code, child, v as Record<string, unknown>, `${path}/${decl.name}`, codes);
    }
  }
  return out;
}

export interface DeclaratieAntwoordOptions {
  identificatie: string;
  dagtekening: string;
  /** rejected prestaties: path of the Prestatie (e.g. /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]) -> codes */
  rejected?: ReadonlyMap<string, readonly LDT_RetourCode[]>;
  /** the message is rejected on its header (e.g. 9056): only the header is answered */
  headerCodes?: readonly LDT_RetourCode[];
  /** the declaratie is rejected as a whole (e.g. 9333, 8214): codes on DeclaratieAntwoord, nothing toegekend */
  declaratieCodes?: readonly LDT_RetourCode[];
}

/**
 * The declaratie-antwoord (WMO325) for a declaratie (WMO323): sent by the gemeente
 * to the aanbieder; lists the rejected prestaties with their codes and the total
 * amount toegekend (the accepted debet minus credit prestaties).
 */
export function buildDeclaratieAntwoord(declaratie: ParsedMessageOf<'WMO323'>, options: DeclaratieAntwoordOptions): ParsedMessageOf<'WMO325'> {
  const heen: Wmo323Root = declaratie.bericht;
  const header: Wmo325Root['Header'] = {
    BerichtCode: MESSAGE_TYPES.WMO325.berichtCode,
    BerichtVersie: heen.Header.BerichtVersie,
    BerichtSubversie: heen.Header.BerichtSubversie,
    Afzender: heen.Header.Ontvanger,
    Ontvanger: heen.Header.Afzender,
    BerichtIdentificatie: { Identificatie: options.identificatie, Dagtekening: options.dagtekening } satisfies CDT_BerichtIdentificatie,
    XsdVersie: xsdVersie(),
    DeclaratieIdentificatie: { ...heen.Header.BerichtIdentificatie },
    XsdVersieDeclaratie: { ...heen.Header.XsdVersie },
    RetourCodes: { RetourCode: options.headerCodes?.length ? [...options.headerCodes] : [RETOURCODE_GEEN_OPMERKING] },
  };
  if (options.headerCodes?.length) return { code: 'WMO325', bericht: { Header: header } };

  const antwoord = (toegekend: bigint, codes: readonly LDT_RetourCode[], clienten: Wmo325Client[] = []): ParsedMessageOf<'WMO325'> => ({
    code: 'WMO325',
    bericht: {
      Header: header,
      DeclaratieAntwoord: {
        DeclaratieNummer: heen.Declaratie.DeclaratieNummer,
        TotaalIngediendBedrag: { ...heen.Declaratie.TotaalIngediendBedrag },
        TotaalToegekendBedrag: { TotaalBedrag: (toegekend < 0n ? -toegekend : toegekend).toString(), DebetCredit: toegekend < 0n ? 'C' : 'D' },
        ...(clienten.length ? { Clienten: { Client: clienten } } : {}),
        RetourCodes: { RetourCode: [...codes] },
      },
    },
  });
  // Rejected as a whole: nothing toegekend, the codes on DeclaratieAntwoord.
  if (options.declaratieCodes?.length) return antwoord(0n, options.declaratieCodes);

  const rejected = options.rejected ?? new Map<string, readonly LDT_RetourCode[]>();
  let toegekend = 0n;
  const clienten: Wmo325Client[] = [];
  heen.Declaratie.Clienten.Client.forEach((client, c) => {
    const afgewezen: Wmo325Prestatie[] = [];
    client.Prestaties.Prestatie.forEach((prestatie, p) => {
      const codes = rejected.get(`/Bericht/Declaratie/Clienten/Client[${c + 1}]/Prestaties/Prestatie[${p + 1}]`);
      if (codes?.length) afgewezen.push({ ...copyPrestatie(prestatie), RetourCodes: { RetourCode: [...codes] } });
      else toegekend += signed(prestatie.IngediendBedrag.Bedrag, prestatie.IngediendBedrag.DebetCredit);
    });
    if (afgewezen.length) {
      clienten.push({ Bsn: client.Bsn, Prestaties: { Prestatie: afgewezen }, RetourCodes: { RetourCode: [RETOURCODE_GEEN_OPMERKING] } });
    }
  });
  return antwoord(toegekend, [clienten.length ? RETOURCODE_GEEN_OPMERKING : RETOURCODE_VOLLEDIG_TOEGEWEZEN], clienten);
}

function copyPrestatie(p: Wmo323Prestatie): Omit<Wmo325Prestatie, 'RetourCodes'> {
  const { ProductReferentie, ToewijzingNummer, ProductCategorie, ProductCode, ProductPeriode, GeleverdVolume, Eenheid, ProductTarief, IngediendBedrag } = p;
  return {
    ProductReferentie, ToewijzingNummer, ProductCategorie, ProductCode, ProductPeriode, GeleverdVolume, Eenheid,
    ...(ProductTarief !== undefined ? { ProductTarief } : {}),
    IngediendBedrag,
  };
}

const signed = (bedrag: string, dc: string): bigint => (dc === 'C' ? -BigInt(bedrag) : BigInt(bedrag));
