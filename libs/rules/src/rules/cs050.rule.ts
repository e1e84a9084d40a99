import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, volledigeNamen } from './support/within-message';
import { standard } from '../catalogue/standard-rules';

const MET_PARTNERNAAM = ['1', '2', '3', '4'];
const ZONDER_PARTNERNAAM = ['1', '6'];

/**
 * CS050: Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders
 * waarde 1 of 6 vullen (NaamGebruik of the Client and of each Relatie; 0001).
 */
export const CS050: Rule = {
  ...standard('CS050'),
  appliesTo: ['WMO301'],
  check(message) {
    return volledigeNamen(message).flatMap(({ who, path, naam }) => {
      if (naam.Partnernaam !== undefined && !MET_PARTNERNAAM.includes(naam.NaamGebruik)) {
        return [finding('CS050', path, text('CS050.partnernaam', { who, naamGebruik: naam.NaamGebruik }))];
      }
      if (naam.Partnernaam === undefined && !ZONDER_PARTNERNAAM.includes(naam.NaamGebruik)) {
        return [finding('CS050', path, text('CS050.no-partnernaam', { who, naamGebruik: naam.NaamGebruik }))];
      }
      return [];
    });
  },
};
