import type { rulesWithin as nl } from '../nl/rules-within';

const frequentieFix = 'with Eenheid 14, 16, 83 or 84 use Frequentie 2 (per week), 4 (per maand) or 6 (totaal binnen geldigheidsduur)';
const allowed = (max: number): string => `at most ${max} ${max === 1 ? 'is' : 'are'} allowed`;
const wholeNumber = (min: string): string => `fill a whole number of at least ${min}, without decimals, spaces or other characters`;

/** English texts: rules-within, the same keys and parameters as the Dutch section. */
export const rulesWithin: typeof nl = {
  // ------------------------------------------------------------ condities
  'CD005.postcode-without-landcode': (p) => `Adres has Postcode ${p.postcode} but no LandCode (CD005); fill LandCode (NL for a Dutch address).`,
  'CD005.landcode-without-postcode': (p) =>
    `Adres has LandCode ${p.landCode} but no Postcode (CD005); LandCode is filled only together with Postcode: add the Postcode or leave LandCode empty.`,
  'CD007.taal-missing': () => 'Communicatie Vorm is 1 (tolk taal) but Taal is empty (CD007); fill Taal with the language the interpreter needs.',
  'CD007.taal-without-tolk': (p) =>
    `Communicatie Vorm is ${p.vorm} but Taal is filled ("${p.taal}") (CD007); Taal is only filled with Vorm 1 (tolk taal): leave Taal empty or use Vorm 1.`,
  'CD009.periode-not-tijdelijk': (p) =>
    `Contact has Soort ${p.soort} and a Periode (CD009); a Periode is only allowed for Soort 04 (tijdelijk verblijfadres): remove the Periode.`,
  'CD025.nl-without-huis': () => 'Adres has LandCode NL but no Huis (CD025); a Dutch address needs Huis with at least the Huisnummer.',
  'CD034.postcode-missing': (p) => `Contact with Soort ${p.soort} (${p.soortNaam}) has no Postcode (CD034); fill the Adres with its Postcode.`,
  'CD041.omvang-missing': (p) => `${p.kind} has Product Code ${p.code} but no Omvang (CD041); a specific product needs Omvang (Volume, Eenheid, Frequentie).`,
  'CD043.ingangsdatum-missing': (p) =>
    `AangevraagdProduct has BeschikkingNummer ${p.beschikkingNummer} but no BeschikkingIngangsdatum (CD043); fill the start date of the beschikking.`,
  'CD043.nummer-missing': (p) =>
    `AangevraagdProduct has BeschikkingIngangsdatum ${p.beschikkingIngangsdatum} but no BeschikkingNummer (CD043); fill the BeschikkingNummer or leave BeschikkingIngangsdatum empty.`,
  'CD060.credit-without-vorig': (p) =>
    `Prestatie ${p.referentie} is a credit (DebetCredit C) without VorigReferentieNummer (CD060); fill it with the ReferentieNummer of the debet prestatie being credited.`,
  'CD060.debet-with-vorig': (p) =>
    `Prestatie ${p.referentie} is a debet (DebetCredit D) but has VorigReferentieNummer ${p.vorig} (CD060); only a credit prestatie refers to an earlier one: leave VorigReferentieNummer empty.`,
  'CD066.naam-with-zorgverlenercode': (p) =>
    `Verwijzer (Type ${p.type}) has ZorgverlenerCode ${p.zorgverlenerCode} and also Naam "${p.naam}" (CD066); when the ZorgverlenerCode is given, leave the Naam of the verwijzer empty.`,
  'CD067.neither': (p) =>
    `Verwijzer (Type ${p.type}) has neither ZorgverlenerCode nor Naam (CD067); fill the AGB-code of the verwijzer in ZorgverlenerCode, or else its Naam.`,
  'CD068.zorgverlenercode-not-allowed': (p) =>
    `Verwijzer has Type ${p.type} and ZorgverlenerCode ${p.zorgverlenerCode} (CD068); only verwijzer types 02, 03, 04 and 05 carry a ZorgverlenerCode: leave it empty or correct the Type.`,
  'CD075.einddatum-missing': (p) => `${p.kind} has Budget ${p.budget} but no ${p.einddatumName} (CD075); a budget needs an end date: fill ${p.einddatumName}.`,
  'CD076.einddatum-missing': (p) =>
    `${p.kind} has Omvang Frequentie 2 (per week) but no ${p.einddatumName} (CD076); a weekly volume needs an end date: fill ${p.einddatumName}.`,
  'CD077.omvang-with-budget': (p) => `${p.kind} has Budget ${p.budget} and also ${p.omvang} (CD077); with a Budget leave Omvang empty.`,
  'CD078.budget-with-omvang': (p) => `${p.kind} has ${p.omvang} and also Budget ${p.budget} (CD078); with an Omvang leave Budget empty.`,
  'CD079.neither': (p) => `${p.kind} has neither Product nor Budget (CD079); fill Product (at least the Categorie), or give a Budget for a generic toewijzing.`,
  'CD.aspecific-with-omvang': (p) =>
    `${p.kind} has no Product Code and ${p.end}, yet has ${p.omvang} (${p.code}); an aspecific or generic product gets no Omvang: leave Omvang empty (a Budget may be given instead) or fill the Product Code.`,
  'CD.end-after-2020': (p) => `${p.einddatumName} ${p.einddatum} (after 31-12-2020)`,
  'CD.no-end': (p) => `no ${p.einddatumName}`,
  'CD085.reden-missing': (p) =>
    `Antwoord on verzoek ${p.referentie} has VerzoekAntwoord 1 (verzoek afgewezen) but no RedenAfwijzingVerzoek (CD085); state why the verzoek is rejected.`,
  'CD086.reden-in-onderzoek': (p) =>
    `Antwoord on verzoek ${p.referentie} has VerzoekAntwoord 2 (aanvraag in onderzoek) and RedenAfwijzingVerzoek ${p.reden} (CD086); a verzoek still under investigation has no reason of rejection: leave RedenAfwijzingVerzoek empty.`,
  'CD087.tarief-missing': (p) =>
    `Prestatie ${p.referentie} has Eenheid ${p.eenheid} but no ProductTarief (CD087); fill the tarief per eenheid in eurocent (only Eenheid 83, euro's, goes without).`,
  'CD087.tarief-with-euro': (p) =>
    `Prestatie ${p.referentie} has Eenheid 83 (euro's) and ProductTarief ${p.tarief} (CD087); with Eenheid 83 the volume is the amount itself: leave ProductTarief empty.`,

  // ------------------------------------------------------------ constraints
  'CS002.elfproef': (p) => `Bsn ${p.bsn} fails the 11-proef (CS002); check the BSN of this client against the BRP.`,
  'CS003.end-before-start': (p) =>
    `${p.what} has ${p.endName} ${p.endDate} before ${p.startName} ${p.startDate} (CS003); the end date must be on or after the start date.`,
  'CS015.subversie': (p) => `BerichtSubversie is ${p.value} (CS015); iWmo 3.2 messages have BerichtVersie 3 and BerichtSubversie 2: fill BerichtSubversie with 2.`,
  'CS025.versie': (p) => `BerichtVersie is ${p.value} (CS025); iWmo 3.2 messages have BerichtVersie 3 and BerichtSubversie 2: fill BerichtVersie with 3.`,
  'CS050.partnernaam': (p) => `${p.who} Naam has a Partnernaam and NaamGebruik ${p.naamGebruik} (CS050); with a Partnernaam use NaamGebruik 1, 2, 3 or 4.`,
  'CS050.no-partnernaam': (p) =>
    `${p.who} Naam has no Partnernaam and NaamGebruik ${p.naamGebruik} (CS050); without a Partnernaam use NaamGebruik 1 (eigen naam) or 6 (niet-natuurlijk persoon), or add the Partnernaam.`,
  'CS058.status': (p) =>
    `${p.kind} has StatusAanlevering ${p.status} (CS058); use 1 (eerste aanlevering) or 3 (verwijderen aanlevering). To correct an earlier message, send it again with 3 and then the corrected one with 1.`,
  'CS089.not-dutch': (p) =>
    `Postcode "${p.postcode}" with LandCode NL is not a Dutch postcode (CS089); write four digits and two capitals without a space, e.g. 2611AB.`,
  'CS100.too-early': (p) => `${p.what} has ${p.dates} (CS100); a declaratie covers periods from 2021-01-01 on: check the dates of the period.`,
  'CS100.productperiode': (p) => `ProductPeriode of Prestatie ${p.referentie}`,
  'CS100.both-dates': (p) => `Begindatum ${p.begindatum} and Einddatum ${p.einddatum}`,
  'CS139.disagrees': (p) =>
    `${p.who} Geboortedatum ${p.datum} does not agree with DatumGebruik ${p.datumGebruik} (CS139); with DatumGebruik ${p.datumGebruik} Datum is ${p.expected}.`,
  'CS139.dag-onbekend': () => 'the first of the month (dag onbekend), e.g. 1949-09-01',
  'CS139.dag-en-maand-onbekend': () => 'the first of January (dag en maand onbekend), e.g. 1953-01-01',
  'CS139.onbekend': () => '1900-01-01 (geboortedatum onbekend)',
  'CS318.niet-natuurlijk-persoon': () =>
    'Client Naam has NaamGebruik 6 (niet-natuurlijk persoon) (CS318); a client is a person: use NaamGebruik 1 to 4 as the client wishes to be addressed.',
  'CS319.not-aaneengesloten': (p) =>
    `DeclaratieNummer "${p.nummer}" holds other characters than letters and digits (CS319); remove spaces, hyphens and other signs, e.g. ZD202603D01.`,
  'CS325.zero-not-debet': (p) => `${p.what} is 0 with DebetCredit ${p.debetCredit} (CS325); an amount of 0 is always D (debet).`,
  'CS325.prestatie-bedrag': (p) => `IngediendBedrag of Prestatie ${p.referentie}`,
  'CS335.not-removable': (p) =>
    `ToegewezenProduct ${p.toewijzingNummer} has RedenWijziging 13 (verwijderd) with Ingangsdatum ${p.ingangsdatum} and Einddatum ${p.einddatum} (CS335); to remove a toewijzing set its Einddatum equal to its Ingangsdatum.`,
  'CS336.vervallen': () =>
    'ToegewezenProduct has RedenWijziging 01 (administratieve correctie, vervallen) (CS336); this code is no longer used: choose the current reason from WMO002.',
  'CS337.more-than-one-month': (p) =>
    `Prestatie ${p.referentie} has ProductPeriode ${p.begindatum} to ${p.einddatum} (CS337); a ProductPeriode lies within one calendar month: split it into one Prestatie per month.`,
  'CS.frequentie-for-eenheid': (p) => `${p.kind} has Omvang Eenheid ${p.eenheid} with Frequentie ${p.frequentie} (${p.code}); ${frequentieFix}.`,
  'CS.frequentie-for-eenheid-open': (p) =>
    `${p.kind} has Omvang Eenheid ${p.eenheid} with Frequentie ${p.frequentie} and no ${p.einddatumName} (${p.code}); ${frequentieFix}.`,
  'CS339.bedrag-not-volume': (p) =>
    `Prestatie ${p.referentie} has Eenheid 83 (euro's) with GeleverdVolume ${p.volume} but IngediendBedrag ${p.bedrag} (CS339); in euro's the IngediendBedrag equals the GeleverdVolume (both in eurocent).`,
  'CS340.not-whole-month': (p) =>
    `DeclaratiePeriode ${p.begindatum} to ${p.einddatum} is not one whole calendar month (CS340); use the first to the last day of one month, e.g. ${p.firstDay} to ${p.lastDay}.`,
  'within.empty': () => '(empty)',

  // ------------------------------------------------------------ restricties
  'RS.finding': (p) => `${p.element} ${p.value} ${p.problem} (${p.code}); ${p.fix}.`,
  'RS.max-length.problem': (p) => `is ${p.length} ${p.length === 1 ? 'character' : 'characters'} long`,
  'RS.max-length.fix-codes': (p) => `${allowed(p.max)}: fill one of the codes of its code list (${p.codes})`,
  'RS.max-length.fix-shorten': (p) => `${allowed(p.max)}: shorten it to ${p.max} ${p.max === 1 ? 'character' : 'characters or fewer'}`,
  'RS.min-value.not-whole': () => 'is not a whole number',
  'RS.min-value.fix-whole': (p) => wholeNumber(p.min),
  'RS.min-value.fix-whole-amount': (p) => `${wholeNumber(p.min)} (amounts are in eurocent)`,
  'RS.min-value.below': (p) => `is below the minimum of ${p.min}`,
  'RS.min-value.fix-more': (p) => `fill ${p.min} or more`,
  'RS.min-value.fix-more-credit': (p) => `fill ${p.min} or more (a credit is shown with DebetCredit C, not with a minus sign)`,
  'RS.max-value.above': (p) => `is above the maximum of ${p.max}`,
  'RS.max-value.fix': (p) => `fill a value of at most ${p.max}`,
  'RS.digits.not-exact': (p) => `is not exactly ${p.count} digits`,
  'RS.digits.fix': (p) => `fill ${p.what} as ${p.count} digits, including leading zeros, without spaces or other characters`,
  'RS.has-time-zone': () => 'has a time zone',
  'RS031.empty': () => 'is empty or only white space',
  'RS031.fix': () => 'write the comment, or leave Commentaar out when there is nothing to say',
  'RS032.time-zone-fix': (p) => `a date is filled without time zone: send it as ${p.date}`,
  'RS032.not-a-date': () => 'is not a date in the form YYYY-MM-DD',
  'RS032.not-a-date-fix': () => 'fill the date as year-month-day, e.g. 2026-03-01',
  'RS032.no-such-date': () => 'is not an existing calendar date',
  'RS032.no-such-date-fix': () => 'check the day and the month',
  'RS033.empty-value': (p) => `${p.element} is present but empty (RS033); fill it, or leave the element out when it has no value (if it is optional).`,
  'RS033.empty-composite': (p) => `${p.element} is present but has no content (RS033); fill its elements or leave ${p.name} out.`,
  'RS034.time-zone-fix': (p) => `a time is filled without time zone: send it as ${p.time}`,
  'RS034.not-a-time': () => 'is not a time in the form hh:mm:ss',
  'RS034.not-a-time-fix': () => 'fill the time as hours:minutes:seconds, e.g. 10:15:00',
  'RS034.no-such-time': () => 'is not an existing time of day',
  'RS034.no-such-time-fix': () => 'hours run from 00 to 23, minutes and seconds from 00 to 59',
  'RS035.gemeentecode': () => 'the CBS gemeentecode',
  'RS036.agb-code': () => 'the AGB-code',
  'RS037.bsn': () => 'the Bsn',
  'RS045.not-aaneengesloten': () => 'contains dots or spaces',
  'RS045.fix': () => 'fill the initials one after another without dots or spaces, e.g. JM',
  'RS046.not-digits': () => 'contains characters other than digits',
  'RS046.fix': () => 'fill the number as digits only, without spaces, dashes or a plus sign (the country code goes in Landnummer)',
  'RS047.other-message': (p) => `is not the BerichtCode of a ${p.code} (${p.naam})`,
  'RS047.fix': (p) => `fill ${p.berichtCode}`,
  'RS048.not-a-version': () => 'is not a version of three whole numbers separated by dots',
  'RS048.fix': () => 'fill it as for example 1.0.0',

  // ------------------------------------------------------------ exchange
  'CC11.answered-already': (p) =>
    `The ${p.heenCode} with Identificatie ${p.identificatie} of ${p.dagtekening} from ${p.afzender} was answered already with an accepted ${p.code}; a message is answered once, so this one is not passed on.`,
};
