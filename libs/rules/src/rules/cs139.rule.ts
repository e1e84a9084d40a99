import { text, type Text } from '@lib/i18n';
import type { CDT_Geboortedatum } from '@lib/iwmo';
import type { Rule } from '../rule';
import { date, finding, geboortedata } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** What Datum must look like for each DatumGebruik (IV009: unknown day and month are 01, an unknown year is 1900). */
const SHAPE: Record<string, { test: (d: string) => boolean; expected: Text }> = {
  '1': { test: (d) => d.endsWith('-01'), expected: text('CS139.dag-onbekend') },
  '2': { test: (d) => d.endsWith('-01-01'), expected: text('CS139.dag-en-maand-onbekend') },
  '3': { test: (d) => d === '1900-01-01', expected: text('CS139.onbekend') },
};

/** CS139: Voor Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn (0001). */
export const CS139: Rule = {
  ...standard('CS139'),
  appliesTo: ['WMO301', 'WMO305', 'WMO307', 'WMO315'],
  check(message) {
    // Read with IV009: DatumGebruik says which part of Datum is unknown and that part is 01 (day,
    // month) or 1900 (year). Without DatumGebruik the date is a full one and any valid date agrees.
    return geboortedata(message)
      .filter((p): p is typeof p & { geboortedatum: Required<CDT_Geboortedatum> } => p.geboortedatum?.DatumGebruik !== undefined)
      .filter(({ geboortedatum: g }) => !SHAPE[g.DatumGebruik]!.test(date(g.Datum)))
      .map(({ who, path, geboortedatum: g }) =>
        finding('CS139', path, text('CS139.disagrees', { who, datum: g.Datum.trim(), datumGebruik: g.DatumGebruik, expected: SHAPE[g.DatumGebruik]!.expected })),
      );
  },
};
