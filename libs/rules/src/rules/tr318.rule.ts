import type { Rule } from '../rule';
import { DECLARATIE, day, firstOfMonth, monthName, nextMonth, partiesOf, prestatiesOf } from './declaratie.support';

/**
 * TR318: Indien iedere DeclaratiePeriode zorg is geleverd, moet DeclaratiePeriode de kalendermaand volgend op
 * voorgaande DeclaratiePeriode zijn (8214). The gateway sees zorg in a skipped month when this declaratie holds
 * prestaties for it; without such prestaties a gap counts as months without zorg (TR318's toelichting).
 */
export const TR318: Rule = {
  code: 'TR318',
  retourcode: '8214',
  level: 'berichtoverstijgend',
  definition: 'Indien iedere DeclaratiePeriode zorg is geleverd, moet DeclaratiePeriode de kalendermaand volgend op voorgaande DeclaratiePeriode zijn.',
  appliesTo: ['WMO323'],
  check(message, { state }) {
    if (message.code !== 'WMO323') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const previous = state.declaraties.latestDeclaratiePeriode(gemeente, aanbieder);
    if (!previous) return [];
    const current = firstOfMonth(day(message.bericht.Declaratie.DeclaratiePeriode.Begindatum));
    const expected = nextMonth(previous.begindatum);
    const finding = (text: string) => [{ rule: 'TR318', retourcode: '8214', path: DECLARATIE, message: text }];
    if (current < expected) {
      return finding(
        `DeclaratiePeriode ${monthName(current)} does not follow the previous DeclaratiePeriode ${monthName(previous.begindatum)} of aanbieder ${aanbieder} to gemeente ${gemeente}: that month was already declared. Send these prestaties in the declaratie for ${monthName(expected)} (earlier ProductPeriodes may be declared in a later month).`,
      );
    }
    if (current === expected) return [];
    const skipped = [...new Set(prestatiesOf(message).filter((p) => p.periode.begindatum >= expected && p.periode.begindatum < current).map((p) => monthName(p.periode.begindatum)))];
    if (skipped.length === 0) return [];
    return finding(
      `DeclaratiePeriode ${monthName(current)} skips ${monthName(expected)} after the previous DeclaratiePeriode ${monthName(previous.begindatum)} of aanbieder ${aanbieder} to gemeente ${gemeente}, yet this declaratie holds prestaties for ${skipped.join(', ')}, so zorg was delivered then. Send the declaratie for ${monthName(expected)} first, then this one.`,
    );
  },
};
