import { text, type Text } from '@lib/i18n';
import type { Rule } from '../rule';
import { collapsed, partiesOf, type ToegewezenProductState } from '../state/toewijzing-state';
import { standard } from '../catalogue/standard-rules';

/**
 * TR373: Indien in een TeWijzigenProduct het Budget of het totaal over toewijzingsperiode wordt gewijzigd, dient
 * GewensteIngangsdatum gelijk te zijn aan de actuele toewijzing (9373). "Totaal over toewijzingsperiode" is an Omvang
 * with Frequentie 6 (totaal binnen geldigheidsduur toewijzing), in the toewijzing or in the request.
 */
export const TR373: Rule = {
  ...standard('TR373'),
  appliesTo: ['WMO317'],
  check(message, { state }) {
    if (message.code !== 'WMO317') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    return (message.bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
      const actueel = state.toewijzingen.toegewezenProduct(gemeente, aanbieder, p.ToewijzingNummer);
      if (!actueel || collapsed(p.GewensteIngangsdatum) === actueel.ingangsdatum) return [];
      const what = changedTotal(p, actueel);
      if (!what) return [];
      return [
        {
          rule: 'TR373',
          retourcode: '9373',
          path: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
          text: text('TR373.whole-toewijzing', { what, nummer: p.ToewijzingNummer, ingangsdatum: actueel.ingangsdatum, gewenst: p.GewensteIngangsdatum }),
        },
      ];
    });
  },
};

const amount = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

function changedTotal(
  p: { Budget?: string; Omvang?: { Volume: string; Eenheid: string; Frequentie: string } },
  actueel: ToegewezenProductState,
): Text | undefined {
  if (p.Budget !== undefined && amount(p.Budget) !== amount(actueel.budget)) return text('TR373.budget', { from: actueel.budget ?? text('across.none'), to: p.Budget });
  const totaal = actueel.omvang?.frequentie === '6' || p.Omvang?.Frequentie === '6';
  if (!totaal || !p.Omvang) return undefined;
  const before = actueel.omvang;
  const same =
    before !== null &&
    amount(before.volume) === amount(p.Omvang.Volume) &&
    before.eenheid === p.Omvang.Eenheid &&
    before.frequentie === p.Omvang.Frequentie;
  return same ? undefined : text('TR373.total-omvang');
}
