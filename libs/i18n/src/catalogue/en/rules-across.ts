import { formatCents } from '../../format';
import type { rulesAcross as nl } from '../nl/rules-across';

type Overlap = Parameters<(typeof nl)['TR302.overlap']>[0];
const overlaps = (p: Overlap, code: string): string =>
  `${p.path} (${p.product}, ${p.period}) overlaps ${p.earlierPath} (${p.earlierProduct}, ${p.earlierPeriod}) and ${p.reason} (${code})`;

/** English texts: rules-across, the same keys and parameters as the Dutch section. */
export const rulesAcross: typeof nl = {
  // ------------------------------------------------------------ shared phrases
  'across.product-code': (p) => `product ${p.code} (categorie ${p.categorie})`,
  'across.product-categorie': (p) => `categorie ${p.categorie} (no product code)`,
  'across.product-none': () => 'a product without Categorie',
  'across.period': (p) => `${p.begin} to ${p.end}`,
  'across.period-open': (p) => `${p.begin} onwards (no end date)`,
  'across.euro': (p) => formatCents(p.cents, 'en'),
  'across.overlap-without-categorie': () => 'a product without Categorie may not overlap any other product outside categories 11-14',
  'across.overlap-same-product': () => 'it is the same product',
  'across.overlap-same-categorie': (p) => `both are in categorie ${p.categorie} and without a product code they count as the same product`,
  'across.heenbericht': (p) => `the ${p.code} with Identificatie ${p.identificatie} of ${p.dagtekening} from ${p.afzender}`,

  // ------------------------------------------------------------ overlap rules
  'TR302.overlap': (p) => `${overlaps(p, 'TR302')}; let the periods follow each other without overlap, or combine them in one ToegewezenProduct.`,
  'TR386.overlap': (p) => `${overlaps(p, 'TR386')}; request periods that follow each other without overlap, or one AangevraagdProduct for the whole period.`,
  'TR410.overlap': (p) => `${overlaps(p, 'TR410')}; ask for periods that follow each other without overlap, or one NieuwProduct for the whole period.`,

  // ------------------------------------------------------------ retourberichten and sums
  'RETOUR-HEENBERICHT.not-delivered': (p) =>
    `This ${p.code} answers ${p.heenbericht} to ${p.answeredBy}, but the gateway delivered no such message to ${p.answeredBy}; answer only messages you received, with their header (Afzender, Identificatie, Dagtekening) unchanged.`,
  'TR337.not-received': (p) =>
    `DeclaratieIdentificatie names ${p.heenbericht}, but gemeente ${p.answeredBy} received no such declaratie through the gateway (TR337); copy Identificatie and Dagtekening from the header of the declaratie you answer.`,
  'TR342.not-rejected': (p) =>
    `${p.path} is returned with only RetourCode 0200, so it was not rejected (TR342); the declaratie-antwoord lists only rejected prestaties: leave awarded prestaties out, or give the reason of rejection.`,
  'TR342.rejected-but-awarded': (p) =>
    `The DeclaratieAntwoord rejects the declaratie (RetourCode ${p.codes}) but TotaalToegekendBedrag is ${p.toegekend} (TR342); a rejected declaratie is awarded nothing: fill TotaalToegekendBedrag 0 D.`,
  'TR342.rejected-with-prestaties': (p) =>
    `The DeclaratieAntwoord rejects the declaratie (RetourCode ${p.codes}) yet returns ${p.count} ${p.count === 1 ? 'prestatie' : 'prestaties'} (TR342); when the declaratie as a whole is rejected its prestaties are not assessed: leave Clienten out.`,
  'TR342.rejected-by-gateway': (p) =>
    ` plus ${p.amount} of the prestaties the gateway already rejected on arrival`,
  'TR342.sum-mismatch': (p) =>
    `TotaalIngediendBedrag ${p.ingediend} minus TotaalToegekendBedrag ${p.toegekend} is ${p.difference}, but the returned (rejected) prestaties add up to ${p.rejected}${p.byGateway} (TR342); the difference between submitted and awarded must be exactly the rejected prestaties: return every rejected prestatie and no other, or correct TotaalToegekendBedrag.`,
  'TR358.amount': (p) =>
    `${p.value} ${p.debetCredit} (${p.euro})`,
  'TR358.sum-mismatch': (p) =>
    `TotaalIngediendBedrag is ${p.totaal} but the prestaties add up to ${p.sum}, debet minus credit (TR358); fill TotaalBedrag with ${p.value} and DebetCredit ${p.debetCredit}, or correct the prestaties.`,

  // ------------------------------------------------------------ phrases of the TR rules within one message
  'across.list': (p) => `${p.list}${p.separator}${p.item}`,

  // ------------------------------------------------------------ TR rules within one message
  'TR002.too-old': (p) =>
    `${p.element} ${p.datum} lies more than 120 years before the Dagtekening ${p.dagtekening} (TR002); correct the birth date, or send an unknown birth date as Datum 1900-01-01 with DatumGebruik 3.`,

  'TR006.no-telefoon-or-address': (p) =>
    `${p.path} (Soort ${p.soort}) has no Telefoon and its Adres has ${p.has} (TR006); a Contact needs a Telefoon, or both the Huis (Huisnummer) and the Postcode of its address.`,
  'TR006.huis-without-postcode': () => 'a Huis but no Postcode',
  'TR006.postcode-without-huis': () => 'a Postcode but no Huis',
  'TR006.neither': () => 'neither Huis nor Postcode',

  'TR018.end-before-begin': (p) =>
    `StopProduct Einddatum ${p.end} lies before its Begindatum ${p.begin} (TR018); the delivery cannot end before it started: correct the Einddatum, or the Begindatum to the one of the start (305).`,

  'TR056.identificatie-used': (p) => `Identificatie ${p.identificatie} was already used by ${p.afzender} for a ${p.code}; give every message a new Identificatie.`,

  'TR061.no-usable-address': (p) =>
    `The client's Contactgegevens have only Contact Soort ${p.soorten} (TR061); add at least one Contact with Soort 01 (BRP-adres), 02 (correspondentie-adres) or 03 (verblijfadres).`,

  'TR101.duplicate': (p) =>
    `${p.path} repeats ${p.firstPath}: both have ${p.key} (TR101); a message may not contain the same line twice: remove the duplicate or correct its key.`,
  'TR101.key-empty': (p) => `${p.name} (empty)`,

  'TR134.not-a-date': (p) => `${p.datum} is not an existing date`,
  'TR134.after-dagtekening': (p) => `${p.datum} lies after the Dagtekening ${p.dagtekening} of the message`,
  'TR134.prestatie-begindatum': (p) =>
    `${p.path} ProductPeriode Begindatum ${p.problem} (TR134); a prestatie can only be declared for a period that has begun: correct the Begindatum.`,
  'TR134.geboortedatum': (p) => `${p.element} Datum ${p.problem} (TR134); fill the real birth date, or 1900-01-01 with DatumGebruik 3 when it is unknown.`,

  'TR135.in-future': (p) => `Dagtekening ${p.dagtekening} lies in the future (today is ${p.today}); use the date the message is sent.`,

  // ------------------------------------------------------------ phrases of the start and stop rules
  'across.start-key': (p) =>
    `${p.nummer ? `ToewijzingNummer ${p.nummer}` : 'no ToewijzingNummer'}${p.product ? `, Product ${p.product}` : ''}, Begindatum ${p.begindatum}`,
  'across.stop-key': (p) => `${p.start}, RedenBeeindiging ${p.redenBeeindiging}, Einddatum ${p.einddatum}`,

  // ------------------------------------------------------------ start and stop (305, 307)
  'TR019.unrelated': (p) => `The ${p.soort} (${p.start}) cannot be related to a toewijzing: ${p.problem}`,
  'TR019.no-toewijzing': (p) =>
    `gemeente ${p.gemeente} sent aanbieder ${p.aanbieder} no toewijzing (WMO301) with this ToewijzingNummer. Check the number against the toewijzing, or report the ${p.soort} once the toewijzing has arrived.`,
  'TR019.other-client': (p) => `toewijzing ${p.nummer} belongs to another client than Bsn ${p.bsn}. Use the ToewijzingNummer of this client's toewijzing.`,
  'TR019.withdrawn': (p) =>
    `gemeente ${p.gemeente} withdrew toewijzing ${p.nummer} (RedenWijziging 13, Toewijzingsdatum ${p.toewijzingsdatum}), so it counts as never sent. Ask the gemeente which toewijzing applies.`,

  'TR063.nothing-to-remove': (p) =>
    `StatusAanlevering 3 removes an earlier ${p.soort}, but no ${p.soort} for Bsn ${p.bsn} with ${p.key} was received (or it was already removed). Copy the key elements of the ${p.soort} to remove unchanged.`,

  'TR071.already-stopped': (p) =>
    `The start (${p.start}) cannot be removed: a stop was already reported for it (RedenBeeindiging ${p.redenBeeindiging}, Einddatum ${p.einddatum}). Remove that stop first (StopProduct with StatusAanlevering 3), then the start.`,

  'TR074.duplicate': (p) =>
    `A ${p.soort} with the same key (${p.key}) was already received in ${p.where}. Do not send it again; to correct it, remove it with StatusAanlevering 3 and send the corrected one.`,
  'TR074.in-earlier-message': () => 'an earlier message',
  'TR074.in-this-message': () => 'this message',

  'TR326.not-stopped': (p) =>
    `The earlier start (${p.start}) of this toegewezen product has not been stopped. Report its stop (WMO307) before a new start, or if the earlier start was wrong remove it (StatusAanlevering 3).`,

  'TR382.no-start': (p) =>
    `No start (WMO305) with the same key was received for this stop (${p.start}).${p.hint} Copy ToewijzingNummer, Product and Begindatum of the start unchanged into the stop.`,
  'TR382.starts-of-nummer': (p) => ` The start(s) of ToewijzingNummer ${p.nummer} have ${p.starts}.`,

  'TR413.already-temporary': (p) =>
    `The start (${p.start}) was already stopped temporarily (RedenBeeindiging 20, Einddatum ${p.einddatum}). A second temporary stop is not possible: report the definitive stop with another RedenBeeindiging, or after resuming send a new start with the new Begindatum.`,
  'TR414.before-earlier-stop': (p) =>
    `Einddatum ${p.einddatum} lies before Einddatum ${p.earlier} of the earlier stop (RedenBeeindiging ${p.redenBeeindiging}) of the start (${p.start}). Use an Einddatum on or after ${p.earlier}, or remove the earlier stop first (StatusAanlevering 3).`,
  'TR415.already-definitive': (p) =>
    `The start (${p.start}) was already stopped definitively (RedenBeeindiging ${p.redenBeeindiging}, Einddatum ${p.einddatum}); no further stop is possible. To correct that stop, remove it (StatusAanlevering 3) and send the corrected one.`,

  // ------------------------------------------------------------ phrases of the toewijzing and verzoek rules
  'across.no-product': () => 'no Product',
  'across.none': () => 'none',
  'across.period-until-open': (p) => `${p.begin} to open`,
  'across.verzoek-other-gemeente': (p) => `the verzoek with this ReferentieAanbieder was sent to gemeente ${p.gemeente}, not to ${p.not}.`,
  'across.actueel-unknown': (p) => `gemeente ${p.gemeente} sent aanbieder ${p.aanbieder} no toewijzing with this number.`,
  'across.actueel-other-client': () => 'the toewijzing is for another client.',
  'across.actueel-withdrawn': (p) => `the gemeente withdrew it (RedenWijziging 13, Toewijzingsdatum ${p.toewijzingsdatum}).`,
  'across.actueel-cancelled': () => 'the gemeente cancelled it (RedenWijziging 01, Einddatum equal to Ingangsdatum).',
  'across.actueel-ended': (p) => `it ended on ${p.einddatum}, before the Dagtekening ${p.peildatum}.`,

  // ------------------------------------------------------------ toewijzing (301), verzoek om toewijzing and om wijziging (315, 317)
  'TR332.not-unique': (p) =>
    `ToewijzingNummer ${p.nummer} is not unique within gemeente ${p.gemeente}: ${p.why} Give every new toewijzing a number of its own; a change of an existing toewijzing keeps its client, aanbieder and Product.`,
  'TR332.same-in-message': (p) => `ToegewezenProduct ${p.index} of this message has the same number.`,
  'TR332.other-aanbieder': (p) => `it was already used for a toewijzing to another aanbieder (${p.aanbieder}).`,
  'TR332.other-client': () => 'it was already used for a toewijzing to another client.',
  'TR332.other-product': (p) => `it was already used for another Product (${p.product}) of this client.`,

  'TR379.not-of-verzoek': (p) =>
    `ToewijzingNummer ${p.nummer} has ReferentieAanbieder ${p.referentie}, but ${p.problem} Fill ReferentieAanbieder only when the toewijzing honours a verzoek, with that verzoek's ReferentieAanbieder; leave it empty otherwise.`,
  'TR379.never-sent': (p) => `aanbieder ${p.aanbieder} sent no verzoek om toewijzing (WMO315) or verzoek om wijziging (WMO317) with this ReferentieAanbieder.`,
  'TR379.other-client': () => 'the verzoek with this ReferentieAanbieder is for another client.',

  'TR385.declared': (p) =>
    `Toewijzing ${p.nummer} cannot be withdrawn (RedenWijziging 13): aanbieder ${p.aanbieder} declared on it and the prestaties were not credited (net ${p.net}${p.volume ? `, volume ${p.volume}` : ''}). End the toewijzing with an Einddatum instead, or ask the aanbieder to credit the prestaties first.`,

  'TR347.reused': (p) => `ReferentieAanbieder ${p.referentie} was already used by aanbieder ${p.aanbieder} in ${p.where}. Give every verzoek a ReferentieAanbieder that was never used before.`,
  'TR347.earlier-verzoek': (p) => `a ${p.verzoek} of ${p.dagtekening} to gemeente ${p.gemeente}`,
  'TR347.in-this-message': (p) => `AangevraagdProduct ${p.index} of this message`,

  'TR349.left-out': (p) =>
    `The verzoek om wijziging leaves out toewijzing ${p.nummer} (${p.period}), which is actueel for this client. Include every actuele toewijzing, as OngewijzigdProduct or as TeWijzigenProduct.`,

  'TR350.not-actueel': (p) =>
    `OngewijzigdProduct ToewijzingNummer ${p.nummer} is not an actuele toewijzing of this client: ${p.problem} Refer only to actuele toewijzingen; ask for anything else as NieuwProduct.`,
  'TR351.not-actueel': (p) =>
    `TeWijzigenProduct ToewijzingNummer ${p.nummer} is not an actuele toewijzing of this client: ${p.problem} Only actuele toewijzingen can be changed; ask for anything else as NieuwProduct.`,

  'TR352.nothing-current': () =>
    'The Verzoek has no OngewijzigdProduct and no TeWijzigenProduct (TR352); a verzoek om wijziging lists every current toewijzing of the client, unchanged or to be changed. For a client without a current toewijzing send a verzoek om toewijzing (315).',
  'TR353.nothing-changed': () =>
    'The Verzoek has no TeWijzigenProduct and no NieuwProduct (TR353); a verzoek om wijziging asks for at least one change: add the product to change or the new product, or do not send the verzoek.',

  'TR357.not-from-ingangsdatum': (p) =>
    `GewensteIngangsdatum ${p.gewenst} of toewijzing ${p.nummer} is not after the Dagtekening ${p.dagtekening}, so the change is for the whole toewijzing and must start on its Ingangsdatum ${p.ingangsdatum}. Use ${p.ingangsdatum}, or a date after the Dagtekening.`,

  'TR361.overlap': (p) =>
    `${p.name} (${p.product}, ${p.period}) overlaps ${p.otherName} (${p.otherProduct}, ${p.otherPeriod}). The same product may appear more than once only for periods that do not overlap; adjust the Einddatum or GewensteIngangsdatum.`,

  'TR373.whole-toewijzing': (p) =>
    `The verzoek changes the ${p.what} of toewijzing ${p.nummer}, which is always for the whole toewijzing: GewensteIngangsdatum must be its Ingangsdatum ${p.ingangsdatum}, not ${p.gewenst}.`,
  'TR373.budget': (p) => `Budget (from ${p.from} to ${p.to} eurocent)`,
  'TR373.total-omvang': () => 'total Omvang over the toewijzing (Frequentie 6)',

  'TR374.onderhanden': (p) =>
    `Aanbieder ${p.aanbieder} has a verzoek for this client at gemeente ${p.gemeente} that is still onderhanden: ${p.verzoeken}. Wait for the toewijzing (WMO301) or the rejection (WMO319) before sending a new verzoek.`,
  'TR374.verzoek': (p) => `${p.referentie} (${p.soort} of ${p.dagtekening})`,

  'TR375.generiek': (p) => `Toewijzing ${p.nummer} is generiek (no Product), so the TeWijzigenProduct must not give an Omvang; ask for a change of Budget instead.`,

  'TR380.not-after-dagtekening': (p) =>
    `${p.path} Einddatum ${p.end} is not after the Dagtekening ${p.dagtekening} of the verzoek (TR380); a verzoek om wijziging cannot end a toewijzing in the past or today: ask for an Einddatum after ${p.dagtekening}.`,

  'TR383.reused': (p) => `${p.path} has ReferentieAanbieder ${p.referentie}, already used by ${p.firstPath} (TR383); give every AangevraagdProduct its own ReferentieAanbieder.`,

  'TR411.omvang-missing': (p) =>
    `Toewijzing ${p.nummer} is for a specific product (${p.product}), so the TeWijzigenProduct must give the desired Omvang (Volume, Eenheid, Frequentie).`,
  'TR412.aspecifiek': (p) =>
    `Toewijzing ${p.nummer} is aspecifiek (ProductCategorie ${p.categorie} without Code), so the TeWijzigenProduct must not give an Omvang; ask for a change of Budget instead.`,

  // ------------------------------------------------------------ antwoordbericht (319)
  'TR355.no-verzoek': (p) => `ReferentieAanbieder ${p.referentie} does not refer to an earlier verzoek: ${p.problem} Copy the ReferentieAanbieder of the verzoek being answered.`,
  'TR355.never-sent': (p) => `aanbieder ${p.aanbieder} sent gemeente ${p.gemeente} no verzoek om toewijzing (WMO315) or verzoek om wijziging (WMO317) with it.`,

  'TR359.honoured': (p) =>
    `The verzoek ${p.referentie} was already honoured: toewijzing ${p.nummer} (Toewijzingsdatum ${p.toewijzingsdatum}) carries this ReferentieAanbieder. An antwoordbericht is no longer possible; change or withdraw the toewijzing with a new WMO301 instead.`,
  'TR360.already-answered': (p) =>
    `An antwoordbericht on verzoek ${p.referentie} was already sent on ${p.dagtekening} (VerzoekAntwoord ${p.verzoekAntwoord}); "aanvraag in onderzoek" can be sent only once. Answer now with a toewijzing (WMO301) or a rejection (VerzoekAntwoord 1).`,
  'TR365.already-rejected': (p) =>
    `Verzoek ${p.referentie} was already rejected on ${p.dagtekening} (VerzoekAntwoord ${p.verzoekAntwoord}, RedenAfwijzingVerzoek ${p.reden}); that answer is final. The aanbieder must send a new verzoek with a new ReferentieAanbieder.`,

  // ------------------------------------------------------------ header
  'TR378.unknown-gemeente': (p) => `${p.field} ${p.gemeente} is not a gemeentecode in the CBS overview; use the 4-digit CBS code of the gemeente (e.g. 0503 Delft).`,
};
