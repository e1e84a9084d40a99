import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { describeStart, isVerwijderd, partiesOf, startItemsOf, stopItemsOf, type MeldingItem, type StartKey } from '../state/toewijzing-state';
import { maskedBsn } from './support/masked-bsn';
import { standard } from '../catalogue/standard-rules';

/** TR019: Bij een output- of inspanningsgerichte werkwijze moet de melding van de start of de stop van de ondersteuning gerelateerd zijn aan een toewijzing op basis van het ToewijzingNummer (9019). */
export const TR019: Rule = {
  ...standard('TR019'),
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
      let problem: Text | undefined;
      if (!toewijzing) {
        problem = text('TR019.no-toewijzing', { gemeente, aanbieder, soort });
      } else if (toewijzing.bsn !== key.bsn) {
        problem = text('TR019.other-client', { nummer: key.toewijzingNummer, bsn: maskedBsn(key.bsn) });
      } else if (isVerwijderd(toewijzing)) {
        problem = text('TR019.withdrawn', { gemeente, nummer: key.toewijzingNummer, toewijzingsdatum: toewijzing.toewijzingsdatum });
      }
      if (problem) {
        findings.push({ rule: 'TR019', retourcode: '9019', path, text: text('TR019.unrelated', { soort, start: describeStart(key), problem }) });
      }
    }
    return findings;
  },
};
