/**
 * Small messages for unit tests, written with free choice of prefixes to show
 * that only namespace URIs matter. `m` prefixes the message namespace and `b`
 * the basisschema; an empty prefix means the default namespace.
 */
const NS = (n: string) => `http://www.istandaarden.nl/iwmo/3_2/wmo${n}/schema`;
const BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

interface Prefixes {
  m?: string;
  b?: string;
}

function tags({ m = 'wmo305', b = 'iwmo' }: Prefixes) {
  const q = (p: string, name: string) => (p ? `${p}:${name}` : name);
  const decl = (p: string, uri: string) => (p ? `xmlns:${p}="${uri}"` : `xmlns="${uri}"`);
  return { M: (n: string) => q(m, n), B: (n: string) => q(b, n), decl, m, b };
}

export function sampleWmo305(prefixes: Prefixes = {}, overrides: { berichtCode?: string; versie?: string; namespace?: string } = {}): string {
  const { M, B, decl, m, b } = tags(prefixes);
  const el = (n: string, v: string) => `<${M(n)}>${v}</${M(n)}>`;
  const bel = (n: string, v: string) => `<${B(n)}>${v}</${B(n)}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<${M('Bericht')} ${decl(m, overrides.namespace ?? NS('305'))} ${decl(b, BASIS)}>
  <${M('Header')}>
    ${el('BerichtCode', overrides.berichtCode ?? '418')}
    ${el('BerichtVersie', overrides.versie ?? '3')}
    ${el('BerichtSubversie', '2')}
    ${el('Afzender', '12345678')}
    ${el('Ontvanger', '0503')}
    <${M('BerichtIdentificatie')}>${bel('Identificatie', 'START-0001')}${bel('Dagtekening', '2026-03-02')}</${M('BerichtIdentificatie')}>
    <${M('XsdVersie')}>${bel('BasisschemaXsdVersie', '1.0.0')}${bel('BerichtXsdVersie', '1.0.0')}</${M('XsdVersie')}>
  </${M('Header')}>
  <${M('Client')}>
    ${el('Bsn', '999990019')}
    <${M('Geboortedatum')}>${bel('Datum', '1950-06-15')}</${M('Geboortedatum')}>
    ${el('Geslacht', '2')}
    <${M('Naam')}><${B('Geslachtsnaam')}>${bel('Achternaam', 'Jansen &amp; Zn')}</${B('Geslachtsnaam')}>${bel('Voorletters', 'M')}</${M('Naam')}>
    <${M('StartProducten')}>
      <${M('StartProduct')}>${el('ToewijzingNummer', '100001')}<${M('Product')}>${bel('Categorie', '02')}${bel('Code', '02A03')}</${M('Product')}>${el('Begindatum', '2026-03-01')}${el('StatusAanlevering', '1')}</${M('StartProduct')}>
      <${M('StartProduct')}>${el('ToewijzingNummer', '100002')}${el('Begindatum', '2026-03-01')}${el('StatusAanlevering', '1')}</${M('StartProduct')}>
    </${M('StartProducten')}>
  </${M('Client')}>
</${M('Bericht')}>
`;
}

/**
 * The toewijzing that sampleWmo305 starts: Delft (0503) assigns aanbieder 12345678
 * products 100001 (02A03) and 100002 (01A02) for Bsn 999990019 from 2026-03-01.
 */
export function sampleWmo301(overrides: { identificatie?: string; dagtekening?: string; redenWijziging?: string; einddatum?: string } = {}): string {
  const product = (nummer: string, categorie: string, code: string) => `
      <wmo301:ToegewezenProduct>
        <wmo301:ToewijzingNummer>${nummer}</wmo301:ToewijzingNummer>
        <wmo301:Product><iwmo:Categorie>${categorie}</iwmo:Categorie><iwmo:Code>${code}</iwmo:Code></wmo301:Product>
        <wmo301:Toewijzingsdatum>2026-02-20</wmo301:Toewijzingsdatum>
        <wmo301:Toewijzingstijd>09:30:00</wmo301:Toewijzingstijd>
        <wmo301:Ingangsdatum>2026-03-01</wmo301:Ingangsdatum>
        <wmo301:Einddatum>${overrides.einddatum ?? '2026-12-31'}</wmo301:Einddatum>
        ${overrides.redenWijziging ? `<wmo301:RedenWijziging>${overrides.redenWijziging}</wmo301:RedenWijziging>` : ''}
        <wmo301:Omvang><iwmo:Volume>1</iwmo:Volume><iwmo:Eenheid>82</iwmo:Eenheid><iwmo:Frequentie>4</iwmo:Frequentie></wmo301:Omvang>
      </wmo301:ToegewezenProduct>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<wmo301:Bericht xmlns:wmo301="${NS('301')}" xmlns:iwmo="${BASIS}">
  <wmo301:Header>
    <wmo301:BerichtCode>414</wmo301:BerichtCode>
    <wmo301:BerichtVersie>3</wmo301:BerichtVersie>
    <wmo301:BerichtSubversie>2</wmo301:BerichtSubversie>
    <wmo301:Afzender>0503</wmo301:Afzender>
    <wmo301:Ontvanger>12345678</wmo301:Ontvanger>
    <wmo301:BerichtIdentificatie><iwmo:Identificatie>${overrides.identificatie ?? 'TOEW-0001'}</iwmo:Identificatie><iwmo:Dagtekening>${overrides.dagtekening ?? '2026-02-20'}</iwmo:Dagtekening></wmo301:BerichtIdentificatie>
    <wmo301:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo301:XsdVersie>
  </wmo301:Header>
  <wmo301:Client>
    <wmo301:Bsn>999990019</wmo301:Bsn>
    <wmo301:Geboortedatum><iwmo:Datum>1950-06-15</iwmo:Datum></wmo301:Geboortedatum>
    <wmo301:Geslacht>2</wmo301:Geslacht>
    <wmo301:Naam><iwmo:Geslachtsnaam><iwmo:Achternaam>Jansen</iwmo:Achternaam></iwmo:Geslachtsnaam><iwmo:Voorletters>M</iwmo:Voorletters><iwmo:NaamGebruik>1</iwmo:NaamGebruik></wmo301:Naam>
    <wmo301:Contactgegevens>
      <wmo301:Contact>
        <wmo301:Soort>01</wmo301:Soort>
        <wmo301:Adres><iwmo:Huis><iwmo:Huisnummer>12</iwmo:Huisnummer></iwmo:Huis><iwmo:Postcode>2611AB</iwmo:Postcode><iwmo:Straatnaam>Markt</iwmo:Straatnaam><iwmo:Plaatsnaam>Delft</iwmo:Plaatsnaam><iwmo:LandCode>NL</iwmo:LandCode></wmo301:Adres>
      </wmo301:Contact>
    </wmo301:Contactgegevens>
    <wmo301:ToegewezenProducten>${product('100001', '02', '02A03')}${product('100002', '01', '01A02')}
    </wmo301:ToegewezenProducten>
  </wmo301:Client>
</wmo301:Bericht>
`;
}
