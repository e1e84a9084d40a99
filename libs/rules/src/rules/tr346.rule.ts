import { text } from '@lib/i18n';
import { code, named, prestatieRule } from './declaratie.support';
import { euro } from './support/restricties';
import { standard } from '../catalogue/standard-rules';

/**
 * TR346: Indien Eenheid ongelijk is aan waarde 83 (Euro’s), moet IngediendBedrag gelijk zijn aan GeleverdVolume
 * vermenigvuldigd met ProductTarief (9346). For minuten the tarief per minute may be a rounded hourly tarief / 60
 * (TR346's toelichting: the bedrag is hourly tarief x minutes / 60, rounded), so a difference of up to half a cent per
 * minute is accepted there.
 */
export const TR346 = prestatieRule(
  {
    ...standard('TR346'),
  },
  (p) => {
    const { Eenheid, ProductTarief, GeleverdVolume, IngediendBedrag } = p.prestatie;
    // Eenheid 83 has no tarief; a missing ProductTarief otherwise is CD087's
    if (code(Eenheid) === '83' || ProductTarief === undefined) return undefined;
    const volume = BigInt(code(GeleverdVolume));
    const tarief = BigInt(code(ProductTarief));
    const bedrag = BigInt(code(IngediendBedrag.Bedrag));
    const expected = volume * tarief;
    const difference = bedrag > expected ? bedrag - expected : expected - bedrag;
    // 2 x difference <= volume: at most half a cent per minute
    if (difference === 0n || (code(Eenheid) === '01' && 2n * difference <= volume)) return undefined;
    return text('TR346.bedrag', { prestatie: named(p), bedrag: euro(bedrag), volume: volume.toString(), tarief: euro(tarief), expected: euro(expected) });
  },
);
