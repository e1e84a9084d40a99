import { text } from '@lib/i18n';
import { named, REDEN_VERWIJDERD, toewijzingRule } from './declaratie.support';

/** TR384: Het is niet toegestaan te declareren op een toewijzing met RedenWijziging waarde "13" (Verwijderd) (9384). */
export const TR384 = toewijzingRule(
  {
    code: 'TR384',
    retourcode: '9384',
    level: 'berichtoverstijgend',
    definition: 'Het is niet toegestaan te declareren op een toewijzing met RedenWijziging waarde "13" (Verwijderd).',
  },
  (p, toewijzing) =>
    toewijzing.redenWijziging === REDEN_VERWIJDERD
      ? text('TR384.withdrawn', { prestatie: named(p), toewijzing: p.toewijzingNummer })
      : undefined,
  { withdrawn: 'check' },
);
