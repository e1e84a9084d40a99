/** The built declaratie as a typed WMO323, and its XML. */
import { BASISSCHEMA_NAMESPACE, MESSAGE_TYPES, XSD_VERSION, type LDT_Eenheid, type LDT_ProductCategorie, type ParsedMessageOf, type Wmo323Client, type Wmo323Prestatie } from '@lib/iwmo';
import { monthEnd, monthStart } from './calendar';
import { totalsOf, type BuiltLine } from './declaratie-build';

export interface Wmo323Numbers {
  readonly declaratieNummer: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  /** one ReferentieNummer per line, in the order of the lines */
  readonly referentieNummers: readonly string[];
}

/**
 * Header: Afzender the aanbieder (AGB), Ontvanger the gemeente; DeclaratiePeriode the month. Clients in BSN
 * order, each client's prestaties in the order of the lines (credits before the debet that replaces them).
 */
export function toWmo323(q: { aanbieder: string; gemeente: string; periode: string }, lines: readonly BuiltLine[], n: Wmo323Numbers): { message: ParsedMessageOf<'WMO323'>; paths: string[] } {
  const byClient = new Map<string, Wmo323Prestatie[]>();
  lines.forEach((l, i) => {
    const prestatie: Wmo323Prestatie = {
      ProductReferentie: { ReferentieNummer: n.referentieNummers[i]!, ...(l.vorigReferentieNummer ? { VorigReferentieNummer: l.vorigReferentieNummer } : {}) },
      ToewijzingNummer: l.toewijzingNummer,
      ProductCategorie: l.productCategorie as LDT_ProductCategorie,
      ProductCode: l.productCode,
      ProductPeriode: { Begindatum: l.periodeBegin, Einddatum: l.periodeEind },
      GeleverdVolume: String(l.geleverdVolume),
      Eenheid: l.eenheid as LDT_Eenheid,
      ...(l.productTarief !== null ? { ProductTarief: String(l.productTarief) } : {}),
      IngediendBedrag: { Bedrag: String(l.bedrag), DebetCredit: l.debetCredit },
    };
    const list = byClient.get(l.bsn);
    if (list) list.push(prestatie);
    else byClient.set(l.bsn, [prestatie]);
  });
  const clienten: Wmo323Client[] = [...byClient].sort(([a], [b]) => a.localeCompare(b)).map(([Bsn, Prestatie]) => ({ Bsn, Prestaties: { Prestatie } }));
  // where each line lands: /Bericht/Declaratie/Clienten/Client[c]/Prestaties/Prestatie[p] (rule findings name it)
  const clientIndex = new Map(clienten.map((c, i) => [c.Bsn, i + 1]));
  const seen = new Map<string, number>();
  const paths = lines.map((l) => {
    const p = (seen.get(l.bsn) ?? 0) + 1;
    seen.set(l.bsn, p);
    return `/Bericht/Declaratie/Clienten/Client[${clientIndex.get(l.bsn)}]/Prestaties/Prestatie[${p}]`;
  });
  const { totaal } = totalsOf(lines);
  const begin = monthStart(q.periode);
  const message: ParsedMessageOf<'WMO323'> = {
    code: 'WMO323',
    bericht: {
      Header: {
        BerichtCode: MESSAGE_TYPES.WMO323.berichtCode,
        BerichtVersie: '3',
        BerichtSubversie: '2',
        Afzender: q.aanbieder,
        Ontvanger: q.gemeente,
        BerichtIdentificatie: { Identificatie: n.identificatie, Dagtekening: n.dagtekening },
        XsdVersie: { BasisschemaXsdVersie: XSD_VERSION, BerichtXsdVersie: XSD_VERSION },
      },
      Declaratie: {
        DeclaratieNummer: n.declaratieNummer,
        DeclaratiePeriode: { Begindatum: begin, Einddatum: monthEnd(begin) },
        DeclaratieDagtekening: n.dagtekening,
        TotaalIngediendBedrag: { TotaalBedrag: String(totaal.bedrag), DebetCredit: totaal.debetCredit },
        Clienten: { Client: clienten },
      },
    },
  };
  return { message, paths };
}

