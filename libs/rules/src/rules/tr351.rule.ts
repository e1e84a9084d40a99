import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { actueleVerzoekProducten } from './support/actuele-verzoek-producten';
import { standard } from '../catalogue/standard-rules';

/** TR351: Ieder TeWijzigenProduct in een verzoek om wijziging is gerelateerd aan een actueel ToegewezenProduct op basis van ToewijzingNummer (9351). */
export const TR351: Rule = {
  ...standard('TR351'),
  appliesTo: ['WMO317'],
  check(message, context) {
    return actueleVerzoekProducten(
      message,
      context,
      { code: 'TR351', retourcode: '9351' },
      (v) => ({ path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct', products: v.TeWijzigenProducten?.TeWijzigenProduct ?? [] }),
      (nummer, problem) => text('TR351.not-actueel', { nummer, problem }),
    );
  },
};
