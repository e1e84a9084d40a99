import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { elementLabel, finding, visitAllElements } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * RS033: Geen lege elementen in XML (every element of the message, retourcode 0001).
 * An element that is present must carry content: a value element at least one character
 * that is not white space, a composite element at least one child element (`<Adres/>` or
 * `<Periode></Periode>` are XSD-valid but empty). Absent elements are the condities' concern.
 */
export const RS033: Rule = {
  ...standard('RS033'),
  appliesTo: ['WMO301', 'WMO302', 'WMO305', 'WMO306', 'WMO307', 'WMO308', 'WMO315', 'WMO316', 'WMO317', 'WMO318', 'WMO319', 'WMO320', 'WMO323', 'WMO325'],
  check(message) {
    const findings: Finding[] = [];
    visitAllElements(message, (element, value, leaf, locate) => {
      if (leaf ? typeof value === 'string' && /\S/.test(value) : value !== null && typeof value === 'object' && Object.keys(value).length > 0) return;
      const where = locate();
      findings.push(
        finding(
          'RS033',
          where.classPath,
          leaf ? text('RS033.empty-value', { element: elementLabel(where) }) : text('RS033.empty-composite', { element: elementLabel(where), name: element.name }),
        ),
      );
    });
    return findings;
  },
};
