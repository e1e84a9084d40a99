import type { rulesDeclaratie as nl } from '../nl/rules-declaratie';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The betekenis of each Frequentie (WJ757) as the English findings have always named it. */
const FREQUENTIE: Readonly<Record<string, string>> = { '1': 'per dag', '2': 'per week', '4': 'per maand', '6': 'in total over the toewijzing' };

type AlreadyDeclared = Parameters<(typeof nl)['TR389.approved']>[0];
const alreadyDeclared = (p: AlreadyDeclared, status: string): string =>
  `${p.prestatie}: ProductPeriode ${p.periode} of ${p.categorie}/${p.code} was already declared as debet prestatie ${p.referentie} in declaratie ${p.declaratieNummer} (${status}`;

/** English texts: rules-declaratie, the same keys and parameters as the Dutch section. */
export const rulesDeclaratie: typeof nl = {
  // ------------------------------------------------------------ shared phrases
  'declaratie.prestatie': (p) => `Prestatie ${p.referentie} (client ${p.client}, toewijzing ${p.toewijzing})`,
  'declaratie.credit-prestatie': (p) => `Credit prestatie ${p.referentie} (client ${p.client}, toewijzing ${p.toewijzing})`,
  'declaratie.joined': (p) => `${p.head}${p.separator}${p.tail}`,
  'declaratie.month': (p) => `${MONTHS[Number(p.month) - 1] ?? p.month} ${p.year}`,
  'declaratie.omvang': (p) => `Omvang ${p.volume} ${p.eenheid} ${FREQUENTIE[p.frequentie] ?? ''}`,
  'declaratie.toewijzing-period': (p) => `from ${p.begin} to ${p.end}`,
  'declaratie.toewijzing-period-open': (p) => `from ${p.begin} (no Einddatum)`,

  // ------------------------------------------------------------ the declaratie as a whole
  'TR318.already-declared': (p) =>
    `DeclaratiePeriode ${p.current} does not follow the previous DeclaratiePeriode ${p.previous} of aanbieder ${p.aanbieder} to gemeente ${p.gemeente}: that month was already declared. Send these prestaties in the declaratie for ${p.expected} (earlier ProductPeriodes may be declared in a later month).`,
  'TR318.month-skipped': (p) =>
    `DeclaratiePeriode ${p.current} skips ${p.expected} after the previous DeclaratiePeriode ${p.previous} of aanbieder ${p.aanbieder} to gemeente ${p.gemeente}, yet this declaratie holds prestaties for ${p.skipped}, so zorg was delivered then. Send the declaratie for ${p.expected} first, then this one.`,
  'TR333.nummer-used': (p) =>
    `DeclaratieNummer ${p.nummer} was already used by aanbieder ${p.aanbieder} for the declaratie of ${p.month} to gemeente ${p.gemeente} (message ${p.identificatie} of ${p.dagtekening}); give every declaratie a new DeclaratieNummer.`,

  // ------------------------------------------------------------ prestaties within the message
  'TR137.einddatum': (p) =>
    `${p.path} ProductPeriode Einddatum ${p.end} ${p.problem} (TR137); the Einddatum lies from the Begindatum up to the day the message is sent: declare only days that have passed.`,
  'TR137.before-begin': (p) => `lies before its Begindatum ${p.begin}`,
  'TR137.after-dagtekening': (p) => `lies after the Dagtekening ${p.dagtekening} of the message`,
  'TR137.both': (p) => `${p.before} and ${p.after}`,
  'TR315.credited-twice': (p) =>
    `${p.path} has VorigReferentieNummer ${p.vorig}, which ${p.first} already refers to (TR315); a prestatie is credited only once: remove the second credit, or correct its VorigReferentieNummer.`,
  'TR316.credited-in-same-message': (p) =>
    `${p.path} credits VorigReferentieNummer ${p.vorig}, the ReferentieNummer of ${p.debet} in this same declaratie (TR316); a debet line cannot be credited in the message that declares it: leave both out, or credit it in a later declaratie.`,
  'TR335.too-old': (p) =>
    `${p.path} ProductPeriode Einddatum ${p.end} lies more than 5 years before the DeclaratieDagtekening ${p.dagtekening} (TR335); periods that ended before ${p.earliest} can no longer be declared.`,

  // ------------------------------------------------------------ each prestatie against earlier prestaties
  'TR314.used': (p) =>
    `Prestatie ReferentieNummer ${p.referentie} (client ${p.client}) was already used in ${p.where}; give every prestatie a ReferentieNummer of its own (a credit refers to the original in VorigReferentieNummer).`,
  'TR314.in-declaratie': (p) => `declaratie ${p.declaratieNummer} to gemeente ${p.gemeente} (client ${p.client}, ProductPeriode ${p.periode})`,
  'TR314.in-this-declaratie': (p) => `this declaratie (${p.position}, client ${p.client})`,
  'TR319.after-declaratieperiode': (p) =>
    `${p.prestatie} is for ${p.periode}, after DeclaratiePeriode ${p.declaratiePeriode} of this declaratie; declare it in the declaratie for ${p.month} or a later month.`,
  'TR323.no-debet': (p) =>
    `${p.credit} refers to VorigReferentieNummer ${p.vorig}, but aanbieder ${p.aanbieder} declared no debet prestatie with ReferentieNummer ${p.vorig}; put the ReferentieNummer of the debet prestatie being credited in VorigReferentieNummer.`,
  'TR323.debet-rejected': (p) =>
    `${p.credit} credits debet prestatie ${p.vorig}, which the gemeente rejected (retourcodes ${p.retourcodes}); a rejected prestatie was not paid and is not credited. Leave this credit out.`,
  'TR323.no-retourcodes': () => 'none given',
  'TR323.debet-pending': (p) =>
    `${p.credit} credits debet prestatie ${p.vorig} of declaratie ${p.declaratieNummer}, which the gemeente has not yet approved (no declaratie-antwoord yet); credit it after the declaratie-antwoord.`,
  'TR323.keys-differ': (p) =>
    `${p.credit} does not match debet prestatie ${p.vorig} of declaratie ${p.declaratieNummer} in ${p.differences}; a credit repeats the key fields of the debet it cancels.`,
  'TR323.difference': (p) => `${p.name} (${p.mine}, the debet has ${p.theirs})`,
  'TR389.awaiting-antwoord': (p) =>
    `${alreadyDeclared(p, 'awaiting the declaratie-antwoord')}); wait for the declaratie-antwoord on declaratie ${p.declaratieNummer}, then credit ${p.referentie} and declare the new amount.`,
  'TR389.approved': (p) =>
    `${alreadyDeclared(p, 'approved')}); to change it, credit ${p.referentie} (a credit prestatie with VorigReferentieNummer ${p.referentie}, in this or an earlier declaratie) and declare the new amount.`,
  'TR390.credited-before': (p) =>
    `${p.credit} credits debet prestatie ${p.vorig}, which credit prestatie ${p.earlier} of declaratie ${p.declaratieNummer} already credited; a prestatie is credited once. Leave this credit out.`,

  // ------------------------------------------------------------ each prestatie against its toewijzing
  'TR304.verzoek': (p) =>
    `${p.what}: toewijzing ${p.toewijzing} belongs to client ${p.owner}, not to ${p.client}; send the verzoek om wijziging for the client of the toewijzing, or use a ToewijzingNummer of client ${p.client}.`,
  'TR304.prestatie': (p) =>
    `${p.prestatie}: toewijzing ${p.toewijzing} belongs to client ${p.owner}, not to ${p.client}; put the prestatie under the client of the toewijzing, or use that client's ToewijzingNummer.`,
  'TR304.antwoord': (p) =>
    `Prestatie ${p.referentie} was declared for client ${p.owner} in declaratie ${p.declaratieNummer}, not for ${p.client}; return it under the client it was declared for.`,
  'TR307.before-toewijzing': (p) =>
    `${p.prestatie} starts on ${p.begin}, before toewijzing ${p.toewijzing} starts (it runs ${p.periode}); start the ProductPeriode on ${p.ingangsdatum} or later.`,
  'TR308.after-toewijzing': (p) =>
    `${p.prestatie} ends on ${p.end}, after toewijzing ${p.toewijzing} ends (it runs ${p.periode}); end the ProductPeriode on ${p.einddatum} or earlier.`,
  'TR321.above-omvang': (p) =>
    `${p.prestatie} declares ${p.volume} ${p.eenheid} for ${p.periode}; toewijzing ${p.toewijzing} (${p.omvang}) allows at most ${p.max} ${p.eenheid} in that period. Declare no more than that, or ask the gemeente for a larger toewijzing (verzoek om wijziging).`,
  'TR322.above-total': (p) =>
    `${p.prestatie} brings the volume declared on toewijzing ${p.toewijzing} to ${p.total} ${p.unit}, more than the ${p.limit} ${p.unit} toegewezen over its duration (${p.periode}, ${p.omvang}); at most ${p.rest} ${p.unit} can still be declared.`,
  'TR338.no-toewijzing': (p) =>
    `${p.prestatie}: gemeente ${p.gemeente} has not sent aanbieder ${p.aanbieder} a toewijzing with ToewijzingNummer ${p.toewijzing}; use the ToewijzingNummer from the toewijzing (WMO301) the prestatie was delivered under.`,
  'TR339.other-categorie': (p) =>
    `${p.prestatie} has ProductCategorie ${p.categorie}, but toewijzing ${p.toewijzing} is for ProductCategorie ${p.toegewezen}; copy the ProductCategorie from the toewijzing.`,
  'TR340.other-code': (p) =>
    `${p.prestatie} has ProductCode ${p.code}, but toewijzing ${p.toewijzing} is for ProductCode ${p.toegewezen}; copy the ProductCode from the toewijzing (a different product needs its own toewijzing).`,
  'TR341.other-eenheid': (p) =>
    `${p.prestatie} is declared in Eenheid ${p.eenheid} (${p.eenheidName}), but toewijzing ${p.toewijzing} is in Eenheid ${p.toegewezen} (${p.toegewezenName}); declare in Eenheid ${p.toegewezen}${p.orMinuten}.`,
  'TR341.or-minuten': () => ' (or 01 minuten)',
  'TR369.above-budget': (p) =>
    `${p.prestatie} brings the amount declared on toewijzing ${p.toewijzing} to ${p.total}, more than its Budget of ${p.budget} (${p.periode}); at most ${p.rest} can still be declared.`,
  'TR384.withdrawn': (p) =>
    `${p.prestatie}: the gemeente withdrew toewijzing ${p.toewijzing} (RedenWijziging 13, verwijderd), so nothing can be declared on it; ask the gemeente which toewijzing replaces it.`,
  'TR387.begin': (p) => `${p.prestatie} starts on ${p.begin}; a ProductPeriode in ${p.month} starts on ${p.expected} (${p.why}), whenever the care started.`,
  'TR387.toewijzing-starts': (p) => `toewijzing ${p.toewijzing} starts on ${p.ingangsdatum}`,
  'TR387.first-of-month': () => 'the first day of the month',
  'TR388.end': (p) => `${p.prestatie} ends on ${p.end}; a ProductPeriode in ${p.month} ends on ${p.expected} (${p.why}), whenever the care stopped.`,
  'TR388.toewijzing-ends': (p) => `toewijzing ${p.toewijzing} ends on ${p.einddatum}`,
  'TR388.last-of-month': () => 'the last day of the month',

  // ------------------------------------------------------------ each prestatie against the contract register
  'TR346.bedrag': (p) =>
    `${p.prestatie}: IngediendBedrag ${p.bedrag} is not GeleverdVolume ${p.volume} x ProductTarief ${p.tarief} = ${p.expected}; correct the Bedrag (or the volume or tarief).`,
  'TR381.list': (p) => `the product code list of gemeente ${p.gemeente} (${p.naam})`,
  'TR381.product': (p) => `${p.position} with ${p.dateName} ${p.date}`,
  'TR381.product-toewijzing': (p) => `${p.position} (toewijzing ${p.toewijzing}) with ${p.dateName} ${p.date}`,
  'TR381.not-on-list': (p) => `${p.what}: ProductCode ${p.code} is not on ${p.list} for ${p.month}${p.valid}; ${p.hint}.`,
  'TR381.valid-from': (p) => ` (it is valid from ${p.vanaf})`,
  'TR381.valid-from-to': (p) => ` (it is valid from ${p.vanaf} to ${p.totEnMet})`,
  'TR381.codes': (p) => `the codes for ProductCategorie ${p.categorie} in ${p.month} are ${p.codes}`,
  'TR381.no-codes': (p) => `it has no codes for ProductCategorie ${p.categorie} in ${p.month}`,
  'TR381.other-categorie': (p) =>
    `${p.what}: ProductCode ${p.code} (${p.resultaatgebied}, trede ${p.trede}) belongs to ProductCategorie ${p.categorie} on ${p.list}, not to ${p.given}; correct the ProductCategorie or the ProductCode.`,
  'TR418.no-contract': (p) =>
    `${p.prestatie}: aanbieder ${p.aanbieder} has no contract for ${p.resultaatgebied} (perceel ${p.perceel}) in gemeente ${p.gemeente} in ${p.month}, so ProductCode ${p.code} has no contracted tarief for it. Support in a resultaatgebied you are not contracted for is declared by the contracted hoofdaannemer, on its own toewijzing.`,
  'TR418.other-tarief': (p) =>
    `${p.prestatie}: ProductTarief ${p.declared} is not the contracted tarief of ProductCode ${p.code} in gemeente ${p.gemeente} for ${p.month}, which is ${p.tarief} per month${p.since}; declare at the contracted tarief.`,
  'TR418.since': (p) => ` (from ${p.since})`,

  // ------------------------------------------------------------ declaratie-antwoorden against the declaratie they answer
  'TR366.unknown-prestatie': (p) =>
    `Prestatie ${p.referentie} (client ${p.client}) cannot be matched: declaratie ${p.declaratieNummer} (message ${p.identificatie} of ${p.dagtekening}) that this answer refers to has no prestatie with that ReferentieNummer; return only prestaties of the declaratie being answered, with their ProductReferentie unchanged.`,
  'TR367.differs': (p) =>
    `Prestatie ${p.referentie} differs from the prestatie in declaratie ${p.declaratieNummer} in ${p.differences}; return the prestatie exactly as it was declared.`,
  'TR367.difference': (p) => `${p.name} (${p.mine}, declared ${p.theirs})`,
  'TR371.other-xsdversie': (p) =>
    `XsdVersieDeclaratie is ${p.basisschema}/${p.bericht} (basisschema/bericht), but the declaratie answered has XsdVersie ${p.declaredBasisschema}/${p.declaredBericht}; copy the XsdVersie of the declaratie's header.`,
  'TR376.other-nummer': (p) => `DeclaratieNummer ${p.nummer} is not the number of the declaratie answered (${p.answered}); copy the DeclaratieNummer of that declaratie.`,
  'PRESTATIE-BEOORDEELD.listed-twice': (p) =>
    `Prestatie ${p.referentie} cannot be judged here: it is listed twice in this declaratieantwoord; list each rejected prestatie once.`,
  'PRESTATIE-BEOORDEELD.rejected-on-arrival': (p) =>
    `Prestatie ${p.referentie} cannot be judged here: the gateway already rejected it on arrival (retourcode ${p.retourcodes}) and sent the aanbieder its own declaratieantwoord on it; leave it out of yours.`,
  // ------------------------------------------------------------ TR416
  'TR416.declared': (p) => `ToewijzingNummer ${p.toewijzingNummer}, ${p.product}, ${p.period}`,
  'TR416.second-debet': (p) =>
    `${p.path} is a second debet for ${p.declared}, which ${p.first} already declares (TR416); declare a toewijzing, product and period once: put the whole amount in one prestatie, or credit the earlier one first.`,
};
