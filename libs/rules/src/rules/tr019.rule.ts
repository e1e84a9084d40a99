import type { Finding, Rule } from '../rule';
import { describeStart, isVerwijderd, partiesOf, startItemsOf, stopItemsOf, type MeldingItem, type StartKey } from '../state/toewijzing-state';
import { maskedBsn } from './support/masked-bsn';

/** TR019: Bij een output- of inspanningsgerichte werkwijze moet de melding van de start of de stop van de ondersteuning gerelateerd zijn aan een toewijzing op basis van het ToewijzingNummer (9019). */
export const TR019: Rule = {
  code: 'TR019',
  retourcode: '9019',
  level: 'berichtoverstijgend',
  definition:
    'Bij een output- of inspanningsgerichte werkwijze moet de melding van de start of de stop van de ondersteuning gerelateerd zijn aan een toewijzing op basis van het ToewijzingNummer',
  // The TR file and WJ001 list both (the TR file spells the second "W<P307").
  appliesTo: ['WMO305', 'WMO307'],
  check(message, { state }) {
    let items: Array<MeldingItem<StartKey>>;
    let soort: string;
    if (message.code === 'WMO305') [items, soort] = [startItemsOf(message), 'start'];
    else if (message.code === 'WMO307') [items, soort] = [stopItemsOf(message), 'stop'];
    else return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const findings: Finding[] = [];
    for (const { path, status, key } of items) {
      // Without a ToewijzingNummer the variant is taakgericht; a removal (3) is not checked further (TR063).
      if (status !== '1' || key.toewijzingNummer === null) continue;
      const toewijzing = state.toewijzingen.toegewezenProduct(gemeente, aanbieder, key.toewijzingNummer);
      let problem: string | undefined;
      if (!toewijzing) {
        problem = `gemeente ${gemeente} sent aanbieder ${aanbieder} no toewijzing (WMO301) with this ToewijzingNummer. Check the number against the toewijzing, or report the ${soort} once the toewijzing has arrived.`;
      } else if (toewijzing.bsn !== key.bsn) {
        problem = `toewijzing ${key.toewijzingNummer} belongs to another client than Bsn ${maskedBsn(key.bsn)}. Use the ToewijzingNummer of this client's toewijzing.`;
      } else if (isVerwijderd(toewijzing)) {
        problem = `gemeente ${gemeente} withdrew toewijzing ${key.toewijzingNummer} (RedenWijziging 13, Toewijzingsdatum ${toewijzing.toewijzingsdatum}), so it counts as never sent. Ask the gemeente which toewijzing applies.`;
      }
      if (problem) {
        findings.push({ rule: 'TR019', retourcode: '9019', path, message: `The ${soort} (${describeStart(key)}) cannot be related to a toewijzing: ${problem}` });
      }
    }
    return findings;
  },
};
