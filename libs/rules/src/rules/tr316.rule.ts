import { text } from '@lib/i18n';
import type { Rule } from '../rule';
import { finding, prestatiesOf, shortPath } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR316: Debetregels mogen niet in hetzelfde bericht gecrediteerd worden (323; retourcode
 * 0001): VorigReferentieNummer may not equal the ReferentieNummer of a Prestatie in the same
 * message. The crediting prestatie is reported.
 */
export const TR316: Rule = {
  ...standard('TR316'),
  appliesTo: ['WMO323'],
  check(message) {
    const prestaties = prestatiesOf(message);
    const byReferentie = new Map<string, string>();
    for (const { prestatie, path } of prestaties) {
      const ref = prestatie.ProductReferentie.ReferentieNummer.trim();
      if (!byReferentie.has(ref)) byReferentie.set(ref, path);
    }
    return prestaties.flatMap(({ prestatie, path }) => {
      const vorig = prestatie.ProductReferentie.VorigReferentieNummer?.trim();
      const debet = vorig ? byReferentie.get(vorig) : undefined;
      if (!vorig || !debet) return [];
      return [finding('TR316', path, text('TR316.credited-in-same-message', { path: shortPath(path), vorig, debet: shortPath(debet) }))];
    });
  },
};
