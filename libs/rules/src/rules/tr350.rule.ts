import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { actueleVerzoekProducten } from './support/actuele-verzoek-producten';
import { standard } from '../catalogue/standard-rules';

/** TR350: Ieder OngewijzigdProduct in een verzoek om wijziging bericht is gerelateerd aan een actueel toegewezen product op basis van het ToewijzingNummer (9350). */
export const TR350: Rule = {
  ...standard('TR350'),
  appliesTo: ['WMO317'],
  check(message, context) {
    return actueleVerzoekProducten(
      message,
      context,
      { code: 'TR350', retourcode: '9350' },
      (v) => ({ path: '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct', products: v.OngewijzigdeProducten?.OngewijzigdProduct ?? [] }),
      (nummer, problem) => text('TR350.not-actueel', { nummer, problem }),
    );
  },
};