/**
 * The WMO323 as sent: what libs/iwmo's serialize writes, without the indentation (iWmo has no mixed content, so
 * white space between elements means nothing): a third smaller. Written directly, element by element in schema
 * order, because a declaratie of tens of thousands of prestaties is built in one go (wmo323.spec.ts checks that
 * the result equals serialize's).
 */
export function wmo323Xml(message: ParsedMessageOf<'WMO323'>): string {
  const { Header: h, Declaratie: d } = message.bericht;
  const m = (name: string, value: string) => `<wmo323:${name}>${esc(value)}</wmo323:${name}>`;
  const b = (name: string, value: string) => `<iwmo:${name}>${esc(value)}</iwmo:${name}>`;
  const periode = (name: string, p: { Begindatum: string; Einddatum: string }) => `<wmo323:${name}>${b('Begindatum', p.Begindatum)}${b('Einddatum', p.Einddatum)}</wmo323:${name}>`;
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?><wmo323:Bericht xmlns:wmo323="${MESSAGE_TYPES.WMO323.namespace}" xmlns:iwmo="${BASISSCHEMA_NAMESPACE}">`,
    `<wmo323:Header>${m('BerichtCode', h.BerichtCode)}${m('BerichtVersie', h.BerichtVersie)}${m('BerichtSubversie', h.BerichtSubversie)}${m('Afzender', h.Afzender)}${m('Ontvanger', h.Ontvanger)}`,
    `<wmo323:BerichtIdentificatie>${b('Identificatie', h.BerichtIdentificatie.Identificatie)}${b('Dagtekening', h.BerichtIdentificatie.Dagtekening)}</wmo323:BerichtIdentificatie>`,
    `<wmo323:XsdVersie>${b('BasisschemaXsdVersie', h.XsdVersie.BasisschemaXsdVersie)}${b('BerichtXsdVersie', h.XsdVersie.BerichtXsdVersie)}</wmo323:XsdVersie></wmo323:Header>`,
    `<wmo323:Declaratie>${m('DeclaratieNummer', d.DeclaratieNummer)}${periode('DeclaratiePeriode', d.DeclaratiePeriode)}${m('DeclaratieDagtekening', d.DeclaratieDagtekening)}`,
    `<wmo323:TotaalIngediendBedrag>${b('TotaalBedrag', d.TotaalIngediendBedrag.TotaalBedrag)}${b('DebetCredit', d.TotaalIngediendBedrag.DebetCredit)}</wmo323:TotaalIngediendBedrag><wmo323:Clienten>`,
  ];
  for (const c of d.Clienten.Client) {
    parts.push(`<wmo323:Client>${m('Bsn', c.Bsn)}<wmo323:Prestaties>`);
    for (const p of c.Prestaties.Prestatie) {
      const vorig = p.ProductReferentie.VorigReferentieNummer;
      parts.push(
        `<wmo323:Prestatie><wmo323:ProductReferentie>${b('ReferentieNummer', p.ProductReferentie.ReferentieNummer)}${vorig === undefined ? '' : b('VorigReferentieNummer', vorig)}</wmo323:ProductReferentie>` +
          `${m('ToewijzingNummer', p.ToewijzingNummer)}${m('ProductCategorie', p.ProductCategorie)}${m('ProductCode', p.ProductCode)}${periode('ProductPeriode', p.ProductPeriode)}` +
          `${m('GeleverdVolume', p.GeleverdVolume)}${m('Eenheid', p.Eenheid)}${p.ProductTarief === undefined ? '' : m('ProductTarief', p.ProductTarief)}` +
          `<wmo323:IngediendBedrag>${b('Bedrag', p.IngediendBedrag.Bedrag)}${b('DebetCredit', p.IngediendBedrag.DebetCredit)}</wmo323:IngediendBedrag></wmo323:Prestatie>`,
      );
    }
    parts.push('</wmo323:Prestaties></wmo323:Client>');
  }
  parts.push('</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n');
  return parts.join('');
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const esc = (value: string): string => (/[&<>"']/.test(value) ? value.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : value);
