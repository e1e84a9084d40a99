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
