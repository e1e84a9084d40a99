import type { Rule } from '../rule';
import { date, finding, lastDayOfMonth, monthOf } from './support/within-message';

/** CS340: De periode is exact gelijk aan 1 hele kalendermaand (DeclaratiePeriode; 0001). */
export const CS340: Rule = {
  code: 'CS340',
  retourcode: '0001',
  level: 'cd-cs-rs',
  definition: 'De periode is exact gelijk aan 1 hele kalendermaand',
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
        `DeclaratiePeriode ${begin} to ${date(Einddatum)} is not one whole calendar month (CS340); use the first to the last day of one month, e.g. ${monthOf(begin)}-01 to ${lastDayOfMonth(begin)}.`,
      ),
    ];
  },
};
