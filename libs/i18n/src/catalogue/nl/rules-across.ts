import { formatCents } from '../../format';
import type { Section } from '../section';

type Overlap = { path: string; product: string; period: string; earlierPath: string; earlierProduct: string; earlierPeriod: string; reason: string };
const overlaps = (p: Overlap, code: string): string =>
  `${p.path} (${p.product}, ${p.period}) overlapt ${p.earlierPath} (${p.earlierProduct}, ${p.earlierPeriod}) en ${p.reason} (${code})`;

/**
 * Dutch texts: rules-across, the findings of the technische regels (TR) that look across messages
 * or over a whole message, and the phrases they share. Keys are English identifiers; the
 * standard's words stay as the standard spells them.
 */
export const rulesAcross = {
  // ------------------------------------------------------------ shared phrases
  'across.product-code': (p: { code: string; categorie: string }) => `product ${p.code} (categorie ${p.categorie})`,
  'across.product-categorie': (p: { categorie: string }) => `categorie ${p.categorie} (zonder productcode)`,
  'across.product-none': () => 'een product zonder Categorie',
  'across.period': (p: { begin: string; end: string }) => `${p.begin} tot en met ${p.end}`,
  'across.period-open': (p: { begin: string }) => `${p.begin} zonder einddatum`,
  'across.euro': (p: { cents: string }) => formatCents(p.cents, 'nl'),
  'across.overlap-without-categorie': () => 'een product zonder Categorie mag geen ander product overlappen buiten de categorieën 11-14',
  'across.overlap-same-product': () => 'het is hetzelfde product',
  'across.overlap-same-categorie': (p: { categorie: string }) => `beide zijn in categorie ${p.categorie} en zonder productcode gelden ze als hetzelfde product`,
  'across.heenbericht': (p: { code: string; identificatie: string; dagtekening: string; afzender: string }) =>
    `de ${p.code} met Identificatie ${p.identificatie} van ${p.dagtekening} van ${p.afzender}`,

  // ------------------------------------------------------------ overlap rules
  'TR302.overlap': (p: Overlap) => `${overlaps(p, 'TR302')}; laat de perioden op elkaar volgen zonder overlap, of voeg ze samen in één ToegewezenProduct.`,
  'TR386.overlap': (p: Overlap) => `${overlaps(p, 'TR386')}; vraag perioden aan die op elkaar volgen zonder overlap, of één AangevraagdProduct voor de hele periode.`,
  'TR410.overlap': (p: Overlap) => `${overlaps(p, 'TR410')}; vraag perioden die op elkaar volgen zonder overlap, of één NieuwProduct voor de hele periode.`,

  // ------------------------------------------------------------ retourberichten and sums
  'RETOUR-HEENBERICHT.not-delivered': (p: { code: string; heenbericht: string; answeredBy: string }) =>
    `Deze ${p.code} beantwoordt ${p.heenbericht} aan ${p.answeredBy}, maar de gateway heeft zo'n bericht niet aan ${p.answeredBy} afgeleverd; beantwoord alleen berichten die u hebt ontvangen, met hun header (Afzender, Identificatie, Dagtekening) ongewijzigd.`,
  'TR337.not-received': (p: { heenbericht: string; answeredBy: string }) =>
    `DeclaratieIdentificatie noemt ${p.heenbericht}, maar gemeente ${p.answeredBy} heeft zo'n declaratie niet via de gateway ontvangen (TR337); neem Identificatie en Dagtekening over uit de header van de declaratie die u beantwoordt.`,
  'TR342.not-rejected': (p: { path: string }) =>
    `${p.path} wordt teruggestuurd met alleen RetourCode 0200 en is dus niet afgewezen (TR342); het declaratie-antwoord bevat alleen afgewezen prestaties: laat toegekende prestaties weg, of geef de reden van afwijzing.`,
  'TR342.rejected-but-awarded': (p: { codes: string; toegekend: string }) =>
    `Het DeclaratieAntwoord wijst de declaratie af (RetourCode ${p.codes}) maar TotaalToegekendBedrag is ${p.toegekend} (TR342); aan een afgewezen declaratie wordt niets toegekend: vul TotaalToegekendBedrag 0 D.`,
  'TR342.rejected-with-prestaties': (p: { codes: string; count: number }) =>
    `Het DeclaratieAntwoord wijst de declaratie af (RetourCode ${p.codes}) maar stuurt ${p.count} ${p.count === 1 ? 'prestatie' : 'prestaties'} terug (TR342); als de declaratie als geheel is afgewezen, worden de prestaties niet beoordeeld: laat Clienten weg.`,
  'TR342.rejected-by-gateway': (p: { amount: string }) =>
    ` plus ${p.amount} aan prestaties die de gateway bij ontvangst al had afgewezen`,
  'TR342.sum-mismatch': (p: { ingediend: string; toegekend: string; difference: string; rejected: string; byGateway: string }) =>
    `TotaalIngediendBedrag ${p.ingediend} min TotaalToegekendBedrag ${p.toegekend} is ${p.difference}, maar de teruggestuurde (afgewezen) prestaties tellen op tot ${p.rejected}${p.byGateway} (TR342); het verschil tussen ingediend en toegekend is precies het bedrag van de afgewezen prestaties: stuur elke afgewezen prestatie terug en geen andere, of corrigeer TotaalToegekendBedrag.`,
  'TR358.amount': (p: { value: string; debetCredit: string; euro: string }) =>
    `${p.value} ${p.debetCredit} (${p.euro})`,
  'TR358.sum-mismatch': (p: { totaal: string; sum: string; value: string; debetCredit: string }) =>
    `TotaalIngediendBedrag is ${p.totaal} maar de prestaties tellen op tot ${p.sum}, debet min credit (TR358); vul TotaalBedrag met ${p.value} en DebetCredit ${p.debetCredit}, of corrigeer de prestaties.`,

  // ------------------------------------------------------------ phrases of the TR rules within one message
  /** One more item of a list: a list of phrases is built item by item, each said in the reader's language. */
  'across.list': (p: { list: string; separator: string; item: string }) => `${p.list}${p.separator}${p.item}`,

  // ------------------------------------------------------------ TR rules within one message
  'TR002.too-old': (p: { element: string; datum: string; dagtekening: string }) =>
    `${p.element} ${p.datum} ligt meer dan 120 jaar vóór de Dagtekening ${p.dagtekening} (TR002); corrigeer de geboortedatum, of geef een onbekende geboortedatum door als Datum 1900-01-01 met DatumGebruik 3.`,

  'TR006.no-telefoon-or-address': (p: { path: string; soort: string; has: string }) =>
    `${p.path} (Soort ${p.soort}) heeft geen Telefoon en het Adres heeft ${p.has} (TR006); een Contact heeft een Telefoon nodig, of zowel het Huis (Huisnummer) als de Postcode van het adres.`,
  'TR006.huis-without-postcode': () => 'wel een Huis maar geen Postcode',
  'TR006.postcode-without-huis': () => 'wel een Postcode maar geen Huis',
  'TR006.neither': () => 'geen Huis en geen Postcode',

  'TR018.end-before-begin': (p: { end: string; begin: string }) =>
    `StopProduct Einddatum ${p.end} ligt vóór de Begindatum ${p.begin} (TR018); de levering kan niet eindigen voordat die begonnen is: corrigeer de Einddatum, of de Begindatum naar die van de start (305).`,

  'TR056.identificatie-used': (p: { identificatie: string; afzender: string; code: string }) =>
    `Identificatie ${p.identificatie} is al gebruikt door ${p.afzender} voor een ${p.code}; geef elk bericht een nieuwe Identificatie.`,

  'TR061.no-usable-address': (p: { soorten: string }) =>
    `De Contactgegevens van de cliënt hebben alleen Contact Soort ${p.soorten} (TR061); voeg ten minste één Contact toe met Soort 01 (BRP-adres), 02 (correspondentie-adres) of 03 (verblijfadres).`,

  'TR101.duplicate': (p: { path: string; firstPath: string; key: string }) =>
    `${p.path} herhaalt ${p.firstPath}: beide hebben ${p.key} (TR101); een bericht mag dezelfde regel niet twee keer bevatten: verwijder het duplicaat of corrigeer de sleutel.`,
  'TR101.key-empty': (p: { name: string }) => `${p.name} (leeg)`,

  'TR134.not-a-date': (p: { datum: string }) => `${p.datum} is geen bestaande datum`,
  'TR134.after-dagtekening': (p: { datum: string; dagtekening: string }) => `${p.datum} ligt na de Dagtekening ${p.dagtekening} van het bericht`,
  'TR134.prestatie-begindatum': (p: { path: string; problem: string }) =>
    `${p.path} ProductPeriode Begindatum ${p.problem} (TR134); een prestatie kan alleen worden gedeclareerd voor een periode die al begonnen is: corrigeer de Begindatum.`,
  'TR134.geboortedatum': (p: { element: string; problem: string }) =>
    `${p.element} Datum ${p.problem} (TR134); vul de werkelijke geboortedatum, of 1900-01-01 met DatumGebruik 3 als die onbekend is.`,

  'TR135.in-future': (p: { dagtekening: string; today: string }) =>
    `Dagtekening ${p.dagtekening} ligt in de toekomst (vandaag is ${p.today}); gebruik de datum waarop het bericht wordt verstuurd.`,

  // ------------------------------------------------------------ phrases of the start and stop rules
  'across.start-key': (p: { nummer: string; product: string; begindatum: string }) =>
    `${p.nummer ? `ToewijzingNummer ${p.nummer}` : 'zonder ToewijzingNummer'}${p.product ? `, Product ${p.product}` : ''}, Begindatum ${p.begindatum}`,
  'across.stop-key': (p: { start: string; redenBeeindiging: string; einddatum: string }) => `${p.start}, RedenBeeindiging ${p.redenBeeindiging}, Einddatum ${p.einddatum}`,

  // ------------------------------------------------------------ start and stop (305, 307)
  'TR019.unrelated': (p: { soort: string; start: string; problem: string }) => `De ${p.soort} (${p.start}) is niet te relateren aan een toewijzing: ${p.problem}`,
  'TR019.no-toewijzing': (p: { gemeente: string; aanbieder: string; soort: string }) =>
    `gemeente ${p.gemeente} heeft aanbieder ${p.aanbieder} geen toewijzing (WMO301) met dit ToewijzingNummer gestuurd. Controleer het nummer aan de hand van de toewijzing, of meld de ${p.soort} zodra de toewijzing is ontvangen.`,
  'TR019.other-client': (p: { nummer: string; bsn: string }) =>
    `toewijzing ${p.nummer} hoort bij een andere cliënt dan Bsn ${p.bsn}. Gebruik het ToewijzingNummer van de toewijzing van deze cliënt.`,
  'TR019.withdrawn': (p: { gemeente: string; nummer: string; toewijzingsdatum: string }) =>
    `gemeente ${p.gemeente} heeft toewijzing ${p.nummer} ingetrokken (RedenWijziging 13, Toewijzingsdatum ${p.toewijzingsdatum}), dus die geldt als nooit verstuurd. Vraag de gemeente welke toewijzing geldt.`,

  'TR063.nothing-to-remove': (p: { soort: string; bsn: string; key: string }) =>
    `StatusAanlevering 3 verwijdert een eerdere ${p.soort}, maar er is geen ${p.soort} ontvangen voor Bsn ${p.bsn} met deze sleutel (${p.key}), of die is al verwijderd. Neem de sleutelelementen van de ${p.soort} die u wilt verwijderen ongewijzigd over.`,

  'TR071.already-stopped': (p: { start: string; redenBeeindiging: string; einddatum: string }) =>
    `De start (${p.start}) kan niet worden verwijderd: er is al een stop voor gemeld (RedenBeeindiging ${p.redenBeeindiging}, Einddatum ${p.einddatum}). Verwijder eerst die stop (StopProduct met StatusAanlevering 3) en daarna de start.`,

  'TR074.duplicate': (p: { soort: string; key: string; where: string }) =>
    `Een ${p.soort} met dezelfde sleutel (${p.key}) is al ontvangen in ${p.where}. Stuur die niet opnieuw; om die te corrigeren verwijdert u die met StatusAanlevering 3 en stuurt u de gecorrigeerde.`,
  'TR074.in-earlier-message': () => 'een eerder bericht',
  'TR074.in-this-message': () => 'dit bericht',

  'TR326.not-stopped': (p: { start: string }) =>
    `De eerdere start (${p.start}) van dit toegewezen product is niet gestopt. Meld eerst de stop daarvan (WMO307) en dan pas een nieuwe start, of verwijder de eerdere start (StatusAanlevering 3) als die onjuist was.`,

  'TR382.no-start': (p: { start: string; hint: string }) =>
    `Voor deze stop (${p.start}) is geen start (WMO305) met dezelfde sleutel ontvangen.${p.hint} Neem ToewijzingNummer, Product en Begindatum van de start ongewijzigd over in de stop.`,
  'TR382.starts-of-nummer': (p: { nummer: string; count: number; starts: string }) =>
    ` ${p.count === 1 ? 'De start' : 'De starts'} met ToewijzingNummer ${p.nummer} ${p.count === 1 ? 'heeft' : 'hebben'} ${p.starts}.`,

  'TR413.already-temporary': (p: { start: string; einddatum: string }) =>
    `De start (${p.start}) is al tijdelijk gestopt (RedenBeeindiging 20, Einddatum ${p.einddatum}). Een tweede tijdelijke stop is niet mogelijk: meld de definitieve stop met een andere RedenBeeindiging, of stuur na hervatting een nieuwe start met de nieuwe Begindatum.`,
  'TR414.before-earlier-stop': (p: { einddatum: string; earlier: string; redenBeeindiging: string; start: string }) =>
    `Einddatum ${p.einddatum} ligt vóór Einddatum ${p.earlier} van de eerdere stop (RedenBeeindiging ${p.redenBeeindiging}) van de start (${p.start}). Gebruik een Einddatum op of na ${p.earlier}, of verwijder eerst de eerdere stop (StatusAanlevering 3).`,
  'TR415.already-definitive': (p: { start: string; redenBeeindiging: string; einddatum: string }) =>
    `De start (${p.start}) is al definitief gestopt (RedenBeeindiging ${p.redenBeeindiging}, Einddatum ${p.einddatum}); een verdere stop is niet mogelijk. Om die stop te corrigeren verwijdert u die (StatusAanlevering 3) en stuurt u de gecorrigeerde.`,

  // ------------------------------------------------------------ phrases of the toewijzing and verzoek rules
  'across.no-product': () => 'geen Product',
  'across.none': () => 'geen',
  'across.period-until-open': (p: { begin: string }) => `${p.begin} zonder einddatum`,
  'across.verzoek-other-gemeente': (p: { gemeente: string; not: string }) =>
    `het verzoek met deze ReferentieAanbieder is gestuurd aan gemeente ${p.gemeente}, niet aan ${p.not}.`,
  /** Why a ToewijzingNummer in a verzoek om wijziging is no actuele toewijzing of the cliënt (TR350, TR351). */
  'across.actueel-unknown': (p: { gemeente: string; aanbieder: string }) => `gemeente ${p.gemeente} heeft aanbieder ${p.aanbieder} geen toewijzing met dit nummer gestuurd.`,
  'across.actueel-other-client': () => 'de toewijzing is voor een andere cliënt.',
  'across.actueel-withdrawn': (p: { toewijzingsdatum: string }) => `de gemeente heeft die ingetrokken (RedenWijziging 13, Toewijzingsdatum ${p.toewijzingsdatum}).`,
  'across.actueel-cancelled': () => 'de gemeente heeft die geannuleerd (RedenWijziging 01, Einddatum gelijk aan Ingangsdatum).',
  'across.actueel-ended': (p: { einddatum: string; peildatum: string }) => `die is geëindigd op ${p.einddatum}, vóór de Dagtekening ${p.peildatum}.`,

  // ------------------------------------------------------------ toewijzing (301), verzoek om toewijzing and om wijziging (315, 317)
  'TR332.not-unique': (p: { nummer: string; gemeente: string; why: string }) =>
    `ToewijzingNummer ${p.nummer} is niet uniek binnen gemeente ${p.gemeente}: ${p.why} Geef elke nieuwe toewijzing een eigen nummer; bij een wijziging van een bestaande toewijzing blijven cliënt, aanbieder en Product gelijk.`,
  'TR332.same-in-message': (p: { index: number }) => `ToegewezenProduct ${p.index} van dit bericht heeft hetzelfde nummer.`,
  'TR332.other-aanbieder': (p: { aanbieder: string }) => `het is al gebruikt voor een toewijzing aan een andere aanbieder (${p.aanbieder}).`,
  'TR332.other-client': () => 'het is al gebruikt voor een toewijzing aan een andere cliënt.',
  'TR332.other-product': (p: { product: string }) => `het is al gebruikt voor een ander Product (${p.product}) van deze cliënt.`,

  'TR379.not-of-verzoek': (p: { nummer: string; referentie: string; problem: string }) =>
    `ToewijzingNummer ${p.nummer} heeft ReferentieAanbieder ${p.referentie}, maar ${p.problem} Vul ReferentieAanbieder alleen als de toewijzing een verzoek honoreert, met de ReferentieAanbieder van dat verzoek; laat het anders leeg.`,
  'TR379.never-sent': (p: { aanbieder: string }) =>
    `aanbieder ${p.aanbieder} heeft geen verzoek om toewijzing (WMO315) of verzoek om wijziging (WMO317) met deze ReferentieAanbieder gestuurd.`,
  'TR379.other-client': () => 'het verzoek met deze ReferentieAanbieder is voor een andere cliënt.',

  'TR385.declared': (p: { nummer: string; aanbieder: string; net: string; volume: string }) =>
    `Toewijzing ${p.nummer} kan niet worden ingetrokken (RedenWijziging 13): aanbieder ${p.aanbieder} heeft erop gedeclareerd en de prestaties zijn niet gecrediteerd (netto ${p.net}${p.volume ? `, volume ${p.volume}` : ''}). Beëindig de toewijzing in plaats daarvan met een Einddatum, of vraag de aanbieder eerst de prestaties te crediteren.`,

  'TR347.reused': (p: { referentie: string; aanbieder: string; where: string }) =>
    `ReferentieAanbieder ${p.referentie} is al gebruikt door aanbieder ${p.aanbieder} in ${p.where}. Geef elk verzoek een ReferentieAanbieder die nog nooit is gebruikt.`,
  'TR347.earlier-verzoek': (p: { verzoek: string; dagtekening: string; gemeente: string }) => `een ${p.verzoek} van ${p.dagtekening} aan gemeente ${p.gemeente}`,
  'TR347.in-this-message': (p: { index: number }) => `AangevraagdProduct ${p.index} van dit bericht`,

  'TR349.left-out': (p: { nummer: string; period: string }) =>
    `Het verzoek om wijziging laat toewijzing ${p.nummer} (${p.period}) weg, die actueel is voor deze cliënt. Neem elke actuele toewijzing op, als OngewijzigdProduct of als TeWijzigenProduct.`,

  'TR350.not-actueel': (p: { nummer: string; problem: string }) =>
    `OngewijzigdProduct ToewijzingNummer ${p.nummer} is geen actuele toewijzing van deze cliënt: ${p.problem} Verwijs alleen naar actuele toewijzingen; vraag al het andere aan als NieuwProduct.`,
  'TR351.not-actueel': (p: { nummer: string; problem: string }) =>
    `TeWijzigenProduct ToewijzingNummer ${p.nummer} is geen actuele toewijzing van deze cliënt: ${p.problem} Alleen actuele toewijzingen kunnen worden gewijzigd; vraag al het andere aan als NieuwProduct.`,

  'TR352.nothing-current': () =>
    'Het Verzoek heeft geen OngewijzigdProduct en geen TeWijzigenProduct (TR352); een verzoek om wijziging noemt elke actuele toewijzing van de cliënt, ongewijzigd of te wijzigen. Stuur voor een cliënt zonder actuele toewijzing een verzoek om toewijzing (315).',
  'TR353.nothing-changed': () =>
    'Het Verzoek heeft geen TeWijzigenProduct en geen NieuwProduct (TR353); een verzoek om wijziging vraagt om ten minste één wijziging: voeg het te wijzigen product of het nieuwe product toe, of stuur het verzoek niet.',

  'TR357.not-from-ingangsdatum': (p: { gewenst: string; nummer: string; dagtekening: string; ingangsdatum: string }) =>
    `GewensteIngangsdatum ${p.gewenst} van toewijzing ${p.nummer} ligt niet na de Dagtekening ${p.dagtekening}, dus de wijziging geldt voor de hele toewijzing en gaat in op de Ingangsdatum ${p.ingangsdatum}. Gebruik ${p.ingangsdatum}, of een datum na de Dagtekening.`,

  'TR361.overlap': (p: { name: string; product: string; period: string; otherName: string; otherProduct: string; otherPeriod: string }) =>
    `${p.name} (${p.product}, ${p.period}) overlapt ${p.otherName} (${p.otherProduct}, ${p.otherPeriod}). Hetzelfde product mag alleen vaker voorkomen voor perioden die elkaar niet overlappen; pas de Einddatum of de GewensteIngangsdatum aan.`,

  'TR373.whole-toewijzing': (p: { what: string; nummer: string; ingangsdatum: string; gewenst: string }) =>
    `Het verzoek wijzigt ${p.what} van toewijzing ${p.nummer}, en dat geldt altijd voor de hele toewijzing: GewensteIngangsdatum moet de Ingangsdatum ${p.ingangsdatum} zijn, niet ${p.gewenst}.`,
  'TR373.budget': (p: { from: string; to: string }) => `het Budget (van ${p.from} naar ${p.to} eurocent)`,
  'TR373.total-omvang': () => 'de totale Omvang over de toewijzing (Frequentie 6)',

  'TR374.onderhanden': (p: { aanbieder: string; gemeente: string; verzoeken: string }) =>
    `Aanbieder ${p.aanbieder} heeft bij gemeente ${p.gemeente} een verzoek voor deze cliënt dat nog onderhanden is: ${p.verzoeken}. Wacht op de toewijzing (WMO301) of de afwijzing (WMO319) voordat u een nieuw verzoek stuurt.`,
  'TR374.verzoek': (p: { referentie: string; soort: string; dagtekening: string }) => `${p.referentie} (${p.soort} van ${p.dagtekening})`,

  'TR375.generiek': (p: { nummer: string }) =>
    `Toewijzing ${p.nummer} is generiek (geen Product), dus het TeWijzigenProduct mag geen Omvang geven; vraag in plaats daarvan een wijziging van het Budget.`,

  'TR380.not-after-dagtekening': (p: { path: string; end: string; dagtekening: string }) =>
    `${p.path} Einddatum ${p.end} ligt niet na de Dagtekening ${p.dagtekening} van het verzoek (TR380); een verzoek om wijziging kan een toewijzing niet in het verleden of vandaag laten eindigen: vraag een Einddatum na ${p.dagtekening}.`,

  'TR383.reused': (p: { path: string; referentie: string; firstPath: string }) =>
    `${p.path} heeft ReferentieAanbieder ${p.referentie}, die al gebruikt is door ${p.firstPath} (TR383); geef elk AangevraagdProduct een eigen ReferentieAanbieder.`,

  'TR411.omvang-missing': (p: { nummer: string; product: string }) =>
    `Toewijzing ${p.nummer} is voor een specifiek product (${p.product}), dus het TeWijzigenProduct moet de gewenste Omvang geven (Volume, Eenheid, Frequentie).`,
  'TR412.aspecifiek': (p: { nummer: string; categorie: string }) =>
    `Toewijzing ${p.nummer} is aspecifiek (ProductCategorie ${p.categorie} zonder Code), dus het TeWijzigenProduct mag geen Omvang geven; vraag in plaats daarvan een wijziging van het Budget.`,

  // ------------------------------------------------------------ antwoordbericht (319)
  'TR355.no-verzoek': (p: { referentie: string; problem: string }) =>
    `ReferentieAanbieder ${p.referentie} verwijst niet naar een eerder verzoek: ${p.problem} Neem de ReferentieAanbieder over van het verzoek dat u beantwoordt.`,
  'TR355.never-sent': (p: { aanbieder: string; gemeente: string }) =>
    `aanbieder ${p.aanbieder} heeft gemeente ${p.gemeente} geen verzoek om toewijzing (WMO315) of verzoek om wijziging (WMO317) met deze ReferentieAanbieder gestuurd.`,

  'TR359.honoured': (p: { referentie: string; nummer: string; toewijzingsdatum: string }) =>
    `Het verzoek ${p.referentie} is al gehonoreerd: toewijzing ${p.nummer} (Toewijzingsdatum ${p.toewijzingsdatum}) heeft deze ReferentieAanbieder. Een antwoordbericht is niet meer mogelijk; wijzig de toewijzing of trek die in met een nieuwe WMO301.`,
  'TR360.already-answered': (p: { referentie: string; dagtekening: string; verzoekAntwoord: string }) =>
    `Op verzoek ${p.referentie} is op ${p.dagtekening} al een antwoordbericht gestuurd (VerzoekAntwoord ${p.verzoekAntwoord}); "aanvraag in onderzoek" kan maar één keer worden gestuurd. Antwoord nu met een toewijzing (WMO301) of een afwijzing (VerzoekAntwoord 1).`,
  'TR365.already-rejected': (p: { referentie: string; dagtekening: string; verzoekAntwoord: string; reden: string }) =>
    `Verzoek ${p.referentie} is al afgewezen op ${p.dagtekening} (VerzoekAntwoord ${p.verzoekAntwoord}, RedenAfwijzingVerzoek ${p.reden}); dat antwoord is definitief. De aanbieder moet een nieuw verzoek sturen met een nieuwe ReferentieAanbieder.`,

  // ------------------------------------------------------------ header
  'TR378.unknown-gemeente': (p: { field: string; gemeente: string }) =>
    `${p.field} ${p.gemeente} is geen gemeentecode uit het overzicht van het CBS; gebruik de 4-cijferige CBS-code van de gemeente (bijvoorbeeld 0503 Delft).`,
} satisfies Section;
