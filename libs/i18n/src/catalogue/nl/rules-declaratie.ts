import type { Section } from '../section';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** The betekenis of each Frequentie (WJ757), as findings name it after an Omvang. */
const FREQUENTIE: Readonly<Record<string, string>> = { '1': 'per dag', '2': 'per week', '4': 'per maand', '6': 'in totaal over de toewijzing' };

type AlreadyDeclared = { prestatie: string; periode: string; categorie: string; code: string; referentie: string; declaratieNummer: string };
const alreadyDeclared = (p: AlreadyDeclared, status: string): string =>
  `${p.prestatie}: ProductPeriode ${p.periode} van ${p.categorie}/${p.code} is al gedeclareerd als debetprestatie ${p.referentie} in declaratie ${p.declaratieNummer} (${status})`;

/**
 * Dutch texts: rules-declaratie, the findings of the technische regels on declaraties (323) and
 * declaratie-antwoorden (325) and the phrases they share. Keys are English identifiers; the
 * standard's words stay as the standard spells them.
 */
export const rulesDeclaratie = {
  // ------------------------------------------------------------ shared phrases
  'declaratie.prestatie': (p: { referentie: string; client: string; toewijzing: string }) => `Prestatie ${p.referentie} (cliënt ${p.client}, toewijzing ${p.toewijzing})`,
  'declaratie.credit-prestatie': (p: { referentie: string; client: string; toewijzing: string }) => `Creditprestatie ${p.referentie} (cliënt ${p.client}, toewijzing ${p.toewijzing})`,
  'declaratie.joined': (p: { head: string; separator: string; tail: string }) => `${p.head}${p.separator}${p.tail}`,
  'declaratie.month': (p: { month: string; year: string }) => `${MAANDEN[Number(p.month) - 1] ?? p.month} ${p.year}`,
  'declaratie.omvang': (p: { volume: number; eenheid: string; frequentie: string }) => `Omvang ${p.volume} ${p.eenheid} ${FREQUENTIE[p.frequentie] ?? ''}`,
  'declaratie.toewijzing-period': (p: { begin: string; end: string }) => `van ${p.begin} tot en met ${p.end}`,
  'declaratie.toewijzing-period-open': (p: { begin: string }) => `vanaf ${p.begin} (zonder Einddatum)`,

  // ------------------------------------------------------------ the declaratie as a whole
  'TR318.already-declared': (p: { current: string; previous: string; aanbieder: string; gemeente: string; expected: string }) =>
    `DeclaratiePeriode ${p.current} volgt niet op de vorige DeclaratiePeriode ${p.previous} van aanbieder ${p.aanbieder} aan gemeente ${p.gemeente}: die maand is al gedeclareerd. Stuur deze prestaties mee in de declaratie over ${p.expected} (eerdere ProductPeriodes mogen in een latere maand worden gedeclareerd).`,
  'TR318.month-skipped': (p: { current: string; expected: string; previous: string; aanbieder: string; gemeente: string; skipped: string }) =>
    `DeclaratiePeriode ${p.current} slaat ${p.expected} over na de vorige DeclaratiePeriode ${p.previous} van aanbieder ${p.aanbieder} aan gemeente ${p.gemeente}, terwijl deze declaratie prestaties bevat voor ${p.skipped}: toen is dus zorg geleverd. Stuur eerst de declaratie over ${p.expected}, en daarna deze.`,
  'TR333.nummer-used': (p: { nummer: string; aanbieder: string; month: string; gemeente: string; identificatie: string; dagtekening: string }) =>
    `DeclaratieNummer ${p.nummer} is al gebruikt door aanbieder ${p.aanbieder} voor de declaratie over ${p.month} aan gemeente ${p.gemeente} (bericht ${p.identificatie} van ${p.dagtekening}); geef elke declaratie een nieuw DeclaratieNummer.`,

  // ------------------------------------------------------------ prestaties within the message
  'TR137.einddatum': (p: { path: string; end: string; problem: string }) =>
    `${p.path} ProductPeriode Einddatum ${p.end} ${p.problem} (TR137); de Einddatum ligt op of na de Begindatum en niet na de dag waarop het bericht wordt verzonden: declareer alleen dagen tot en met de dag van verzending.`,
  'TR137.before-begin': (p: { begin: string }) => `ligt vóór de Begindatum ${p.begin}`,
  'TR137.after-dagtekening': (p: { dagtekening: string }) => `ligt na de Dagtekening ${p.dagtekening} van het bericht`,
  'TR137.both': (p: { before: string; after: string }) => `${p.before} en ${p.after}`,
  'TR315.credited-twice': (p: { path: string; vorig: string; first: string }) =>
    `${p.path} heeft VorigReferentieNummer ${p.vorig}, waar ${p.first} al naar verwijst (TR315); een prestatie wordt maar één keer gecrediteerd: verwijder de tweede credit, of corrigeer het VorigReferentieNummer ervan.`,
  'TR316.credited-in-same-message': (p: { path: string; vorig: string; debet: string }) =>
    `${p.path} crediteert VorigReferentieNummer ${p.vorig}, het ReferentieNummer van ${p.debet} in dezelfde declaratie (TR316); een debetregel kan niet worden gecrediteerd in het bericht waarin hij wordt gedeclareerd: laat beide weg, of crediteer hem in een latere declaratie.`,
  'TR335.too-old': (p: { path: string; end: string; dagtekening: string; earliest: string }) =>
    `${p.path} ProductPeriode Einddatum ${p.end} ligt meer dan 5 jaar vóór de DeclaratieDagtekening ${p.dagtekening} (TR335); perioden die vóór ${p.earliest} zijn geëindigd, kunnen niet meer worden gedeclareerd.`,

  // ------------------------------------------------------------ each prestatie against earlier prestaties
  'TR314.used': (p: { referentie: string; client: string; where: string }) =>
    `Prestatie ReferentieNummer ${p.referentie} (cliënt ${p.client}) is al gebruikt in ${p.where}; geef elke prestatie een eigen ReferentieNummer (een credit verwijst in VorigReferentieNummer naar het origineel).`,
  'TR314.in-declaratie': (p: { declaratieNummer: string; gemeente: string; client: string; periode: string }) =>
    `declaratie ${p.declaratieNummer} aan gemeente ${p.gemeente} (cliënt ${p.client}, ProductPeriode ${p.periode})`,
  'TR314.in-this-declaratie': (p: { position: string; client: string }) => `deze declaratie (${p.position}, cliënt ${p.client})`,
  'TR319.after-declaratieperiode': (p: { prestatie: string; periode: string; declaratiePeriode: string; month: string }) =>
    `${p.prestatie} is voor ${p.periode}, na DeclaratiePeriode ${p.declaratiePeriode} van deze declaratie; declareer haar in de declaratie over ${p.month} of een latere maand.`,
  'TR323.no-debet': (p: { credit: string; vorig: string; aanbieder: string }) =>
    `${p.credit} verwijst naar VorigReferentieNummer ${p.vorig}, maar aanbieder ${p.aanbieder} heeft geen debetprestatie met ReferentieNummer ${p.vorig} gedeclareerd; vul in VorigReferentieNummer het ReferentieNummer van de debetprestatie die wordt gecrediteerd.`,
  'TR323.debet-rejected': (p: { credit: string; vorig: string; retourcodes: string }) =>
    `${p.credit} crediteert debetprestatie ${p.vorig}, die de gemeente heeft afgewezen (retourcodes ${p.retourcodes}); een afgewezen prestatie is niet betaald en wordt niet gecrediteerd. Laat deze credit weg.`,
  'TR323.no-retourcodes': () => 'niet opgegeven',
  'TR323.debet-pending': (p: { credit: string; vorig: string; declaratieNummer: string }) =>
    `${p.credit} crediteert debetprestatie ${p.vorig} uit declaratie ${p.declaratieNummer}, die de gemeente nog niet heeft goedgekeurd (er is nog geen declaratie-antwoord); crediteer haar na het declaratie-antwoord.`,
  'TR323.keys-differ': (p: { credit: string; vorig: string; declaratieNummer: string; differences: string }) =>
    `${p.credit} wijkt af van debetprestatie ${p.vorig} uit declaratie ${p.declaratieNummer} in ${p.differences}; een credit herhaalt de sleutelvelden van de debet die hij ongedaan maakt.`,
  'TR323.difference': (p: { name: string; mine: string; theirs: string }) => `${p.name} (${p.mine}, de debet heeft ${p.theirs})`,
  'TR389.awaiting-antwoord': (p: AlreadyDeclared) =>
    `${alreadyDeclared(p, 'wacht op het declaratie-antwoord')}; wacht het declaratie-antwoord op declaratie ${p.declaratieNummer} af, crediteer dan ${p.referentie} en declareer het nieuwe bedrag.`,
  'TR389.approved': (p: AlreadyDeclared) =>
    `${alreadyDeclared(p, 'goedgekeurd')}; wilt u dit wijzigen, crediteer dan ${p.referentie} (een creditprestatie met VorigReferentieNummer ${p.referentie}, in deze of een eerdere declaratie) en declareer het nieuwe bedrag.`,
  'TR390.credited-before': (p: { credit: string; vorig: string; earlier: string; declaratieNummer: string }) =>
    `${p.credit} crediteert debetprestatie ${p.vorig}, die al is gecrediteerd door creditprestatie ${p.earlier} uit declaratie ${p.declaratieNummer}; een prestatie wordt maar één keer gecrediteerd. Laat deze credit weg.`,

  // ------------------------------------------------------------ each prestatie against its toewijzing
  'TR304.verzoek': (p: { what: string; toewijzing: string; owner: string; client: string }) =>
    `${p.what}: toewijzing ${p.toewijzing} hoort bij cliënt ${p.owner}, niet bij ${p.client}; stuur het verzoek om wijziging voor de cliënt van de toewijzing, of gebruik een ToewijzingNummer van cliënt ${p.client}.`,
  'TR304.prestatie': (p: { prestatie: string; toewijzing: string; owner: string; client: string }) =>
    `${p.prestatie}: toewijzing ${p.toewijzing} hoort bij cliënt ${p.owner}, niet bij ${p.client}; zet de prestatie onder de cliënt van de toewijzing, of gebruik het ToewijzingNummer van die cliënt.`,
  'TR304.antwoord': (p: { referentie: string; owner: string; declaratieNummer: string; client: string }) =>
    `Prestatie ${p.referentie} is in declaratie ${p.declaratieNummer} gedeclareerd voor cliënt ${p.owner}, niet voor ${p.client}; stuur haar terug onder de cliënt waarvoor zij is gedeclareerd.`,
  'TR307.before-toewijzing': (p: { prestatie: string; begin: string; toewijzing: string; periode: string; ingangsdatum: string }) =>
    `${p.prestatie} begint op ${p.begin}, vóór het begin van toewijzing ${p.toewijzing} (die loopt ${p.periode}); laat de ProductPeriode beginnen op ${p.ingangsdatum} of later.`,
  'TR308.after-toewijzing': (p: { prestatie: string; end: string; toewijzing: string; periode: string; einddatum: string }) =>
    `${p.prestatie} eindigt op ${p.end}, na het einde van toewijzing ${p.toewijzing} (die loopt ${p.periode}); laat de ProductPeriode eindigen op ${p.einddatum} of eerder.`,
  'TR321.above-omvang': (p: { prestatie: string; volume: number; eenheid: string; periode: string; toewijzing: string; omvang: string; max: number }) =>
    `${p.prestatie} declareert ${p.volume} ${p.eenheid} voor ${p.periode}; toewijzing ${p.toewijzing} (${p.omvang}) staat in die periode ten hoogste ${p.max} ${p.eenheid} toe. Declareer niet meer dan dat, of vraag de gemeente om een grotere toewijzing (verzoek om wijziging).`,
  'TR322.above-total': (p: { prestatie: string; toewijzing: string; total: number; unit: string; limit: number; periode: string; omvang: string; rest: number }) =>
    `${p.prestatie} brengt het gedeclareerde volume op toewijzing ${p.toewijzing} op ${p.total} ${p.unit}, meer dan de ${p.limit} ${p.unit} die over de looptijd zijn toegewezen (${p.periode}, ${p.omvang}); er kan nog ten hoogste ${p.rest} ${p.unit} worden gedeclareerd.`,
  'TR338.no-toewijzing': (p: { prestatie: string; gemeente: string; aanbieder: string; toewijzing: string }) =>
    `${p.prestatie}: gemeente ${p.gemeente} heeft aanbieder ${p.aanbieder} geen toewijzing met ToewijzingNummer ${p.toewijzing} gestuurd; gebruik het ToewijzingNummer uit de toewijzing (WMO301) waaronder de prestatie is geleverd.`,
  'TR339.other-categorie': (p: { prestatie: string; categorie: string; toewijzing: string; toegewezen: string }) =>
    `${p.prestatie} heeft ProductCategorie ${p.categorie}, maar toewijzing ${p.toewijzing} is voor ProductCategorie ${p.toegewezen}; neem de ProductCategorie over uit de toewijzing.`,
  'TR340.other-code': (p: { prestatie: string; code: string; toewijzing: string; toegewezen: string }) =>
    `${p.prestatie} heeft ProductCode ${p.code}, maar toewijzing ${p.toewijzing} is voor ProductCode ${p.toegewezen}; neem de ProductCode over uit de toewijzing (voor een ander product is een eigen toewijzing nodig).`,
  'TR341.other-eenheid': (p: { prestatie: string; eenheid: string; eenheidName: string; toewijzing: string; toegewezen: string; toegewezenName: string; orMinuten: string }) =>
    `${p.prestatie} is gedeclareerd in Eenheid ${p.eenheid} (${p.eenheidName}), maar toewijzing ${p.toewijzing} is in Eenheid ${p.toegewezen} (${p.toegewezenName}); declareer in Eenheid ${p.toegewezen}${p.orMinuten}.`,
  'TR341.or-minuten': () => ' (of 01 minuten)',
  'TR369.above-budget': (p: { prestatie: string; toewijzing: string; total: string; budget: string; periode: string; rest: string }) =>
    `${p.prestatie} brengt het gedeclareerde bedrag op toewijzing ${p.toewijzing} op ${p.total}, meer dan het Budget van ${p.budget} (${p.periode}); er kan nog ten hoogste ${p.rest} worden gedeclareerd.`,
  'TR384.withdrawn': (p: { prestatie: string; toewijzing: string }) =>
    `${p.prestatie}: de gemeente heeft toewijzing ${p.toewijzing} ingetrokken (RedenWijziging 13, verwijderd), dus daarop kan niets worden gedeclareerd; vraag de gemeente welke toewijzing ervoor in de plaats komt.`,
  'TR387.begin': (p: { prestatie: string; begin: string; month: string; expected: string; why: string }) =>
    `${p.prestatie} begint op ${p.begin}; een ProductPeriode in ${p.month} begint op ${p.expected} (${p.why}), ongeacht wanneer de zorg begon.`,
  'TR387.toewijzing-starts': (p: { toewijzing: string; ingangsdatum: string }) => `toewijzing ${p.toewijzing} begint op ${p.ingangsdatum}`,
  'TR387.first-of-month': () => 'de eerste dag van de maand',
  'TR388.end': (p: { prestatie: string; end: string; month: string; expected: string; why: string }) =>
    `${p.prestatie} eindigt op ${p.end}; een ProductPeriode in ${p.month} eindigt op ${p.expected} (${p.why}), ongeacht wanneer de zorg stopte.`,
  'TR388.toewijzing-ends': (p: { toewijzing: string; einddatum: string }) => `toewijzing ${p.toewijzing} eindigt op ${p.einddatum}`,
  'TR388.last-of-month': () => 'de laatste dag van de maand',

  // ------------------------------------------------------------ each prestatie against the contract register
  'TR346.bedrag': (p: { prestatie: string; bedrag: string; volume: string; tarief: string; expected: string }) =>
    `${p.prestatie}: IngediendBedrag ${p.bedrag} is niet GeleverdVolume ${p.volume} x ProductTarief ${p.tarief} = ${p.expected}; corrigeer het Bedrag (of het volume of het tarief).`,
  'TR381.list': (p: { gemeente: string; naam: string }) => `de productcodelijst van gemeente ${p.gemeente} (${p.naam})`,
  'TR381.product': (p: { position: string; dateName: string; date: string }) => `${p.position} met ${p.dateName} ${p.date}`,
  'TR381.product-toewijzing': (p: { position: string; toewijzing: string; dateName: string; date: string }) => `${p.position} (toewijzing ${p.toewijzing}) met ${p.dateName} ${p.date}`,
  'TR381.not-on-list': (p: { what: string; code: string; list: string; month: string; valid: string; hint: string }) =>
    `${p.what}: ProductCode ${p.code} staat niet op ${p.list} voor ${p.month}${p.valid}; ${p.hint}.`,
  'TR381.valid-from': (p: { vanaf: string }) => ` (hij is geldig vanaf ${p.vanaf})`,
  'TR381.valid-from-to': (p: { vanaf: string; totEnMet: string }) => ` (hij is geldig van ${p.vanaf} tot en met ${p.totEnMet})`,
  'TR381.codes': (p: { categorie: string; month: string; codes: string }) => `de codes voor ProductCategorie ${p.categorie} in ${p.month} zijn ${p.codes}`,
  'TR381.no-codes': (p: { categorie: string; month: string }) => `de lijst heeft geen codes voor ProductCategorie ${p.categorie} in ${p.month}`,
  'TR381.other-categorie': (p: { what: string; code: string; resultaatgebied: string; trede: number; categorie: string; list: string; given: string }) =>
    `${p.what}: ProductCode ${p.code} (${p.resultaatgebied}, trede ${p.trede}) hoort op ${p.list} bij ProductCategorie ${p.categorie}, niet bij ${p.given}; corrigeer de ProductCategorie of de ProductCode.`,
  'TR418.no-contract': (p: { prestatie: string; aanbieder: string; resultaatgebied: string; perceel: string; gemeente: string; month: string; code: string }) =>
    `${p.prestatie}: aanbieder ${p.aanbieder} heeft geen contract voor ${p.resultaatgebied} (perceel ${p.perceel}) in gemeente ${p.gemeente} in ${p.month}, dus ProductCode ${p.code} heeft voor deze aanbieder geen gecontracteerd tarief. Ondersteuning in een resultaatgebied waarvoor u niet gecontracteerd bent, declareert de gecontracteerde hoofdaannemer, op zijn eigen toewijzing.`,
  'TR418.other-tarief': (p: { prestatie: string; declared: string; code: string; gemeente: string; month: string; tarief: string; since: string }) =>
    `${p.prestatie}: ProductTarief ${p.declared} is niet het gecontracteerde tarief van ProductCode ${p.code} in gemeente ${p.gemeente} voor ${p.month} (${p.tarief} per maand${p.since}); declareer tegen het gecontracteerde tarief.`,
  'TR418.since': (p: { since: string }) => `, vanaf ${p.since}`,

  // ------------------------------------------------------------ declaratie-antwoorden against the declaratie they answer
  'TR366.unknown-prestatie': (p: { referentie: string; client: string; declaratieNummer: string; identificatie: string; dagtekening: string }) =>
    `Prestatie ${p.referentie} (cliënt ${p.client}) is niet te herleiden: declaratie ${p.declaratieNummer} (bericht ${p.identificatie} van ${p.dagtekening}) waarnaar dit antwoord verwijst, heeft geen prestatie met dat ReferentieNummer; stuur alleen prestaties terug uit de declaratie die u beantwoordt, met hun ProductReferentie ongewijzigd.`,
  'TR367.differs': (p: { referentie: string; declaratieNummer: string; differences: string }) =>
    `Prestatie ${p.referentie} wijkt af van de prestatie in declaratie ${p.declaratieNummer} in ${p.differences}; stuur de prestatie terug precies zoals die is gedeclareerd.`,
  'TR367.difference': (p: { name: string; mine: string; theirs: string }) => `${p.name} (${p.mine}, gedeclareerd ${p.theirs})`,
  'TR371.other-xsdversie': (p: { basisschema: string; bericht: string; declaredBasisschema: string; declaredBericht: string }) =>
    `XsdVersieDeclaratie is ${p.basisschema}/${p.bericht} (basisschema/bericht), maar de beantwoorde declaratie heeft XsdVersie ${p.declaredBasisschema}/${p.declaredBericht}; neem de XsdVersie over uit de header van die declaratie.`,
  'TR376.other-nummer': (p: { nummer: string; answered: string }) =>
    `DeclaratieNummer ${p.nummer} is niet het nummer van de beantwoorde declaratie (${p.answered}); neem het DeclaratieNummer van die declaratie over.`,
  'PRESTATIE-BEOORDEELD.listed-twice': (p: { referentie: string }) =>
    `Prestatie ${p.referentie} kan hier niet worden beoordeeld: zij staat twee keer in dit declaratieantwoord; neem elke afgewezen prestatie één keer op.`,
  'PRESTATIE-BEOORDEELD.rejected-on-arrival': (p: { referentie: string; retourcodes: string }) =>
    `Prestatie ${p.referentie} kan hier niet worden beoordeeld: de gateway heeft haar bij ontvangst al afgewezen (retourcode ${p.retourcodes}) en de aanbieder daarover een eigen declaratieantwoord gestuurd; laat haar weg uit uw declaratieantwoord.`,
  // ------------------------------------------------------------ TR416
  'TR416.declared': (p: { toewijzingNummer: string; product: string; period: string }) => `ToewijzingNummer ${p.toewijzingNummer}, ${p.product}, ${p.period}`,
  'TR416.second-debet': (p: { path: string; declared: string; first: string }) =>
    `${p.path} is een tweede debet voor ${p.declared}, die ${p.first} al declareert (TR416); declareer een toewijzing, product en periode één keer: zet het hele bedrag in één prestatie, of crediteer eerst de eerdere.`,
} satisfies Section;
