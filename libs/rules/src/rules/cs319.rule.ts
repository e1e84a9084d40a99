import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** Letters and digits only, at least one: the DeclaratieNummer is an identifier, read in ASCII. */
const AANEENGESLOTEN = /^[A-Za-z0-9]+$/;

/** CS319: Aaneengesloten vullen met cijfers en/of letters (DeclaratieNummer; 0001). */
export const CS319: Rule = {
  ...standard('CS319'),
  appliesTo: ['WMO323'],
  check(message) {
    if (message.code !== 'WMO323') return [];
    const nummer = message.bericht.Declaratie.DeclaratieNummer;
    if (AANEENGESLOTEN.test(nummer)) return [];
    return [finding('CS319', '/Bericht/Declaratie', text('CS319.not-aaneengesloten', { nummer }))];
  },
};
