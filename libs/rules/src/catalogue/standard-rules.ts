/**
 * Every rule of the iWmo 3.2 standard the gateway knows of: technische regels (xslt,
 * berichtoverstijgend, externe bron) and the condities, constraints and restricties per
 * data-element, with the retourcode the standard gives them and the messages they apply to.
 * `retour` stands for the retourberichten. The rule catalogue (CLI `iwmo rules`, HTTP
 * GET /v1/rules) marks which of these the rule engine implements.
 *
 * Deliberate readings of the standard's material:
 * - TR069 does not exist; WJ001 attributes 9069 to it, the rule is TR382 (listed under TR382).
 * - The TR019 page lists "W<P307" (a typo for WMO307); WJ001 confirms 9019 for WMO305 and WMO307.
 * - TR413 and TR415 mention StatusAanlevering 2, which CS058 and OP033x2 forbid: they are
 *   implemented for StatusAanlevering 1 and 3 only.
 */

import type { RuleLevel } from '../rule';

export interface StandardRule {
  readonly code: string;
  readonly level: RuleLevel;
  /** the retourcode in the standard; 'n.v.t.' where the standard gives none */
  readonly retourcode: string;
  readonly definition: string;
  readonly messages: readonly string[];
}

export const STANDARD_RULES: readonly StandardRule[] = [
  { code: "CD005", level: "cd-cs-rs", retourcode: "0001", definition: "Als Postcode gevuld is, dan verplicht vullen, anders leeg laten.", messages: ["WMO301"] },
  { code: "CD007", level: "cd-cs-rs", retourcode: "0001", definition: "Als Communicatie / Vorm de waarde 1 (tolk taal) heeft, dan verplicht vullen, anders leeglaten.", messages: ["WMO301"] },
  { code: "CD009", level: "cd-cs-rs", retourcode: "0001", definition: "Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan.", messages: ["WMO301"] },
  { code: "CD025", level: "cd-cs-rs", retourcode: "0001", definition: "Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen.", messages: ["WMO301"] },
  { code: "CD034", level: "cd-cs-rs", retourcode: "0001", definition: "Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen.", messages: ["WMO301"] },
  { code: "CD041", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Code in Product gevuld is, verplicht vullen.", messages: ["WMO301", "WMO315", "WMO317"] },
  { code: "CD043", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Beschikkingnummer gevuld is, verplicht vullen, anders leeg laten.", messages: ["WMO315"] },
  { code: "CD060", level: "cd-cs-rs", retourcode: "0001", definition: "Verplicht vullen indien DebetCredit bij het ingediende bedrag de waarde C (credit) heeft, anders leeg laten.", messages: ["WMO323", "WMO325"] },
  { code: "CD066", level: "cd-cs-rs", retourcode: "0001", definition: "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is gevuld, dan is Naamverwijzer leeg.", messages: ["WMO315"] },
  { code: "CD067", level: "cd-cs-rs", retourcode: "0001", definition: "Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is leeg, dan is Naamverwijzer gevuld.", messages: ["WMO315"] },
  { code: "CD068", level: "cd-cs-rs", retourcode: "0001", definition: "Als type verwijzer ongelijk is aan 02, 03, 04 of 05, dan is ZorgverlenerCode leeg.", messages: ["WMO315"] },
  { code: "CD075", level: "cd-cs-rs", retourcode: "0001", definition: "Verplicht vullen indien Budget gevuld is", messages: ["WMO301", "WMO315", "WMO317"] },
  { code: "CD076", level: "cd-cs-rs", retourcode: "0001", definition: "Verplicht vullen indien Frequentie waarde 2 (per week)", messages: ["WMO301", "WMO315", "WMO317"] },
  { code: "CD077", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Budget gevuld is, dan leeg laten", messages: ["WMO301", "WMO315", "WMO317"] },
  { code: "CD078", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Omvang gevuld is, dan leeg laten", messages: ["WMO301", "WMO315", "WMO317"] },
  { code: "CD079", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Budget leeg is, dan verplicht vullen", messages: ["WMO301", "WMO315", "WMO317"] },
  { code: "CD080", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan 31-12-2020 of leeg is, dan leeg laten", messages: ["WMO301"] },
  { code: "CD085", level: "cd-cs-rs", retourcode: "0001", definition: "Als VerzoekAntwoord de waarde 1 (Verzoek afgewezen) heeft, dan vullen", messages: ["WMO319"] },
  { code: "CD086", level: "cd-cs-rs", retourcode: "0001", definition: "Als VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek) heeft, dan leeg laten", messages: ["WMO319"] },
  { code: "CD087", level: "cd-cs-rs", retourcode: "0001", definition: "Als eenheid ongelijk is aan 83 (euro’s) dan verplicht vullen, anders leeg laten.", messages: ["WMO323"] },
  { code: "CD095", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten", messages: ["WMO315"] },
  { code: "CD096", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten", messages: ["WMO317"] },
  { code: "CS002", level: "cd-cs-rs", retourcode: "0001", definition: "De waarde moet voldoen aan de 11-proef.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323", "WMO325"] },
  { code: "CS003", level: "cd-cs-rs", retourcode: "0001", definition: "Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum (of Ingangsdatum) van de aangeduide periode.", messages: ["WMO301", "WMO315", "WMO317"] },
  { code: "CS015", level: "cd-cs-rs", retourcode: "0001", definition: "BerichtSubversie vullen met 2.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "CS025", level: "cd-cs-rs", retourcode: "0001", definition: "BerichtVersie vullen met 3.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "CS050", level: "cd-cs-rs", retourcode: "0001", definition: "Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders waarde 1 of 6 vullen.", messages: ["WMO301"] },
  { code: "CS058", level: "cd-cs-rs", retourcode: "0001", definition: "1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen.", messages: ["WMO305", "WMO307"] },
  { code: "CS089", level: "cd-cs-rs", retourcode: "0001", definition: "Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat van een Nederlandse postcode.", messages: ["WMO301"] },
  { code: "CS100", level: "cd-cs-rs", retourcode: "0001", definition: "Vullen met een datum die groter dan of gelijk is aan 01-01-2021", messages: ["WMO323"] },
  { code: "CS139", level: "cd-cs-rs", retourcode: "0001", definition: "Voor Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn.", messages: ["WMO301", "WMO305", "WMO307", "WMO315"] },
  { code: "CS318", level: "cd-cs-rs", retourcode: "0001", definition: "NaamGebruik 6 (Niet-natuurlijk persoon) niet vullen.", messages: ["WMO301"] },
  { code: "CS319", level: "cd-cs-rs", retourcode: "0001", definition: "Aaneengesloten vullen met cijfers en/of letters", messages: ["WMO323"] },
  { code: "CS325", level: "cd-cs-rs", retourcode: "0001", definition: "Indien (Totaal)Bedrag de waarde 0 heeft, dan DebetCredit vullen met D (Debet).", messages: ["WMO323", "WMO325"] },
  { code: "CS335", level: "cd-cs-rs", retourcode: "0001", definition: "RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum gelijk is aan de einddatum", messages: ["WMO301"] },
  { code: "CS336", level: "cd-cs-rs", retourcode: "0001", definition: "01 (Administratieve correctie (vervallen)) niet gebruiken", messages: ["WMO301"] },
  { code: "CS337", level: "cd-cs-rs", retourcode: "0001", definition: "Einddatum in de ProductPeriode vullen met een datum die valt in dezelfde kalendermaand en jaar als de Begindatum van de ProductPeriode", messages: ["WMO323"] },
  { code: "CS338", level: "cd-cs-rs", retourcode: "0001", definition: "Indien eenheid de waarde 14, 16, 83 of 84 heeft en Einddatum groter dan 31-12-2020 of leeg is, dan Frequentie vullen met de waarde 2 , 4 of 6", messages: ["WMO301", "WMO317"] },
  { code: "CS339", level: "cd-cs-rs", retourcode: "0001", definition: "Indien Eenheid de waarde 83 (euro’s) heeft, moet IngediendBedrag gelijk zijn aan GeleverdVolume.", messages: ["WMO323"] },
  { code: "CS340", level: "cd-cs-rs", retourcode: "0001", definition: "De periode is exact gelijk aan 1 hele kalendermaand", messages: ["WMO323"] },
  { code: "CS343", level: "cd-cs-rs", retourcode: "0001", definition: "Indien eenheid de waarde 14, 16, 83 of 84 heeft en ToewijzingEinddatum is groter dan 31-12-2020 of leeg, dan Frequentie vullen met waarde 2, 4 of 6", messages: ["WMO315"] },
  { code: "RS001", level: "cd-cs-rs", retourcode: "0001", definition: "Minimale waarde 0", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS002", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale waarde 99", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS004", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale waarde 99999 (5*9)", messages: ["WMO301"] },
  { code: "RS005", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale waarde 99999999 (8*9)", messages: ["WMO301", "WMO315", "WMO317", "WMO323", "WMO325"] },
  { code: "RS006", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale waarde 999999999 (9*9)", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323", "WMO325"] },
  { code: "RS008", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 1 positie", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS009", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 2 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS010", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 3 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS011", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 4 posities", messages: ["retour", "WMO301", "WMO325"] },
  { code: "RS012", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 5 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323", "WMO325"] },
  { code: "RS013", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 6 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315"] },
  { code: "RS014", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 8 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS015", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 9 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323", "WMO325"] },
  { code: "RS016", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 10 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315"] },
  { code: "RS017", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 12 posities", messages: ["retour", "WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS018", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 15 posities", messages: ["WMO301"] },
  { code: "RS019", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 20 posities", messages: ["WMO301", "WMO323", "WMO325"] },
  { code: "RS020", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 24 posities", messages: ["WMO301"] },
  { code: "RS021", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 25 posities", messages: ["WMO301"] },
  { code: "RS023", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 35 posities", messages: ["WMO301"] },
  { code: "RS024", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 36 posities", messages: ["WMO301", "WMO315", "WMO317", "WMO319"] },
  { code: "RS025", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 64 posities", messages: ["WMO315"] },
  { code: "RS026", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 80 posities", messages: ["WMO301"] },
  { code: "RS028", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale lengte 200 posities", messages: ["WMO301", "WMO305", "WMO307", "WMO315"] },
  { code: "RS031", level: "cd-cs-rs", retourcode: "0001", definition: "Commentaarvelden niet leeg.", messages: ["WMO301", "WMO315"] },
  { code: "RS032", level: "cd-cs-rs", retourcode: "0001", definition: "Datum vullen zonder tijdzone.", messages: ["retour", "WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS033", level: "cd-cs-rs", retourcode: "0001", definition: "Geen lege elementen in XML.", messages: ["retour", "WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS034", level: "cd-cs-rs", retourcode: "0001", definition: "Tijd vullen zonder tijdszone.", messages: ["WMO301"] },
  { code: "RS035", level: "cd-cs-rs", retourcode: "0001", definition: "Vullen met 4 cijfers.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS036", level: "cd-cs-rs", retourcode: "0001", definition: "Vullen met 8 cijfers.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS037", level: "cd-cs-rs", retourcode: "0001", definition: "Vullen met 9 cijfers.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323", "WMO325"] },
  { code: "RS040", level: "cd-cs-rs", retourcode: "0001", definition: "Maximale waarde 999999999999 (12*9)", messages: ["WMO323", "WMO325"] },
  { code: "RS045", level: "cd-cs-rs", retourcode: "0001", definition: "Aaneengesloten vullen (zonder punten of spaties).", messages: ["WMO301", "WMO305", "WMO307", "WMO315"] },
  { code: "RS046", level: "cd-cs-rs", retourcode: "0001", definition: "Aaneengesloten vullen met cijfers.", messages: ["WMO301"] },
  { code: "RS047", level: "cd-cs-rs", retourcode: "0001", definition: "Vullen met BerichtCode volgens de specificatie", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "RS048", level: "cd-cs-rs", retourcode: "0001", definition: "Vullen met een versienummer bestaande uit drie gehele getallen, gescheiden met punten.", messages: ["retour", "WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "TR002", level: "xslt", retourcode: "0001", definition: "Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum onbekend is.", messages: ["WMO301", "WMO305", "WMO307", "WMO315"] },
  { code: "TR006", level: "xslt", retourcode: "0001", definition: "De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten.", messages: ["WMO301"] },
  { code: "TR018", level: "xslt", retourcode: "0001", definition: "Einddatum moet groter dan of gelijk zijn aan Begindatum.", messages: ["WMO307"] },
  { code: "TR019", level: "berichtoverstijgend", retourcode: "9019", definition: "Bij een output- of inspanningsgerichte werkwijze moet de melding van de start of de stop van de ondersteuning gerelateerd zijn aan een toewijzing op basis van het ToewijzingNummer", messages: ["WMO305", "WMO307"] },
  { code: "TR056", level: "berichtoverstijgend", retourcode: "9056", definition: "Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "TR061", level: "xslt", retourcode: "0001", definition: "Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres), '02' (Correspondentie-adres) of '03' (Verblijfadres) heeft.", messages: ["WMO301"] },
  { code: "TR063", level: "berichtoverstijgend", retourcode: "9063", definition: "Indien StatusAanlevering de waarde 3 (aanlevering verwijderen) bevat, dan moet voor de betreffende Client een eerdere aanlevering met dezelfde logische sleutel verstuurd zijn.", messages: ["WMO305", "WMO307"] },
  { code: "TR071", level: "berichtoverstijgend", retourcode: "9071", definition: "StatusAanlevering mag niet de waarde '3' bevatten als er voor de betreffende melding start zorg al een stop zorg is verstuurd.", messages: ["WMO305"] },
  { code: "TR074", level: "berichtoverstijgend", retourcode: "9074", definition: "Indien StatusAanlevering de waarde '1' bevat, dan moet de sleutel van de betreffende aanlevering niet alleen uniek zijn binnen het bericht zelf, maar ook in combinatie met alle reeds ontvangen berichten.", messages: ["WMO305", "WMO307"] },
  { code: "TR101", level: "xslt", retourcode: "0001", definition: "Binnen een bericht zijn dubbele regels niet toegestaan.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323", "WMO325"] },
  { code: "TR134", level: "xslt", retourcode: "0001", definition: "Vullen met een bestaande datum die niet groter is dan de Dagtekening van het bericht.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO323", "WMO325"] },
  { code: "TR135", level: "externe-bron", retourcode: "8848", definition: "Vullen met een bestaande datum die niet in de toekomst ligt.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "TR137", level: "xslt", retourcode: "0001", definition: "Vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de aangeduide periode én die niet groter is dan de Dagtekening van het bericht.", messages: ["WMO323", "WMO325"] },
  { code: "TR302", level: "xslt", retourcode: "0001", definition: "Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de zorgperiodes elkaar niet overlappen.", messages: ["WMO301"] },
  { code: "TR304", level: "berichtoverstijgend", retourcode: "8187", definition: "Bsn moet overeenkomen met Bsn van een Client.", messages: ["WMO317", "WMO323", "WMO325"] },
  { code: "TR307", level: "berichtoverstijgend", retourcode: "9307", definition: "Begindatum in ProductPeriode in Prestatie moet groter dan of gelijk zijn aan Ingangsdatum in ToegewezenProduct.", messages: ["WMO323"] },
  { code: "TR308", level: "berichtoverstijgend", retourcode: "9308", definition: "Einddatum in ProductPeriode in Prestatie moet kleiner dan of gelijk zijn aan Einddatum in ToegewezenProduct, indien die gevuld is.", messages: ["WMO323"] },
  { code: "TR314", level: "berichtoverstijgend", retourcode: "8021", definition: "ReferentieNummer van de Prestatie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Prestatie betrekking heeft, zowel binnen één bericht als berichtoverstijgend.", messages: ["WMO323"] },
  { code: "TR315", level: "xslt", retourcode: "0001", definition: "VorigReferentieNummer van de Prestatie moet uniek zijn in het bericht.", messages: ["WMO323"] },
  { code: "TR316", level: "xslt", retourcode: "0001", definition: "Debetregels mogen niet in hetzelfde bericht gecrediteerd worden.", messages: ["WMO323"] },
  { code: "TR318", level: "berichtoverstijgend", retourcode: "8214", definition: "Indien iedere DeclaratiePeriode zorg is geleverd, moet DeclaratiePeriode de kalendermaand volgend op voorgaande DeclaratiePeriode zijn.", messages: ["WMO323"] },
  { code: "TR319", level: "berichtoverstijgend", retourcode: "9319", definition: "Een declaratiebericht bevat alleen prestaties waarvan de ProductPeriode valt binnen de huidige, of een voorgaande declaratieperiode.", messages: ["WMO323"] },
  { code: "TR321", level: "berichtoverstijgend", retourcode: "9321", definition: "Indien in het ToegewezenProduct een Omvang is meegegeven, moet GeleverdVolume in de Prestatie passen binnen Volume in het ToegewezenProduct.", messages: ["WMO323"] },
  { code: "TR322", level: "berichtoverstijgend", retourcode: "9322", definition: "Indien in het ToegewezenProduct een Omvang is meegegeven, moet de som van GeleverdVolume in alle ingediende Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen de toegewezen Omvang.", messages: ["WMO323"] },
  { code: "TR323", level: "berichtoverstijgend", retourcode: "8017", definition: "Een credit Prestatie moet gerelateerd zijn aan een eerder verzonden (goedgekeurde) debet Prestatie op basis van sleutelvelden.", messages: ["WMO323"] },
  { code: "TR326", level: "berichtoverstijgend", retourcode: "9326", definition: "Een Startbericht mag pas verstuurd worden als er géén actueel Startbericht bij ToegewezenProduct is.", messages: ["WMO305"] },
  { code: "TR332", level: "berichtoverstijgend", retourcode: "9332", definition: "Ieder ToegewezenProduct binnen één gemeente heeft een uniek nummer per wettelijk domein.", messages: ["WMO301"] },
  { code: "TR333", level: "berichtoverstijgend", retourcode: "9333", definition: "DeclaratieNummer van de Declaratie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Declaratie betrekking heeft.", messages: ["WMO323"] },
  { code: "TR335", level: "xslt", retourcode: "0001", definition: "Einddatum mag niet meer dan 5 jaar voor DeclaratieDagtekening liggen.", messages: ["WMO323"] },
  { code: "TR337", level: "berichtoverstijgend", retourcode: "n.v.t.", definition: "De DeclaratieIdentificatie dient overeen te komen met de BerichtIdentificatie van een eerder ontvangen Declaratiebericht.", messages: ["WMO325"] },
  { code: "TR338", level: "berichtoverstijgend", retourcode: "9338", definition: "De Prestatie is gerelateerd aan een ToegewezenProduct op basis van het Toewijzingnummer.", messages: ["WMO323"] },
  { code: "TR339", level: "berichtoverstijgend", retourcode: "9339", definition: "ProductCategorie in Prestatie moet gelijk zijn aan ProductCategorie in het ToegewezenProduct indien deze opgenomen is.", messages: ["WMO323"] },
  { code: "TR340", level: "berichtoverstijgend", retourcode: "9340", definition: "ProductCode in Prestatie moet gelijk zijn aan ProductCode in het ToegewezenProduct, indien deze opgenomen is.", messages: ["WMO323"] },
  { code: "TR341", level: "berichtoverstijgend", retourcode: "9341", definition: "Eenheid in Prestatie moet passen bij Eenheid in het ToegewezenProduct.", messages: ["WMO323"] },
  { code: "TR342", level: "xslt", retourcode: "0001", definition: "Alleen afgewezen Prestaties dienen meegestuurd te worden in het declaratie-antwoordbericht op een declaratie.", messages: ["WMO325"] },
  { code: "TR346", level: "externe-bron", retourcode: "9346", definition: "Indien Eenheid ongelijk is aan waarde 83 (Euro’s), moet IngediendBedrag gelijk zijn aan GeleverdVolume vermenigvuldigd met ProductTarief.", messages: ["WMO323"] },
  { code: "TR347", level: "berichtoverstijgend", retourcode: "9347", definition: "ReferentieAanbieder is uniek voor de aanbieder binnen het wettelijk domein.", messages: ["WMO315", "WMO317"] },
  { code: "TR349", level: "berichtoverstijgend", retourcode: "9349", definition: "Het verzoek om wijziging bericht bevat alle actuele ToegewezenProducten van de client.", messages: ["WMO317"] },
  { code: "TR350", level: "berichtoverstijgend", retourcode: "9350", definition: "Ieder OngewijzigdProduct in een verzoek om wijziging bericht is gerelateerd aan een actueel toegewezen product op basis van het ToewijzingNummer.", messages: ["WMO317"] },
  { code: "TR351", level: "berichtoverstijgend", retourcode: "9351", definition: "Ieder TeWijzigenProduct in een verzoek om wijziging is gerelateerd aan een actueel ToegewezenProduct op basis van ToewijzingNummer.", messages: ["WMO317"] },
  { code: "TR352", level: "xslt", retourcode: "0001", definition: "Bij een verzoek om wijziging komt minstens 1 OngewijzigdProduct of TeWijzigenProduct voor.", messages: ["WMO317"] },
  { code: "TR353", level: "xslt", retourcode: "0001", definition: "Bij een verzoek om wijziging komt minstens 1 TeWijzigenProduct of NieuwProduct voor.", messages: ["WMO317"] },
  { code: "TR355", level: "berichtoverstijgend", retourcode: "9355", definition: "ReferentieAanbieder in het antwoordbericht komt voor in een eerder verzoek om toewijzing of verzoek om wijziging.", messages: ["WMO319"] },
  { code: "TR357", level: "berichtoverstijgend", retourcode: "9357", definition: "Als GewensteIngangsdatum kleiner dan of gelijk is aan de dagtekening, dan is GewensteIngangsdatum gelijk aan ingangsdatum van het originele ToegewezenProduct.", messages: ["WMO317"] },
  { code: "TR358", level: "xslt", retourcode: "0001", definition: "De waarde van TotaalBedrag in TotaalIngediendBedrag moet gelijk zijn aan de SOM van de waarden van Bedrag in Ingediendbedrag in alle onderliggende Prestaties, rekening houdend met indicatie debet/credit.", messages: ["WMO323"] },
  { code: "TR359", level: "berichtoverstijgend", retourcode: "9359", definition: "Als een antwoordbericht wordt verstuurd, mag er niet al eerder een toewijzingsbericht gestuurd zijn met dezelfde ReferentieAanbieder.", messages: ["WMO319"] },
  { code: "TR360", level: "berichtoverstijgend", retourcode: "9360", definition: "Een antwoordbericht met in VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek), mag alleen gestuurd worden indien er nog geen antwoordbericht is met deze ReferentieAanbieder.", messages: ["WMO319"] },
  { code: "TR361", level: "berichtoverstijgend", retourcode: "9361", definition: "Een Product mag alleen vaker in verzoek om wijziging voorkomen als de zorgperiodes elkaar niet overlappen.", messages: ["WMO317"] },
  { code: "TR365", level: "berichtoverstijgend", retourcode: "9365", definition: "Als er al een antwoordbericht is met dezelfde ReferentieAanbieder dan moet VerzoekAntwoord daar de waarde 2 (Aanvraag in onderzoek) hebben.", messages: ["WMO319"] },
  { code: "TR366", level: "berichtoverstijgend", retourcode: "9366", definition: "Iedere Prestatie in een declaratieantwoord is gerelateerd aan een declaratiebericht op basis van ProductReferentie.", messages: ["WMO325"] },
  { code: "TR367", level: "berichtoverstijgend", retourcode: "9367", definition: "Waarde moet overeenkomen met waarde uit het declaratiebericht dat gerelateerd is op basis van ProductReferentie.", messages: ["WMO325"] },
  { code: "TR369", level: "berichtoverstijgend", retourcode: "9369", definition: "Indien in het ToegewezenProduct een Budget is meegegeven, moet de som van GeleverdVolume in alle ingediende Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen het toegewezen Budget.", messages: ["WMO323"] },
  { code: "TR371", level: "berichtoverstijgend", retourcode: "n.v.t.", definition: "Waarde moet overeenkomen met waarde van XsdVersie uit het declaratiebericht dat gerelateerd is op basis van DeclaratieIdentificatie.", messages: ["WMO325"] },
  { code: "TR373", level: "berichtoverstijgend", retourcode: "9373", definition: "Indien in een TeWijzigenProduct het Budget of het totaal over toewijzingsperiode wordt gewijzigd, dient GewensteIngangsdatum gelijk te zijn aan de actuele toewijzing.", messages: ["WMO317"] },
  { code: "TR374", level: "berichtoverstijgend", retourcode: "9374", definition: "Een verzoek mag alleen worden verstuurd als er geen onderhanden verzoek is voor de betreffende client van dezelfde aanbieder.", messages: ["WMO315", "WMO317"] },
  { code: "TR375", level: "berichtoverstijgend", retourcode: "9375", definition: "Indien Product in de toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten.", messages: ["WMO317"] },
  { code: "TR376", level: "berichtoverstijgend", retourcode: "n.v.t.", definition: "THet DeclaratieNummer dient overeen te komen met het DeclaratieNummer van een eerder ontvangen Declaratie.", messages: ["WMO325"] },
  { code: "TR378", level: "externe-bron", retourcode: "S300", definition: "Vullen met een bestaande gemeentecode uit het overzicht van CBS dat actueel is op Ingangsdatum of ToewijzingIngangsdatum.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO319", "WMO323", "WMO325"] },
  { code: "TR379", level: "berichtoverstijgend", retourcode: "9379", definition: "Indien ToegewezenProduct wordt verstuurd ter honorering van een VOT of VOW, dient ReferentieAanbieder te worden gevuld met ReferentieAanbieder uit die VOT of VOW, anders leeglaten.", messages: ["WMO301"] },
  { code: "TR380", level: "xslt", retourcode: "0001", definition: "Vullen met een datum die groter is dan de dagtekening van het bericht.", messages: ["WMO317"] },
  { code: "TR381", level: "externe-bron", retourcode: "S329", definition: "ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de ProductCategorie.", messages: ["WMO301", "WMO305", "WMO307", "WMO315", "WMO317", "WMO323"] },
  { code: "TR382", level: "berichtoverstijgend", retourcode: "9069", definition: "De sleutelelementen uit het startbericht moeten in het stopbericht, waarin wordt aangegeven dat de betreffende levering (tijdelijk) beeindigd wordt, ongewijzigd worden overgenomen.", messages: ["WMO307"] },
  { code: "TR383", level: "xslt", retourcode: "0001", definition: "ReferentieAanbieder is uniek voor elk AangevraagdProduct binnen het bericht.", messages: ["WMO315"] },
  { code: "TR384", level: "berichtoverstijgend", retourcode: "9384", definition: "Het is niet toegestaan te declareren op een toewijzing met RedenWijziging waarde \"13\" (Verwijderd).", messages: ["WMO323"] },
  { code: "TR385", level: "berichtoverstijgend", retourcode: "9385", definition: "Indien de toewijzing goedgekeurde (niet gecrediteerde) prestatiesregels met gelijk ToewijzingNummer heeft, is het niet toegestaan deze toewijzing te verwijderen met RedenWijziging waarde 13 (verwijderd).", messages: ["WMO301"] },
  { code: "TR386", level: "xslt", retourcode: "0001", definition: "Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de zorgperiodes elkaar niet overlappen.", messages: ["WMO315"] },
  { code: "TR387", level: "berichtoverstijgend", retourcode: "9387", definition: "De Begindatum van een ProductPeriode is altijd de eerste dag van de kalendermaand waarop de ProductPeriode betrekking heeft tenzij de Ingangsdatum van de toewijzing later in de betreffende maand ligt.", messages: ["WMO323"] },
  { code: "TR388", level: "berichtoverstijgend", retourcode: "9388", definition: "De Einddatum van een ProductPeriode is altijd de laatste dag van de kalendermaand waarop de ProductPeriode betrekking heeft tenzij de Einddatum van de toewijzing eerder in de betreffende maand ligt.", messages: ["WMO323"] },
  { code: "TR389", level: "berichtoverstijgend", retourcode: "9389", definition: "Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al eerder een debetprestatie is verzonden.", messages: ["WMO323"] },
  { code: "TR390", level: "berichtoverstijgend", retourcode: "9390", definition: "DebetCredit mag alleen waarde Credit hebben indien voor Prestatie met gelijk ProductReferentie niet een Prestatie met Credit bestaat", messages: ["WMO323"] },
  { code: "TR410", level: "xslt", retourcode: "0001", definition: "Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de zorgperiodes elkaar niet overlappen.", messages: ["WMO317"] },
  { code: "TR411", level: "berichtoverstijgend", retourcode: "9411", definition: "Indien Code in Product bij de toewijzing met ToewijzingNummer gevuld is, dan Omvang verplicht vullen", messages: ["WMO317"] },
  { code: "TR412", level: "berichtoverstijgend", retourcode: "9412", definition: "Indien Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020 of leeg is, dan leeg laten", messages: ["WMO317"] },
  { code: "TR413", level: "berichtoverstijgend", retourcode: "9413", definition: "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met RedenBeeindiging waarde 20 is, dan moet RedenBeeindiging <> aan waarde 20 zijn, indien StatusAanlevering waarde 1 of 2 heeft.", messages: ["WMO307"] },
  { code: "TR414", level: "berichtoverstijgend", retourcode: "9414", definition: "Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct.", messages: ["WMO307"] },
  { code: "TR415", level: "berichtoverstijgend", retourcode: "9415", definition: "Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20, indien StatusAanlevering waarde 1 of 2 heeft", messages: ["WMO307"] },
  { code: "TR416", level: "xslt", retourcode: "0001", definition: "Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al een Prestatie met waarde Debet is.", messages: ["WMO323"] },
  { code: "TR418", level: "berichtoverstijgend", retourcode: "0611", definition: "ProductTarief in Prestatie dient overeen te komen met het contractuele tarief van ProductCode.", messages: ["WMO323"] },
];

const BY_CODE = new Map(STANDARD_RULES.map((r) => [r.code, r]));

/**
 * A rule's code, level, retourcode and definition as the standard gives them: the one place they
 * are written. A rule file adds the messages it applies to and what it checks.
 */
export function standard(code: string): { code: string; level: RuleLevel; retourcode: string; definition: string } {
  const rule = BY_CODE.get(code);
  if (!rule) throw new Error(`${code} is not a rule of the standard (libs/rules/src/catalogue/standard-rules.ts)`);
  return { code: rule.code, level: rule.level, retourcode: rule.retourcode, definition: rule.definition };
}
