import { text, type Text } from '@lib/i18n';
import type { Rule } from '../rule';
import { DECLARATIE, day, firstOfMonth, joined, monthName, nextMonth, partiesOf, prestatiesOf } from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/**
 * TR318: Indien iedere DeclaratiePeriode zorg is geleverd, moet DeclaratiePeriode de kalendermaand volgend op
 * voorgaande DeclaratiePeriode zijn (8214). The gateway sees zorg in a skipped month when this declaratie holds
 * prestaties for it; without such prestaties a gap counts as months without zorg (TR318's toelichting).
 */
export const TR318: Rule = {
  ...standard('TR318'),
  appliesTo: ['WMO323'],
  check(message, { state }) {
    if (message.code !== 'WMO323') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const previous = state.declaraties.latestDeclaratiePeriode(gemeente, aanbieder);
    if (!previous) return [];
    const current = firstOfMonth(day(message.bericht.Declaratie.DeclaratiePeriode.Begindatum));
    const expected = nextMonth(previous.begindatum);
    const finding = (said: Text) => [{ rule: 'TR318', retourcode: '8214', path: DECLARATIE, text: said }];
    const months = { current: monthName(current), previous: monthName(previous.begindatum), expected: monthName(expected), aanbieder, gemeente };
    if (current < expected) return finding(text('TR318.already-declared', months));
    if (current === expected) return [];
    const skipped = [...new Set(prestatiesOf(message).filter((p) => p.periode.begindatum >= expected && p.periode.begindatum < current).map((p) => firstOfMonth(p.periode.begindatum)))];
    if (skipped.length === 0) return [];
    return finding(text('TR318.month-skipped', { ...months, skipped: joined(skipped.map(monthName), ', ') }));
  },
};
