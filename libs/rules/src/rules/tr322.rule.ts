import { text } from '@lib/i18n';
import type { Finding, Rule } from '../rule';
import {
  byToewijzing, code, eenheidName, int, maxVolumeOverToewijzing, named, omvangLabel, omvangOf, partiesOf, prestatiesOf, toegewezenProductOf, toewijzingPeriode, unitsPer,
} from './declaratie.support';
import { standard } from '../catalogue/standard-rules';

/**
 * TR322: Indien in het ToegewezenProduct een Omvang is meegegeven, moet de som van GeleverdVolume in alle ingediende
 * Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen de toegewezen Omvang (9322; over the whole
 * duration as IV077 computes it; earlier debet minus credit not afgewezen, then this message's credits, then its debets
 * in order: the debet that goes over is rejected).
 */
export const TR322: Rule = {
  ...standard('TR322'),
  appliesTo: ['WMO323'],
  check(message, context) {
    if (message.code !== 'WMO323') return [];
    const { gemeente, aanbieder } = partiesOf(message);
    const findings: Finding[] = [];
    for (const prestaties of byToewijzing(prestatiesOf(message)).values()) {
      const first = prestaties[0]!;
      const toewijzing = toegewezenProductOf(first, message, context);
      const omvang = toewijzing && omvangOf(toewijzing);
      const max = omvang && maxVolumeOverToewijzing(toewijzing, omvang);
      if (!toewijzing || !omvang || max === undefined) continue;
      // count in the smallest unit in play: minuten on a toewijzing in uren, else the toewijzing's Eenheid
      const minor = omvang.eenheid === '04' ? 60 : 1;
      const unit = minor === 60 ? eenheidName('01') : eenheidName(omvang.eenheid);
      const inMinor = (eenheid: string, volume: number): number => {
        const per = unitsPer(eenheid, omvang.eenheid);
        return per === undefined ? 0 : (volume * minor) / per;
      };
      const limit = max * minor;
      const declared = context.state.declaraties.declared(gemeente, aanbieder, first.toewijzingNummer).volumePerEenheid;
      let total = Object.entries(declared).reduce((sum, [eenheid, volume]) => sum + inMinor(eenheid, volume), 0);
      for (const p of prestaties) if (!p.debet) total -= inMinor(code(p.prestatie.Eenheid), int(p.prestatie.GeleverdVolume));
      for (const p of prestaties) {
        if (!p.debet) continue;
        const before = total;
        total += inMinor(code(p.prestatie.Eenheid), int(p.prestatie.GeleverdVolume));
        if (total <= limit) continue;
        findings.push({
          rule: 'TR322',
          retourcode: '9322',
          path: p.path,
          text: text('TR322.above-total', {
            prestatie: named(p),
            toewijzing: p.toewijzingNummer,
            total,
            unit,
            limit,
            periode: toewijzingPeriode(toewijzing),
            omvang: omvangLabel(omvang),
            rest: Math.max(0, limit - before),
          }),
        });
        total = before;
      }
    }
    return findings;
  },
};
