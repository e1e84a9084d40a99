/**
 * Retourcodes (code list WJ001) with their meaning, the rule that gives them and the
 * messages they occur in. Two deliberate corrections to the published list:
 * - 9069 is listed under a rule TR069 that does not exist; TR382 gives 9069.
 * - 9355 (TR355) is in the basisschema's LDT_RetourCode but missing from the WJ001 page;
 *   it is included here with the basisschema's meaning.
 */

export interface RetourcodeInfo {
  readonly betekenis: string;
  /** the technical rule that gives this code, or null for general codes */
  readonly rule: string | null;
}

export const RETOURCODES: Readonly<Record<string, RetourcodeInfo>> = {
  '0001': { betekenis: "Bericht is afgekeurd om technische redenen.", rule: null },
  '0200': { betekenis: "Geen opmerking over deze berichtklasse.", rule: null },
  '0233': { betekenis: "Berichtklasse is niet beoordeeld.", rule: null },
  '0611': { betekenis: "Het ingediende tarief komt niet overeen met het contractuele tarief", rule: "TR418" },
  '8001': { betekenis: "Declaratie is volledig toegewezen.", rule: null },
  '8017': { betekenis: "Van deze credit prestatie is geen debet prestatie bekend.", rule: "TR323" },
  '8021': { betekenis: "Referentienummer prestatie is reeds aangeleverd.", rule: "TR314" },
  '8187': { betekenis: "De prestatie hoort niet bij deze cliënt.", rule: "TR304" },
  '8214': { betekenis: "DeclaratiePeriode is niet de kalendermaand die volgt op voorgaande DeclaratiePeriode terwijl iedere declaratieperiode zorg geleverd is.", rule: "TR318" },
  '8848': { betekenis: "Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.", rule: "TR135" },
  '9019': { betekenis: "Het regiebericht kan niet gekoppeld worden aan een toewijzing.", rule: "TR019" },
  '9056': { betekenis: "Identificatie moet uniek zijn.", rule: "TR056" },
  '9063': { betekenis: "Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is", rule: "TR063" },
  '9069': { betekenis: "Er is geen actueel startbericht met dezelfde sleutel.", rule: "TR382" },
  '9071': { betekenis: "Het eerdere startbericht kan niet verwijderd worden omdat de zorg al beeindigd is.", rule: "TR071" },
  '9074': { betekenis: "Er is al een eerder bericht ontvangen met dezelfde sleutel.", rule: "TR074" },
  '9307': { betekenis: "Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.", rule: "TR307" },
  '9308': { betekenis: "Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.", rule: "TR308" },
  '9319': { betekenis: "De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.", rule: "TR319" },
  '9321': { betekenis: "Het ingediende volume overschrijdt het toegewezen volume.", rule: "TR321" },
  '9322': { betekenis: "De som van de ingediende volumes overschrijdt het toegewezen volume.", rule: "TR322" },
  '9326': { betekenis: "De actuele levering is nog niet gestopt met een Stopbericht.", rule: "TR326" },
  '9332': { betekenis: "Toewijzing heeft geen uniek nummer binnen wettelijk domein.", rule: "TR332" },
  '9333': { betekenis: "Declaratienummer is niet uniek.", rule: "TR333" },
  '9338': { betekenis: "Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer.", rule: "TR338" },
  '9339': { betekenis: "ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.", rule: "TR339" },
  '9340': { betekenis: "ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.", rule: "TR340" },
  '9341': { betekenis: "Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct.", rule: "TR341" },
  '9346': { betekenis: "Eenheid is ongelijk is aan waarde 83 (Euro’s), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief.", rule: "TR346" },
  '9347': { betekenis: "ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein.", rule: "TR347" },
  '9349': { betekenis: "Het VOW bericht bevat niet alle actuele toegewezen producten van de cliënt, hetzij in OngewijzigdProduct, hetzij in TeWijzigenProduct.", rule: "TR349" },
  '9350': { betekenis: "OngewijzigdProduct is niet gerelateerd aan een actueel toegewezen product op basis van het toewijzingnummer.", rule: "TR350" },
  '9351': { betekenis: "TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer.", rule: "TR351" },
  '9355': { betekenis: "ReferentieAanbieder in het antwoordbericht komt niet voor in een eerder verzoek om toewijzing of verzoek om wijziging", rule: "TR355" },
  '9357': { betekenis: "GewensteIngangsdatum is kleiner dan of gelijk aan de dagtekening, maar niet gelijk aan de ingangsdatum van het originele ToegewezenProduct.", rule: "TR357" },
  '9359': { betekenis: "Er is al een toewijzing gestuurd met deze ReferentieAanbieder.", rule: "TR359" },
  '9360': { betekenis: "Er is al een antwoordbericht met deze ReferentieAanbieder, terwijl antwoordbericht in VerzoekAntwoord waarde 2 (aanvraag in onderzoek) heeft.", rule: "TR360" },
  '9361': { betekenis: "Het product komt vaker voor met overlappende zorgperiodes.", rule: "TR361" },
  '9365': { betekenis: "Er is al een antwoordbericht met dezelfde ReferentieAanbieder waar VerzoekAntwoord niet de waarde ‘Aanvraag in onderzoek’ heeft.", rule: "TR365" },
  '9366': { betekenis: "ProductReferentie komt niet voor in een Declaratiebericht.", rule: "TR366" },
  '9367': { betekenis: "De waarde komt niet overeen met de waarde uit heenbericht met gelijke ProductReferentie.", rule: "TR367" },
  '9369': { betekenis: "Budget is meegegeven, maar de som van GeleverdVolume in alle ingediende Prestaties passen niet binnen het toegewezen Budget.", rule: "TR369" },
  '9373': { betekenis: "Budget is gewijzigd, maar GewensteIngangsdatum is niet gelijk aan die in de actuele toewijzing.", rule: "TR373" },
  '9374': { betekenis: "Er is al een verzoek onderhanden.", rule: "TR374" },
  '9375': { betekenis: "Omvang is gevuld, terwijl Product in toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is.", rule: "TR375" },
  '9379': { betekenis: "ReferentieAanbieder refereert niet naar een verzoek om toewijzing of verzoek om wijziging, is onterecht gevuld.", rule: "TR379" },
  '9384': { betekenis: "Declaratie op toewijzing met RedenWijziging “13” (Verwijderd).", rule: "TR384" },
  '9385': { betekenis: "Toewijzing heeft goedgekeurde declaratieregels.", rule: "TR385" },
  '9387': { betekenis: "Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Ingangsdatum van de toewijzing ligt niet later in deze betreffende maand.", rule: "TR387" },
  '9388': { betekenis: "Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Einddatum van de toewijzing ligt niet eerder in deze betreffende maand.", rule: "TR388" },
  '9389': { betekenis: "Deze prestatie heeft een debetprestatie zonder bijbehorende creditprestatie.", rule: "TR389" },
  '9390': { betekenis: "Er is al een Prestatie met gelijk ProductReferentie met waarde Credit.", rule: "TR390" },
  '9411': { betekenis: "Omvang is leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer gevuld is.", rule: "TR411" },
  '9412': { betekenis: "Omvang is niet leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020 of leeg is.", rule: "TR412" },
  '9413': { betekenis: "StatusAanlevering is waarde 1 of 2 en RedenBeeindiging heeft waarde 20, terwijl er al een ander StopProduct met hetzelfde Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging waarde 20 is.", rule: "TR413" },
  '9414': { betekenis: "Einddatum is niet >= aan Einddatum uit actuele StopProduct met gelijk Bsn, ToewijzingNummer en Begindatum.", rule: "TR414" },
  '9415': { betekenis: "Er is al een StopProduct met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20 en StatusAanlevering heeft waarde 1 of 2.", rule: "TR415" },
  'S300': { betekenis: "Gemeentecode ongeldig.", rule: "TR378" },
  'S329': { betekenis: "ProductCode ongeldig.", rule: "TR381" },
};

/** Codes that do not signal a finding: no remark (0200) and not assessed (0233). */
export const NEUTRAL_RETOURCODES: ReadonlySet<string> = new Set(['0200', '0233']);
