import { text } from '@lib/i18n';
import { HEADER, HEEN_AND_325, type Rule } from '../rule';
import { finding, integer } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

/** CS015: BerichtSubversie vullen met 2. (0001 on the Header). */
export const CS015: Rule = {
  ...standard('CS015'),
  appliesTo: HEEN_AND_325,
  check(message) {
    // BerichtSubversie is an xs:integer: its value counts, not its lexical form.
    const value = message.bericht.Header.BerichtSubversie;
    if (integer(value) === 2) return [];
    return [finding('CS015', HEADER, text('CS015.subversie', { value }))];
  },
};
