import type { Section } from '../section';

const frequentieFix = 'gebruik bij Eenheid 14, 16, 83 of 84 Frequentie 2 (per week), 4 (per maand) of 6 (totaal binnen geldigheidsduur)';
const tekens = (n: number): string => (n === 1 ? 'teken' : 'tekens');
const geheelGetal = (min: string): string => `vul een geheel getal van ten minste ${min}, zonder decimalen, spaties of andere tekens`;

/**
 * Dutch texts: rules-within, the findings of the condities (CD), constraints (CS), restricties (RS)
 * and CC11. Keys are English identifiers; the standard's words stay as the standard spells them.
 */
export const rulesWithin = {
  // ------------------------------------------------------------ condities
  'CD005.postcode-without-landcode': (p: { postcode: string }) => `Adres heeft Postcode ${p.postcode} maar geen LandCode (CD005); vul LandCode (NL voor een Nederlands adres).`,
  'CD005.landcode-without-postcode': (p: { landCode: string }) =>
    `Adres heeft LandCode ${p.landCode} maar geen Postcode (CD005); LandCode wordt alleen samen met Postcode gevuld: vul de Postcode of laat LandCode leeg.`,
  'CD007.taal-missing': () => 'Communicatie Vorm is 1 (tolk taal) maar Taal is leeg (CD007); vul in Taal de taal waarin de tolk nodig is.',
  'CD007.taal-without-tolk': (p: { vorm: string; taal: string }) =>
    `Communicatie Vorm is ${p.vorm} maar Taal is gevuld ("${p.taal}") (CD007); Taal wordt alleen gevuld bij Vorm 1 (tolk taal): laat Taal leeg of gebruik Vorm 1.`,
  'CD009.periode-not-tijdelijk': (p: { soort: string }) =>
    `Contact heeft Soort ${p.soort} en een Periode (CD009); een Periode is alleen toegestaan bij Soort 04 (tijdelijk verblijfadres): verwijder de Periode.`,
  'CD025.nl-without-huis': () => 'Adres heeft LandCode NL maar geen Huis (CD025); een Nederlands adres heeft Huis nodig, met ten minste het Huisnummer.',
  'CD034.postcode-missing': (p: { soort: string; soortNaam: string }) => `Contact met Soort ${p.soort} (${p.soortNaam}) heeft geen Postcode (CD034); vul de Postcode in het Adres.`,
  'CD041.omvang-missing': (p: { kind: string; code: string }) =>
    `${p.kind} heeft Product Code ${p.code} maar geen Omvang (CD041); een specifiek product heeft een Omvang nodig (Volume, Eenheid, Frequentie).`,
  'CD043.ingangsdatum-missing': (p: { beschikkingNummer: string }) =>
    `AangevraagdProduct heeft BeschikkingNummer ${p.beschikkingNummer} maar geen BeschikkingIngangsdatum (CD043); vul de ingangsdatum van de beschikking.`,
  'CD043.nummer-missing': (p: { beschikkingIngangsdatum: string }) =>
    `AangevraagdProduct heeft BeschikkingIngangsdatum ${p.beschikkingIngangsdatum} maar geen BeschikkingNummer (CD043); vul het BeschikkingNummer of laat BeschikkingIngangsdatum leeg.`,
  'CD060.credit-without-vorig': (p: { referentie: string }) =>
    `Prestatie ${p.referentie} is een credit (DebetCredit C) zonder VorigReferentieNummer (CD060); vul het met het ReferentieNummer van de debetprestatie die wordt gecrediteerd.`,
  'CD060.debet-with-vorig': (p: { referentie: string; vorig: string }) =>
    `Prestatie ${p.referentie} is een debet (DebetCredit D) maar heeft VorigReferentieNummer ${p.vorig} (CD060); alleen een creditprestatie verwijst naar een eerdere prestatie: laat VorigReferentieNummer leeg.`,
  'CD066.naam-with-zorgverlenercode': (p: { type: string; zorgverlenerCode: string; naam: string }) =>
    `Verwijzer (Type ${p.type}) heeft ZorgverlenerCode ${p.zorgverlenerCode} en ook Naam "${p.naam}" (CD066); laat de Naam van de verwijzer leeg als de ZorgverlenerCode is gevuld.`,
  'CD067.neither': (p: { type: string }) =>
    `Verwijzer (Type ${p.type}) heeft geen ZorgverlenerCode en geen Naam (CD067); vul de AGB-code van de verwijzer in ZorgverlenerCode, of anders de Naam van de verwijzer.`,
  'CD068.zorgverlenercode-not-allowed': (p: { type: string; zorgverlenerCode: string }) =>
    `Verwijzer heeft Type ${p.type} en ZorgverlenerCode ${p.zorgverlenerCode} (CD068); alleen verwijzertypes 02, 03, 04 en 05 hebben een ZorgverlenerCode: laat die leeg of corrigeer het Type.`,
  'CD075.einddatum-missing': (p: { kind: string; budget: string; einddatumName: string }) =>
    `${p.kind} heeft Budget ${p.budget} maar geen ${p.einddatumName} (CD075); een budget heeft een einddatum nodig: vul ${p.einddatumName}.`,
  'CD076.einddatum-missing': (p: { kind: string; einddatumName: string }) =>
    `${p.kind} heeft Omvang Frequentie 2 (per week) maar geen ${p.einddatumName} (CD076); een omvang per week heeft een einddatum nodig: vul ${p.einddatumName}.`,
  'CD077.omvang-with-budget': (p: { kind: string; budget: string; omvang: string }) =>
    `${p.kind} heeft Budget ${p.budget} en ook ${p.omvang} (CD077); laat Omvang leeg als er een Budget is.`,
  'CD078.budget-with-omvang': (p: { kind: string; omvang: string; budget: string }) =>
    `${p.kind} heeft ${p.omvang} en ook Budget ${p.budget} (CD078); laat Budget leeg als er een Omvang is.`,
  'CD079.neither': (p: { kind: string }) =>
    `${p.kind} heeft geen Product en geen Budget (CD079); vul Product (ten minste de Categorie), of geef een Budget voor een generieke toewijzing.`,
  /** CD080, CD095 and CD096: the same conditie on the ToegewezenProduct, AangevraagdProduct and NieuwProduct. */
  'CD.aspecific-with-omvang': (p: { kind: string; end: string; omvang: string; code: string }) =>
    `${p.kind} heeft geen Product Code en ${p.end}, maar wel ${p.omvang} (${p.code}); een aspecifiek of generiek product krijgt geen Omvang: laat Omvang leeg (een Budget mag wel) of vul de Product Code.`,
  'CD.end-after-2020': (p: { einddatumName: string; einddatum: string }) => `${p.einddatumName} ${p.einddatum} (na 31-12-2020)`,
  'CD.no-end': (p: { einddatumName: string }) => `geen ${p.einddatumName}`,
  'CD085.reden-missing': (p: { referentie: string }) =>
    `Antwoord op verzoek ${p.referentie} heeft VerzoekAntwoord 1 (verzoek afgewezen) maar geen RedenAfwijzingVerzoek (CD085); vul de reden waarom het verzoek is afgewezen.`,
  'CD086.reden-in-onderzoek': (p: { referentie: string; reden: string }) =>
    `Antwoord op verzoek ${p.referentie} heeft VerzoekAntwoord 2 (aanvraag in onderzoek) en RedenAfwijzingVerzoek ${p.reden} (CD086); een verzoek dat nog in onderzoek is, heeft geen reden van afwijzing: laat RedenAfwijzingVerzoek leeg.`,
  'CD087.tarief-missing': (p: { referentie: string; eenheid: string }) =>
    `Prestatie ${p.referentie} heeft Eenheid ${p.eenheid} maar geen ProductTarief (CD087); vul het tarief per eenheid in eurocent (alleen bij Eenheid 83, euro's, blijft het leeg).`,
  'CD087.tarief-with-euro': (p: { referentie: string; tarief: string }) =>
    `Prestatie ${p.referentie} heeft Eenheid 83 (euro's) en ProductTarief ${p.tarief} (CD087); bij Eenheid 83 is het volume zelf het bedrag: laat ProductTarief leeg.`,

  // ------------------------------------------------------------ constraints
  'CS002.elfproef': (p: { bsn: string }) => `Bsn ${p.bsn} voldoet niet aan de 11-proef (CS002); controleer het BSN van deze cliënt in de BRP.`,
  'CS003.end-before-start': (p: { what: string; endName: string; endDate: string; startName: string; startDate: string }) =>
    `${p.what} heeft ${p.endName} ${p.endDate} vóór ${p.startName} ${p.startDate} (CS003); de einddatum moet op of na de begindatum liggen.`,
  'CS015.subversie': (p: { value: string }) =>
    `BerichtSubversie is ${p.value} (CS015); iWmo 3.2-berichten hebben BerichtVersie 3 en BerichtSubversie 2: vul BerichtSubversie met 2.`,
  'CS025.versie': (p: { value: string }) => `BerichtVersie is ${p.value} (CS025); iWmo 3.2-berichten hebben BerichtVersie 3 en BerichtSubversie 2: vul BerichtVersie met 3.`,
  'CS050.partnernaam': (p: { who: string; naamGebruik: string }) =>
    `${p.who} Naam heeft een Partnernaam en NaamGebruik ${p.naamGebruik} (CS050); gebruik bij een Partnernaam NaamGebruik 1, 2, 3 of 4.`,
  'CS050.no-partnernaam': (p: { who: string; naamGebruik: string }) =>
    `${p.who} Naam heeft geen Partnernaam en NaamGebruik ${p.naamGebruik} (CS050); gebruik zonder Partnernaam NaamGebruik 1 (eigen naam) of 6 (niet-natuurlijk persoon), of vul de Partnernaam.`,
  'CS058.status': (p: { kind: string; status: string }) =>
    `${p.kind} heeft StatusAanlevering ${p.status} (CS058); gebruik 1 (eerste aanlevering) of 3 (verwijderen aanlevering). Om een eerder bericht te corrigeren: stuur het opnieuw met 3 en daarna het gecorrigeerde bericht met 1.`,
  'CS089.not-dutch': (p: { postcode: string }) =>
    `Postcode "${p.postcode}" met LandCode NL is geen Nederlandse postcode (CS089); schrijf vier cijfers en twee hoofdletters zonder spatie, bijvoorbeeld 2611AB.`,
  'CS100.too-early': (p: { what: string; dates: string }) =>
    `${p.what} heeft ${p.dates} (CS100); een declaratie gaat over perioden vanaf 2021-01-01: controleer de datums van de periode.`,
  'CS100.productperiode': (p: { referentie: string }) => `ProductPeriode van Prestatie ${p.referentie}`,
  'CS100.both-dates': (p: { begindatum: string; einddatum: string }) => `Begindatum ${p.begindatum} en Einddatum ${p.einddatum}`,
  'CS139.disagrees': (p: { who: string; datum: string; datumGebruik: string; expected: string }) =>
    `${p.who} Geboortedatum ${p.datum} past niet bij DatumGebruik ${p.datumGebruik} (CS139); bij DatumGebruik ${p.datumGebruik} is Datum ${p.expected}.`,
  'CS139.dag-onbekend': () => 'de eerste van de maand (dag onbekend), bijvoorbeeld 1949-09-01',
  'CS139.dag-en-maand-onbekend': () => '1 januari (dag en maand onbekend), bijvoorbeeld 1953-01-01',
  'CS139.onbekend': () => '1900-01-01 (geboortedatum onbekend)',
  'CS318.niet-natuurlijk-persoon': () =>
    'Client Naam heeft NaamGebruik 6 (niet-natuurlijk persoon) (CS318); een cliënt is een persoon: gebruik NaamGebruik 1 tot en met 4, zoals de cliënt aangesproken wil worden.',
  'CS319.not-aaneengesloten': (p: { nummer: string }) =>
    `DeclaratieNummer "${p.nummer}" bevat andere tekens dan letters en cijfers (CS319); verwijder spaties, streepjes en andere tekens, bijvoorbeeld ZD202603D01.`,
  'CS325.zero-not-debet': (p: { what: string; debetCredit: string }) => `${p.what} is 0 met DebetCredit ${p.debetCredit} (CS325); een bedrag van 0 is altijd D (debet).`,
  'CS325.prestatie-bedrag': (p: { referentie: string }) => `IngediendBedrag van Prestatie ${p.referentie}`,
  'CS335.not-removable': (p: { toewijzingNummer: string; ingangsdatum: string; einddatum: string }) =>
    `ToegewezenProduct ${p.toewijzingNummer} heeft RedenWijziging 13 (verwijderd) met Ingangsdatum ${p.ingangsdatum} en Einddatum ${p.einddatum} (CS335); maak de Einddatum gelijk aan de Ingangsdatum om een toewijzing te verwijderen.`,
  'CS336.vervallen': () =>
    'ToegewezenProduct heeft RedenWijziging 01 (administratieve correctie, vervallen) (CS336); deze code wordt niet meer gebruikt: kies de juiste reden uit WMO002.',
  'CS337.more-than-one-month': (p: { referentie: string; begindatum: string; einddatum: string }) =>
    `Prestatie ${p.referentie} heeft ProductPeriode ${p.begindatum} tot en met ${p.einddatum} (CS337); een ProductPeriode valt binnen één kalendermaand: splits de periode op in één Prestatie per maand.`,
  /** CS338 and CS343: the same constraint on the toegewezen, te wijzigen and nieuwe products and on the AangevraagdProduct. */
  'CS.frequentie-for-eenheid': (p: { kind: string; eenheid: string; frequentie: string; code: string }) =>
    `${p.kind} heeft Omvang Eenheid ${p.eenheid} met Frequentie ${p.frequentie} (${p.code}); ${frequentieFix}.`,
  'CS.frequentie-for-eenheid-open': (p: { kind: string; eenheid: string; frequentie: string; einddatumName: string; code: string }) =>
    `${p.kind} heeft Omvang Eenheid ${p.eenheid} met Frequentie ${p.frequentie} en geen ${p.einddatumName} (${p.code}); ${frequentieFix}.`,
  'CS339.bedrag-not-volume': (p: { referentie: string; volume: string; bedrag: string }) =>
    `Prestatie ${p.referentie} heeft Eenheid 83 (euro's) met GeleverdVolume ${p.volume} maar IngediendBedrag ${p.bedrag} (CS339); bij euro's is het IngediendBedrag gelijk aan het GeleverdVolume (beide in eurocent).`,
  'CS340.not-whole-month': (p: { begindatum: string; einddatum: string; firstDay: string; lastDay: string }) =>
    `DeclaratiePeriode ${p.begindatum} tot en met ${p.einddatum} is niet één hele kalendermaand (CS340); gebruik de eerste tot en met de laatste dag van één maand, bijvoorbeeld ${p.firstDay} tot en met ${p.lastDay}.`,
  'within.empty': () => '(leeg)',

  // ------------------------------------------------------------ restricties
  /** Every restrictie on a value: <element> <value> <problem> (<code>); <fix>. */
  'RS.finding': (p: { element: string; value: string; problem: string; code: string; fix: string }) => `${p.element} ${p.value} ${p.problem} (${p.code}); ${p.fix}.`,
  'RS.max-length.problem': (p: { length: number }) => `is ${p.length} ${tekens(p.length)} lang`,
  'RS.max-length.fix-codes': (p: { max: number; codes: string }) => `maximaal ${p.max} ${tekens(p.max)} toegestaan: vul een van de codes uit de codelijst (${p.codes})`,
  'RS.max-length.fix-shorten': (p: { max: number }) =>
    `maximaal ${p.max} ${tekens(p.max)} toegestaan: kort de waarde in tot ${p.max} ${p.max === 1 ? 'teken' : 'tekens of minder'}`,
  'RS.min-value.not-whole': () => 'is geen geheel getal',
  'RS.min-value.fix-whole': (p: { min: string }) => geheelGetal(p.min),
  'RS.min-value.fix-whole-amount': (p: { min: string }) => `${geheelGetal(p.min)} (bedragen zijn in eurocent)`,
  'RS.min-value.below': (p: { min: string }) => `is lager dan het minimum van ${p.min}`,
  'RS.min-value.fix-more': (p: { min: string }) => `vul ${p.min} of meer`,
  'RS.min-value.fix-more-credit': (p: { min: string }) => `vul ${p.min} of meer (een credit wordt aangegeven met DebetCredit C, niet met een minteken)`,
  'RS.max-value.above': (p: { max: string }) => `is hoger dan het maximum van ${p.max}`,
  'RS.max-value.fix': (p: { max: string }) => `vul een waarde van ten hoogste ${p.max}`,
  'RS.digits.not-exact': (p: { count: number }) => `bestaat niet uit precies ${p.count} cijfers`,
  'RS.digits.fix': (p: { what: string; count: number }) => `vul ${p.what} met ${p.count} cijfers, inclusief voorloopnullen, zonder spaties of andere tekens`,
  'RS.has-time-zone': () => 'heeft een tijdzone',
  'RS031.empty': () => 'is leeg of bevat alleen witruimte',
  'RS031.fix': () => 'schrijf het commentaar, of laat Commentaar weg als er niets te melden is',
  'RS032.time-zone-fix': (p: { date: string }) => `een datum wordt zonder tijdzone gevuld: stuur hem als ${p.date}`,
  'RS032.not-a-date': () => 'is geen datum in de vorm JJJJ-MM-DD',
  'RS032.not-a-date-fix': () => 'vul de datum als jaar-maand-dag, bijvoorbeeld 2026-03-01',
  'RS032.no-such-date': () => 'is geen bestaande kalenderdatum',
  'RS032.no-such-date-fix': () => 'controleer de dag en de maand',
  'RS033.empty-value': (p: { element: string }) =>
    `${p.element} is aanwezig maar leeg (RS033); vul het element, of laat het weg als het geen waarde heeft (als het optioneel is).`,
  'RS033.empty-composite': (p: { element: string; name: string }) => `${p.element} is aanwezig maar heeft geen inhoud (RS033); vul de elementen ervan of laat ${p.name} weg.`,
  'RS034.time-zone-fix': (p: { time: string }) => `een tijd wordt zonder tijdzone gevuld: stuur hem als ${p.time}`,
  'RS034.not-a-time': () => 'is geen tijd in de vorm uu:mm:ss',
  'RS034.not-a-time-fix': () => 'vul de tijd als uren:minuten:seconden, bijvoorbeeld 10:15:00',
  'RS034.no-such-time': () => 'is geen bestaand tijdstip',
  'RS034.no-such-time-fix': () => 'uren lopen van 00 tot en met 23, minuten en seconden van 00 tot en met 59',
  'RS035.gemeentecode': () => 'de CBS-gemeentecode',
  'RS036.agb-code': () => 'de AGB-code',
  'RS037.bsn': () => 'het Bsn',
  'RS045.not-aaneengesloten': () => 'bevat punten of spaties',
  'RS045.fix': () => 'vul de voorletters aaneengesloten, zonder punten of spaties, bijvoorbeeld JM',
  'RS046.not-digits': () => 'bevat andere tekens dan cijfers',
  'RS046.fix': () => 'vul het nummer met alleen cijfers, zonder spaties, streepjes of plusteken (de landcode hoort in Landnummer)',
  'RS047.other-message': (p: { code: string; naam: string }) => `is niet de BerichtCode van een ${p.code} (${p.naam})`,
  'RS047.fix': (p: { berichtCode: string }) => `vul ${p.berichtCode}`,
  'RS048.not-a-version': () => 'is geen versie van drie gehele getallen gescheiden door punten',
  'RS048.fix': () => 'vul bijvoorbeeld 1.0.0',

  // ------------------------------------------------------------ exchange
  'CC11.answered-already': (p: { heenCode: string; identificatie: string; dagtekening: string; afzender: string; code: string }) =>
    `De ${p.heenCode} met Identificatie ${p.identificatie} en Dagtekening ${p.dagtekening} van ${p.afzender} is al beantwoord met een geaccepteerde ${p.code}; een bericht wordt maar één keer beantwoord, daarom wordt dit bericht niet doorgegeven.`,
} satisfies Section;
