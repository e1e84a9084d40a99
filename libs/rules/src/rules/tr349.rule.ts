import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import { canonicalNummer, collapsed, describePeriod, isActueel, partiesOf } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR349: Het verzoek om wijziging bericht bevat alle actuele ToegewezenProducten van de client (9349).
 * Actueel is judged on the Dagtekening of the verzoek: what the aanbieder could know when it made the verzoek.
 */
export const TR349: Rule = {
  ...standard('TR349'),
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const { Bsn, Verzoek } = message.bericht.Client;
    const peildatum = collapsed(message.bericht.Header.BerichtIdentificatie.Dagtekening);
    const included = new Set(
      [...(Verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? []), ...(Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? [])].map((p) =>
        canonicalNummer(p.ToewijzingNummer),
      ),
    );
    const findings: Finding[] = [];
    for (const p of state.toewijzingen.toegewezenProductenVanClient(gemeente, aanbieder, Bsn)) {
      if (!isActueel(p, peildatum) || included.has(p.toewijzingNummer)) continue;
      findings.push({
        rule: 'TR349',
        retourcode: '9349',
        path: '/Bericht/Client/Verzoek',
        text: text('TR349.left-out', { nummer: p.toewijzingNummer, period: describePeriod(p.ingangsdatum, p.einddatum) }),
      });
    }
    return findings;
  },
};
