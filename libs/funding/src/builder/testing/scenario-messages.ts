/**
 * Messages for builder scenarios and demo data: 301s from gemeente to aanbieder and the aanbieder's 305s and
 * 307s, in the shape of libs/iwmo's sample messages, and BSNs that pass the 11-proef. Made-up clients and
 * numbers. Used by the builder's specs, the end-to-end tests and `iwmo demo seed` (never by the gateway).
 */
const NS = (n: string) => `http://www.istandaarden.nl/iwmo/3_2/wmo${n}/schema`;
const BASIS = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

export interface Party {
  gemeente: string;
  aanbieder: string;
}

export interface ScenarioProduct {
  nummer: string;
  categorie: string;
  code: string;
  ingangsdatum: string;
  einddatum: string;
  toewijzingsdatum: string;
  toewijzingstijd?: string;
  redenWijziging?: string;
  /** null: no Omvang */
  omvang?: { volume: string; eenheid: string; frequentie: string } | null;
}

const header = (m: string, code: string, from: string, to: string, identificatie: string, dagtekening: string) => `
  <${m}:Header>
    <${m}:BerichtCode>${code}</${m}:BerichtCode>
    <${m}:BerichtVersie>3</${m}:BerichtVersie>
    <${m}:BerichtSubversie>2</${m}:BerichtSubversie>
    <${m}:Afzender>${from}</${m}:Afzender>
    <${m}:Ontvanger>${to}</${m}:Ontvanger>
    <${m}:BerichtIdentificatie><iwmo:Identificatie>${identificatie}</iwmo:Identificatie><iwmo:Dagtekening>${dagtekening}</iwmo:Dagtekening></${m}:BerichtIdentificatie>
    <${m}:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></${m}:XsdVersie>
  </${m}:Header>`;

const client = (m: string, bsn: string) => `
    <${m}:Bsn>${bsn}</${m}:Bsn>
    <${m}:Geboortedatum><iwmo:Datum>1950-06-15</iwmo:Datum></${m}:Geboortedatum>
    <${m}:Geslacht>2</${m}:Geslacht>`;

