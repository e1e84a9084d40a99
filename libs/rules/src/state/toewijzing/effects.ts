import type { ParsedMessage } from '@lib/iwmo';
import type { AntwoordState, StartKey, StartProductState, StopKey, StopProductState, ToegewezenProductState, VerzoekState } from './views';
import { canonicalNummer, collapsed, collapsedOrNull, partiesOf, startKeyOf, stopKeyOf } from './readings';

// ---------------------------------------------------------------------------
// What an accepted message establishes.

/** The effects of one accepted message on the toewijzing state; applied by the store (and the in-memory state) in this order. */
export interface ToewijzingEffects {
  /** StatusAanlevering 3: the starts and stops to consider not sent (OP033) */
  startRemovals: Array<StartKey & { gemeente: string; aanbieder: string }>;
  stopRemovals: Array<StopKey & { gemeente: string; aanbieder: string }>;
  products: ToegewezenProductState[];
  starts: StartProductState[];
  stops: StopProductState[];
  verzoeken: VerzoekState[];
  antwoorden: AntwoordState[];
  /** verzoeken no longer onderhanden: honoured by a 301 or rejected by a 319 */
  afgehandeld: Array<{ gemeente: string; aanbieder: string; referentieAanbieder: string; door: 'WMO301' | 'WMO319' }>;
}

const noEffects = (): ToewijzingEffects => ({
  startRemovals: [], stopRemovals: [], products: [], starts: [], stops: [], verzoeken: [], antwoorden: [], afgehandeld: [],
});

/**
 * What an accepted 301, 305, 307, 315, 317 or 319 adds to or removes from the state; nothing
 * for other messages. StatusAanlevering 2 is forbidden (CS058, OP033x2) and has no effect.
 */
export function effectsOf(message: ParsedMessage, messageId: string): ToewijzingEffects {
  const effects = noEffects();
  const { gemeente, aanbieder } = partiesOf(message);
  const dagtekening = collapsed(message.bericht.Header.BerichtIdentificatie.Dagtekening);
  switch (message.code) {
    case 'WMO301': {
      const { Bsn, ToegewezenProducten } = message.bericht.Client;
      for (const p of ToegewezenProducten.ToegewezenProduct) {
        effects.products.push({
          gemeente, aanbieder, bsn: Bsn,
          toewijzingNummer: canonicalNummer(p.ToewijzingNummer),
          productCategorie: p.Product?.Categorie ?? null,
          productCode: p.Product?.Code ?? null,
          ingangsdatum: collapsed(p.Ingangsdatum),
          einddatum: collapsedOrNull(p.Einddatum),
          redenWijziging: p.RedenWijziging ?? null,
          omvang: p.Omvang ? { volume: collapsed(p.Omvang.Volume), eenheid: p.Omvang.Eenheid, frequentie: p.Omvang.Frequentie } : null,
          budget: collapsedOrNull(p.Budget),
          toewijzingsdatum: collapsed(p.Toewijzingsdatum),
          toewijzingstijd: collapsed(p.Toewijzingstijd),
          referentieAanbieder: p.ReferentieAanbieder ?? null,
          messageId,
        });
        if (p.ReferentieAanbieder !== undefined) {
          effects.afgehandeld.push({ gemeente, aanbieder, referentieAanbieder: p.ReferentieAanbieder, door: 'WMO301' });
        }
      }
      break;
    }
    case 'WMO305': {
      const { Bsn, StartProducten } = message.bericht.Client;
      for (const p of StartProducten.StartProduct) {
        const key = startKeyOf(Bsn, p);
        if (p.StatusAanlevering === '3') effects.startRemovals.push({ gemeente, aanbieder, ...key });
        if (p.StatusAanlevering === '1') effects.starts.push({ gemeente, aanbieder, ...key, toewijzingIngangsdatum: collapsedOrNull(p.ToewijzingIngangsdatum), messageId });
      }
      break;
    }
    case 'WMO307': {
      const { Bsn, StopProducten } = message.bericht.Client;
      for (const p of StopProducten.StopProduct) {
        const key = stopKeyOf(Bsn, p);
        if (p.StatusAanlevering === '3') effects.stopRemovals.push({ gemeente, aanbieder, ...key });
        if (p.StatusAanlevering === '1') effects.stops.push({ gemeente, aanbieder, ...key, toewijzingIngangsdatum: collapsedOrNull(p.ToewijzingIngangsdatum), messageId });
      }
      break;
    }
    case 'WMO315': {
      const { Bsn, AangevraagdeProducten } = message.bericht.Client;
      for (const p of AangevraagdeProducten.AangevraagdProduct) {
        effects.verzoeken.push({ soort: 'WMO315', gemeente, aanbieder, bsn: Bsn, referentieAanbieder: p.ReferentieAanbieder, dagtekening, afgehandeldDoor: null, messageId });
      }
      break;
    }
    case 'WMO317': {
      const { Bsn, Verzoek } = message.bericht.Client;
      effects.verzoeken.push({ soort: 'WMO317', gemeente, aanbieder, bsn: Bsn, referentieAanbieder: Verzoek.ReferentieAanbieder, dagtekening, afgehandeldDoor: null, messageId });
      break;
    }
    case 'WMO319': {
      const { ReferentieAanbieder, VerzoekAntwoord, RedenAfwijzingVerzoek } = message.bericht.Antwoord;
      effects.antwoorden.push({
        gemeente, aanbieder, referentieAanbieder: ReferentieAanbieder, verzoekAntwoord: VerzoekAntwoord,
        redenAfwijzingVerzoek: RedenAfwijzingVerzoek ?? null, dagtekening, messageId,
      });
      if (VerzoekAntwoord === '1') effects.afgehandeld.push({ gemeente, aanbieder, referentieAanbieder: ReferentieAanbieder, door: 'WMO319' });
      break;
    }
    default:
      break;
  }
  return effects;
}
