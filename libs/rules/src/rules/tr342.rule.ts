import { text } from '@lib/i18n';
import type { Finding, Rule, RuleContext } from '../rule';
import { answeredDeclaratieOf, antwoordPrestatiesOf, type DeclaratieAntwoord } from './declaratie.support';
import { euro, finding, prestatiesOf, shortPath, signedAmount } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/** Codes on DeclaratieAntwoord that do not reject the declaratie: no remark, not assessed, volledig toegewezen. */
const ACCEPTING = new Set(['0200', '0233', '8001']);

const DECLARATIE_ANTWOORD = '/Bericht/DeclaratieAntwoord';

/**
 * TR342: Alleen afgewezen Prestaties dienen meegestuurd te worden in het
 * declaratie-antwoordbericht op een declaratie (325; retourcode 0001). Three checks, as the
 * standard explains the rule:
 * - every Prestatie in the 325 is rejected: it carries a RetourCode other than 0200;
 * - when the DeclaratieAntwoord itself is rejected (a RetourCode other than 0200, 0233 or 8001),
 *   no prestaties are assessed: TotaalToegekendBedrag is 0 and no Prestatie is returned;
 * - otherwise SOM(Prestatie.IngediendBedrag) = TotaalIngediendBedrag - TotaalToegekendBedrag,
 *   debet positive, credit negative.
 * The gateway adds one thing the standard cannot know: prestaties it rejected itself on arrival
 * of the 323 (its own 325 on them went to the aanbieder) are not returned again
 * (PRESTATIE-BEOORDEELD), and count as rejected in that sum.
 */
export const TR342: Rule = {
  ...standard('TR342'),
  appliesTo: ['WMO325'],
  check(message, context) {
    if (message.code !== 'WMO325') return [];
    const antwoord = message.bericht.DeclaratieAntwoord;
    if (!antwoord) return [];
    const findings: Finding[] = [];
    const prestaties = prestatiesOf(message);
    for (const { prestatie, path } of prestaties) {
      const codes = (prestatie as { RetourCodes?: { RetourCode: string[] } }).RetourCodes?.RetourCode.map((c) => c.trim()) ?? [];
      if (codes.some((c) => c !== '0200')) continue;
      findings.push(
        finding(
          'TR342',
          path,
          text('TR342.not-rejected', { path: shortPath(path) }),
        ),
      );
    }
    const ingediend = signedAmount(antwoord.TotaalIngediendBedrag);
    const toegekend = signedAmount(antwoord.TotaalToegekendBedrag);
    if (ingediend === null || toegekend === null) return findings;
    const rejectedWhole = antwoord.RetourCodes.RetourCode.map((c) => c.trim()).filter((c) => !ACCEPTING.has(c));
    if (rejectedWhole.length > 0) {
      if (toegekend !== 0n) {
        findings.push(
          finding(
            'TR342',
            DECLARATIE_ANTWOORD,
            text('TR342.rejected-but-awarded', { codes: rejectedWhole.join(', '), toegekend: euro(toegekend) }),
          ),
        );
      }
      if (prestaties.length > 0) {
        findings.push(
          finding(
            'TR342',
            DECLARATIE_ANTWOORD,
            text('TR342.rejected-with-prestaties', { codes: rejectedWhole.join(', '), count: prestaties.length }),
          ),
        );
      }
      return findings;
    }
    let rejected = 0n;
    for (const { prestatie } of prestaties) {
      const amount = signedAmount(prestatie.IngediendBedrag);
      if (amount === null) return findings; // not a whole number: RS001 reports it
      rejected += amount;
    }
    const byGateway = rejectedOnArrival(message, context, new Set(antwoordPrestatiesOf(message).map((p) => p.referentieNummer)));
    if (rejected + byGateway !== ingediend - toegekend) {
      findings.push(
        finding(
          'TR342',
          DECLARATIE_ANTWOORD,
          text('TR342.sum-mismatch', {
            ingediend: euro(ingediend),
            toegekend: euro(toegekend),
            difference: euro(ingediend - toegekend),
            rejected: euro(rejected),
            byGateway: byGateway !== 0n ? text('TR342.rejected-by-gateway', { amount: euro(byGateway) }) : '',
          }),
        ),
      );
    }
    return findings;
  },
};

/**
 * The signed sum of the answered 323's prestaties that the gateway rejected on arrival and that
 * this 325 does not list; 0 when the state does not know the 323 (offline validation) or a 325
 * answered it already.
 */
function rejectedOnArrival(message: DeclaratieAntwoord, context: RuleContext | undefined, listed: ReadonlySet<string>): bigint {
  if (!context) return 0n;
  const { answered } = answeredDeclaratieOf(message, context);
  if (!answered || answered.declaratie.status !== 'ingediend') return 0n;
  return answered.afgewezen
    .filter((p) => !listed.has(p.referentieNummer))
    .reduce((sum, p) => sum + (p.debetCredit === 'C' ? -BigInt(p.bedrag) : BigInt(p.bedrag)), 0n);
}
