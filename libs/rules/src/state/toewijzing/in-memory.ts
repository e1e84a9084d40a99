import type { ParsedMessage } from '@lib/iwmo';
import type { AntwoordState, StartProductState, StopProductState, ToegewezenProductState, ToewijzingStateView, VerzoekState } from './views';
import { canonicalNummer, sameStartKey, sameStopKey } from './readings';
import { effectsOf } from './effects';

// ---------------------------------------------------------------------------
// The view in memory: what the store loads for one message, and the fake for rule tests.

/** Which version is current (OP033x1, IV013): the latest Toewijzingsdatum and Toewijzingstijd; on a tie the later arrival. */
export function currentVersions(versions: readonly ToegewezenProductState[]): ToegewezenProductState[] {
  const current = new Map<string, ToegewezenProductState>();
  for (const v of versions) {
    const key = productKey(v.gemeente, v.aanbieder, v.toewijzingNummer);
    const seen = current.get(key);
    if (!seen || `${v.toewijzingsdatum}T${v.toewijzingstijd}` >= `${seen.toewijzingsdatum}T${seen.toewijzingstijd}`) current.set(key, v);
  }
  return [...current.values()];
}

/**
 * ToewijzingStateView over rows in memory. `products` holds versions in order of arrival
 * (the current one is computed), `starts` and `stops` those that stand, `verzoeken` and
 * `antwoordberichten` all of them. The store builds one from its batched queries;
 * FakeToewijzingState extends it for rule tests. The arrays are append-only apart from apply().
 */
export class InMemoryToewijzingState implements ToewijzingStateView {
  readonly products: ToegewezenProductState[] = [];
  readonly starts: StartProductState[] = [];
  readonly stops: StopProductState[] = [];
  readonly verzoeken: VerzoekState[] = [];
  readonly antwoordberichten: AntwoordState[] = [];
  /** current version by gemeente|aanbieder|ToewijzingNummer, rebuilt when `products` grows: a declaratie asks once per prestatie */
  private index: { size: number; current: Map<string, ToegewezenProductState> } | undefined;

  constructor(rows: Partial<Pick<InMemoryToewijzingState, 'products' | 'starts' | 'stops' | 'verzoeken' | 'antwoordberichten'>> = {}) {
    this.products.push(...(rows.products ?? []));
    this.starts.push(...(rows.starts ?? []));
    this.stops.push(...(rows.stops ?? []));
    this.verzoeken.push(...(rows.verzoeken ?? []));
    this.antwoordberichten.push(...(rows.antwoordberichten ?? []));
  }

  /** Adds the effects of an accepted message, as ToewijzingStateRepository.apply does in the database. */
  apply(message: ParsedMessage, meta: { messageId: string }): this {
    const e = effectsOf(message, meta.messageId);
    const scoped = (a: { gemeente: string; aanbieder: string }, b: { gemeente: string; aanbieder: string }) =>
      a.gemeente === b.gemeente && a.aanbieder === b.aanbieder;
    remove(this.starts, (s) => e.startRemovals.some((r) => scoped(s, r) && sameStartKey(s, r)));
    remove(this.stops, (s) => e.stopRemovals.some((r) => scoped(s, r) && sameStopKey(s, r)));
    this.products.push(...e.products);
    this.starts.push(...e.starts);
    this.stops.push(...e.stops);
    this.verzoeken.push(...e.verzoeken);
    this.antwoordberichten.push(...e.antwoorden);
    for (const a of e.afgehandeld) {
      for (const [i, v] of this.verzoeken.entries()) {
        if (v.afgehandeldDoor === null && scoped(v, a) && v.referentieAanbieder === a.referentieAanbieder) this.verzoeken[i] = { ...v, afgehandeldDoor: a.door };
      }
    }
    return this;
  }

  private currentByKey(): Map<string, ToegewezenProductState> {
    if (this.index?.size !== this.products.length) {
      const current = new Map(currentVersions(this.products).map((p) => [productKey(p.gemeente, p.aanbieder, p.toewijzingNummer), p]));
      this.index = { size: this.products.length, current };
    }
    return this.index.current;
  }

  toegewezenProduct(gemeente: string, aanbieder: string, toewijzingNummer: string): ToegewezenProductState | undefined {
    return this.currentByKey().get(productKey(gemeente, aanbieder, canonicalNummer(toewijzingNummer)));
  }

  toegewezenProductenMetNummer(gemeente: string, toewijzingNummer: string): ToegewezenProductState[] {
    const nummer = canonicalNummer(toewijzingNummer);
    return [...this.currentByKey().values()].filter((p) => p.gemeente === gemeente && p.toewijzingNummer === nummer);
  }

  toegewezenProductenVanClient(gemeente: string, aanbieder: string, bsn: string): ToegewezenProductState[] {
    return [...this.currentByKey().values()].filter((p) => p.gemeente === gemeente && p.aanbieder === aanbieder && p.bsn === bsn);
  }

  toegewezenMetReferentie(gemeente: string, aanbieder: string, referentieAanbieder: string): ToegewezenProductState | undefined {
    return this.products.find((p) => p.gemeente === gemeente && p.aanbieder === aanbieder && p.referentieAanbieder === referentieAanbieder);
  }

  startProducten(gemeente: string, aanbieder: string, bsn: string): StartProductState[] {
    return this.starts.filter((s) => s.gemeente === gemeente && s.aanbieder === aanbieder && s.bsn === bsn);
  }

  stopProducten(gemeente: string, aanbieder: string, bsn: string): StopProductState[] {
    return this.stops.filter((s) => s.gemeente === gemeente && s.aanbieder === aanbieder && s.bsn === bsn);
  }

  verzoek(aanbieder: string, referentieAanbieder: string): VerzoekState | undefined {
    return this.verzoeken.find((v) => v.aanbieder === aanbieder && v.referentieAanbieder === referentieAanbieder);
  }

  verzoekenVanClient(gemeente: string, aanbieder: string, bsn: string): VerzoekState[] {
    return this.verzoeken.filter((v) => v.gemeente === gemeente && v.aanbieder === aanbieder && v.bsn === bsn);
  }

  antwoorden(gemeente: string, aanbieder: string, referentieAanbieder: string): AntwoordState[] {
    return this.antwoordberichten.filter((a) => a.gemeente === gemeente && a.aanbieder === aanbieder && a.referentieAanbieder === referentieAanbieder);
  }
}

const productKey = (gemeente: string, aanbieder: string, nummer: string) => `${gemeente}|${aanbieder}|${nummer}`;

function remove<T>(list: T[], drop: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (drop(list[i])) list.splice(i, 1);
}

/** A view that knows nothing: for callers that run only rules without toewijzing state (the header rules). */
export const NO_TOEWIJZING_STATE: ToewijzingStateView = new InMemoryToewijzingState();
