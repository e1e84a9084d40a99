import { text } from '@lib/i18n';
import { HEADER, HEEN_AND_325, type Rule } from '../rule';
import { finding, integer } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS025: BerichtVersie vullen met 3. (0001 on the Header). */
export const CS025: Rule = {
  ...standard('CS025'),
  appliesTo: HEEN_AND_325,
  check(message) {
    // BerichtVersie is an xs:integer: its value counts, not its lexical form.
    const value = message.bericht.Header.BerichtVersie;
    if (integer(value) === 3) return [];
    return [finding('CS025', HEADER, text('CS025.versie', { value }))];
  },
};
