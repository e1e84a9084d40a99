import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { date, finding, lastDayOfMonth, monthOf } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS340: De periode is exact gelijk aan 1 hele kalendermaand (DeclaratiePeriode; 0001). */
export const CS340: Rule = {
  ...standard('CS340'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    const { Begindatum, Einddatum } = message.bericht.Declaratie.DeclaratiePeriode;
    const begin = date(Begindatum);
    const wholeMonth = begin.endsWith('-01') && monthOf(Einddatum) === monthOf(begin) && date(Einddatum) === lastDayOfMonth(begin);
    if (wholeMonth) return [];
    return [
      finding(
        'CS340',
        '/Bericht/Declaratie',
        text('CS340.not-whole-month', { begindatum: begin, einddatum: date(Einddatum), firstDay: `${monthOf(begin)}-01`, lastDay: lastDayOfMonth(begin) }),
      ),
    ];
  },
};
