import { text } from '@lib/i18n';
import { named, REDEN_VERWIJDERD, toewijzingRule } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/** TR384: Het is niet toegestaan te declareren op een toewijzing met RedenWijziging waarde "13" (Verwijderd) (9384). */
export const TR384 = toewijzingRule(
  {
    ...standard('TR384'),
  },
  (p, toewijzing) =>
    toewijzing.redenWijziging === REDEN_VERWIJDERD
      ? text('TR384.withdrawn', { prestatie: named(p), toewijzing: p.toewijzingNummer })
      : undefined,
  { withdrawn: 'check' },
);
