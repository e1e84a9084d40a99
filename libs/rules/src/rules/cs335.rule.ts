import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { date, filled, finding, indexed, shown } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS335: RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum gelijk is aan de einddatum (0001). */
export const CS335: Rule = {
  ...standard('CS335'),
  appliesTo: ['WMO301'],
  check(message) {
    if (message.code !== 'WMO301') return [];
    return indexed(message.bericht.Client.ToegewezenProducten.ToegewezenProduct, '/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct')
      .filter(({ item }) => item.RedenWijziging === '13' && !(filled(item.Einddatum) && date(item.Einddatum) === date(item.Ingangsdatum)))
      .map(({ item, path }) =>
        finding('CS335', path, text('CS335.not-removable', { toewijzingNummer: item.ToewijzingNummer, ingangsdatum: date(item.Ingangsdatum), einddatum: shown(item.Einddatum) })),
      );
  },
};
