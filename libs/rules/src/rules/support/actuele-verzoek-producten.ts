import type { Text } from '@lib/i18n';
import type { ParsedMessage } from '@lib/iwmo';
import type { Finding, RuleContext } from '../../rule';
import { actueelProblem, collapsed, partiesOf } from '../../state/toewijzing-state';

type Verzoek = Extract<ParsedMessage, { code: 'WMO317' }>['bericht']['Client']['Verzoek'];

/**
 * TR350 and TR351 share one check on different classes of a verzoek om wijziging: each
 * product named by ToewijzingNummer must be an actuele toewijzing of this client on the
 * verzoek's Dagtekening.
 */
export function actueleVerzoekProducten(
  message: ParsedMessage,
  { state }: RuleContext,
  rule: { code: string; retourcode: string },
  classOf: (verzoek: Verzoek) => { path: string; products: ReadonlyArray<{ ToewijzingNummer: string }> },
  advice: (toewijzingNummer: string, problem: Text) => Text,
): Finding[] {
  if (message.code !== 'WMO317') return [];
  const { gemeente, aanbieder } = partiesOf(message);
  const { Bsn, Verzoek } = message.bericht.Client;
  const peildatum = collapsed(message.bericht.Header.BerichtIdentificatie.Dagtekening);
  const { path, products } = classOf(Verzoek);
  return products.flatMap((p, i) => {
    const problem = actueelProblem(state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer), { gemeente, aanbieder, bsn: Bsn, peildatum });
    return problem ? [{ rule: rule.code, retourcode: rule.retourcode, path: `${path}[${i + 1}]`, text: advice(p.ToewijzingNummer, problem) }] : [];
  });
}