export function wmo301(p: Party, bsn: string, products: readonly ScenarioProduct[], identificatie: string, dagtekening: string): string {
  const product = (x: ScenarioProduct) => {
    const omvang = x.omvang === undefined ? { volume: '1', eenheid: '82', frequentie: '4' } : x.omvang;
    return `
      <wmo301:ToegewezenProduct>
        <wmo301:ToewijzingNummer>${x.nummer}</wmo301:ToewijzingNummer>
        <wmo301:Product><iwmo:Categorie>${x.categorie}</iwmo:Categorie><iwmo:Code>${x.code}</iwmo:Code></wmo301:Product>
        <wmo301:Toewijzingsdatum>${x.toewijzingsdatum}</wmo301:Toewijzingsdatum>
        <wmo301:Toewijzingstijd>${x.toewijzingstijd ?? '09:30:00'}</wmo301:Toewijzingstijd>
        <wmo301:Ingangsdatum>${x.ingangsdatum}</wmo301:Ingangsdatum>
        <wmo301:Einddatum>${x.einddatum}</wmo301:Einddatum>
        ${x.redenWijziging ? `<wmo301:RedenWijziging>${x.redenWijziging}</wmo301:RedenWijziging>` : ''}
        ${omvang ? `<wmo301:Omvang><iwmo:Volume>${omvang.volume}</iwmo:Volume><iwmo:Eenheid>${omvang.eenheid}</iwmo:Eenheid><iwmo:Frequentie>${omvang.frequentie}</iwmo:Frequentie></wmo301:Omvang>` : ''}
      </wmo301:ToegewezenProduct>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<wmo301:Bericht xmlns:wmo301="${NS('301')}" xmlns:iwmo="${BASIS}">${header('wmo301', '414', p.gemeente, p.aanbieder, identificatie, dagtekening)}
  <wmo301:Client>${client('wmo301', bsn)}
    <wmo301:Naam><iwmo:Geslachtsnaam><iwmo:Achternaam>Jansen</iwmo:Achternaam></iwmo:Geslachtsnaam><iwmo:Voorletters>M</iwmo:Voorletters><iwmo:NaamGebruik>1</iwmo:NaamGebruik></wmo301:Naam>
    <wmo301:Contactgegevens>
      <wmo301:Contact>
        <wmo301:Soort>01</wmo301:Soort>
        <wmo301:Adres><iwmo:Huis><iwmo:Huisnummer>12</iwmo:Huisnummer></iwmo:Huis><iwmo:Postcode>2611AB</iwmo:Postcode><iwmo:Straatnaam>Markt</iwmo:Straatnaam><iwmo:Plaatsnaam>Delft</iwmo:Plaatsnaam><iwmo:LandCode>NL</iwmo:LandCode></wmo301:Adres>
      </wmo301:Contact>
    </wmo301:Contactgegevens>
    <wmo301:ToegewezenProducten>${products.map(product).join('')}
    </wmo301:ToegewezenProducten>
  </wmo301:Client>
</wmo301:Bericht>
`;
}

export function wmo305(p: Party, bsn: string, starts: ReadonlyArray<{ nummer: string; categorie: string; code: string; begindatum: string }>, identificatie: string, dagtekening: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<wmo305:Bericht xmlns:wmo305="${NS('305')}" xmlns:iwmo="${BASIS}">${header('wmo305', '418', p.aanbieder, p.gemeente, identificatie, dagtekening)}
  <wmo305:Client>${client('wmo305', bsn)}
    <wmo305:Naam><iwmo:Geslachtsnaam><iwmo:Achternaam>Jansen</iwmo:Achternaam></iwmo:Geslachtsnaam><iwmo:Voorletters>M</iwmo:Voorletters></wmo305:Naam>
    <wmo305:StartProducten>${starts
      .map(
        (s) => `
      <wmo305:StartProduct><wmo305:ToewijzingNummer>${s.nummer}</wmo305:ToewijzingNummer><wmo305:Product><iwmo:Categorie>${s.categorie}</iwmo:Categorie><iwmo:Code>${s.code}</iwmo:Code></wmo305:Product><wmo305:Begindatum>${s.begindatum}</wmo305:Begindatum><wmo305:StatusAanlevering>1</wmo305:StatusAanlevering></wmo305:StartProduct>`,
      )
      .join('')}
    </wmo305:StartProducten>
  </wmo305:Client>
</wmo305:Bericht>
`;
}

export function wmo307(
  p: Party,
  bsn: string,
  stops: ReadonlyArray<{ nummer: string; categorie: string; code: string; toewijzingIngangsdatum: string; begindatum: string; redenBeeindiging: string; einddatum: string }>,
  identificatie: string,
  dagtekening: string,
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<wmo307:Bericht xmlns:wmo307="${NS('307')}" xmlns:iwmo="${BASIS}">${header('wmo307', '420', p.aanbieder, p.gemeente, identificatie, dagtekening)}
  <wmo307:Client>${client('wmo307', bsn)}
    <wmo307:Naam><iwmo:Geslachtsnaam><iwmo:Achternaam>Jansen</iwmo:Achternaam></iwmo:Geslachtsnaam><iwmo:Voorletters>M</iwmo:Voorletters></wmo307:Naam>
    <wmo307:StopProducten>${stops
      .map(
        (s) => `
      <wmo307:StopProduct><wmo307:ToewijzingNummer>${s.nummer}</wmo307:ToewijzingNummer><wmo307:Product><iwmo:Categorie>${s.categorie}</iwmo:Categorie><iwmo:Code>${s.code}</iwmo:Code></wmo307:Product><wmo307:ToewijzingIngangsdatum>${s.toewijzingIngangsdatum}</wmo307:ToewijzingIngangsdatum><wmo307:Begindatum>${s.begindatum}</wmo307:Begindatum><wmo307:RedenBeeindiging>${s.redenBeeindiging}</wmo307:RedenBeeindiging><wmo307:Einddatum>${s.einddatum}</wmo307:Einddatum><wmo307:StatusAanlevering>1</wmo307:StatusAanlevering></wmo307:StopProduct>`,
      )
      .join('')}
    </wmo307:StopProducten>
  </wmo307:Client>
</wmo307:Bericht>
`;
}

/**
 * A BSN of its own for every n (up to 44 million) that passes the 11-proef: 9 digits d1..d9
 * with 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11. Its first 8 digits are 10000000 + 2n,
 * or the next number when that one has no check digit (raising d8 by one changes the sum by 2).
 */
export function bsn(n: number): string {
  for (const prefix of [10_000_000 + 2 * n, 10_000_000 + 2 * n + 1]) {
    const digits = String(prefix).split('').map(Number);
    const check = digits.reduce((s, d, i) => s + d * (9 - i), 0) % 11;
    if (check <= 9) return `${prefix}${check}`;
  }
  throw new Error('unreachable: one of two neighbours has a check digit');
}
