import { text, type Text } from '@lib/i18n';
import type { ParsedMessage, ParsedMessageOf } from '@lib/iwmo';
import type { Finding } from '../rule';

/**
 * State of toewijzingen, starts, stops, verzoeken and antwoorden, kept per
 * gemeente and aanbieder from accepted 301, 305, 307, 315, 317 and 319 messages.
 * The lookups below are the contract other areas (declaraties) rely on; the
 * toewijzing area may add more.
 *
 * A view is loaded for one message (libs/persistence ToewijzingStateRepository)
 * and holds what that message's rules need, nothing more: a lookup outside the
 * message's keys answers "nothing known".
 */

/** The current version of a ToegewezenProduct (a later 301 with the same ToewijzingNummer replaces it). */
export interface ToegewezenProductState {
  gemeente: string;
  aanbieder: string;
  bsn: string;
  toewijzingNummer: string;
  productCategorie: string | null;
  productCode: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  /** RedenWijziging of the current version; '13' means verwijderd (withdrawn) */
  redenWijziging: string | null;
  omvang: { volume: string; eenheid: string; frequentie: string } | null;
  budget: string | null;
  toewijzingsdatum: string;
  toewijzingstijd: string;
  referentieAanbieder: string | null;
  /** the accepted 301 that sent this version */
  messageId?: string;
}

/** The key elements of a StartProduct (with Bsn): what a stop and a removal must repeat unchanged. */
export interface StartKey {
  bsn: string;
  /** canonical form (see canonicalNummer); null in the taakgericht variant */
  toewijzingNummer: string | null;
  productCategorie: string | null;
  productCode: string | null;
  begindatum: string;
}

/** A StartProduct of an accepted 305 with StatusAanlevering 1, not removed by a later StatusAanlevering 3. */
export interface StartProductState extends StartKey {
  gemeente: string;
  aanbieder: string;
  toewijzingIngangsdatum: string | null;
  messageId: string;
}

/** The key elements of a StopProduct: those of its start plus RedenBeeindiging and Einddatum. */
export interface StopKey extends StartKey {
  redenBeeindiging: string;
  einddatum: string;
}

/** A StopProduct of an accepted 307 with StatusAanlevering 1, not removed by a later StatusAanlevering 3. */
export interface StopProductState extends StopKey {
  gemeente: string;
  aanbieder: string;
  toewijzingIngangsdatum: string | null;
  messageId: string;
}

/**
 * A verzoek: one AangevraagdProduct of a 315 (each has its own ReferentieAanbieder) or
 * the Verzoek of a 317. It is onderhanden (TR374) until a 301 honours it (a ToegewezenProduct
 * with its ReferentieAanbieder) or a 319 rejects it (VerzoekAntwoord 1).
 */
export interface VerzoekState {
  soort: 'WMO315' | 'WMO317';
  gemeente: string;
  aanbieder: string;
  bsn: string;
  referentieAanbieder: string;
  dagtekening: string;
  /** null while onderhanden */
  afgehandeldDoor: 'WMO301' | 'WMO319' | null;
  messageId: string;
}

/** An antwoordbericht (319) on a verzoek. */
export interface AntwoordState {
  gemeente: string;
  aanbieder: string;
  referentieAanbieder: string;
  /** '1' verzoek afgewezen, '2' aanvraag in onderzoek */
  verzoekAntwoord: string;
  redenAfwijzingVerzoek: string | null;
  dagtekening: string;
  messageId: string;
}

export interface ToewijzingStateView {
  /** the current version of a toegewezen product, by gemeente, aanbieder and ToewijzingNummer */
  toegewezenProduct(gemeente: string, aanbieder: string, toewijzingNummer: string): ToegewezenProductState | undefined;
  /** TR332: the current versions with this ToewijzingNummer in the gemeente, for any aanbieder or client */
  toegewezenProductenMetNummer(gemeente: string, toewijzingNummer: string): ToegewezenProductState[];
  /** TR349: the current versions of all toegewezen products of a client with one aanbieder */
  toegewezenProductenVanClient(gemeente: string, aanbieder: string, bsn: string): ToegewezenProductState[];
  /** TR359: a version of any ToegewezenProduct that carried this ReferentieAanbieder (the first one sent) */
  toegewezenMetReferentie(gemeente: string, aanbieder: string, referentieAanbieder: string): ToegewezenProductState | undefined;
  /** TR063, TR071, TR074, TR326, TR382: the client's starts that stand (not removed), in order of arrival */
  startProducten(gemeente: string, aanbieder: string, bsn: string): StartProductState[];
  /** TR063, TR071, TR074, TR413-TR415: the client's stops that stand (not removed), in order of arrival */
  stopProducten(gemeente: string, aanbieder: string, bsn: string): StopProductState[];
  /** TR347, TR355, TR379: the verzoek with this ReferentieAanbieder of the aanbieder, to any gemeente */
  verzoek(aanbieder: string, referentieAanbieder: string): VerzoekState | undefined;
  /** TR374: the client's verzoeken to the gemeente, onderhanden or not */
  verzoekenVanClient(gemeente: string, aanbieder: string, bsn: string): VerzoekState[];
  /** TR360, TR365: earlier antwoordberichten on this ReferentieAanbieder, in order of arrival */
  antwoorden(gemeente: string, aanbieder: string, referentieAanbieder: string): AntwoordState[];
}

// ---------------------------------------------------------------------------
// Keys and readings of the standard shared by the rules, the store and the fake.

/**
 * ToewijzingNummer is an xs:integer, so 0260101, +260101 and 260101 are the same number;
 * state is keyed by this canonical form and every lookup canonicalises its argument.
 */
export function canonicalNummer(nummer: string): string {
  return nummer.trim().replace(/^\+/, '').replace(/^0+(?=\d)/, '');
}

/**
 * The value of an xs:date, xs:time or xs:integer element: the XSD collapses whitespace around
 * them, the parser keeps the lexical form, so ' 2026-02-01 ' is a valid Ingangsdatum.
 */
export const collapsed = (value: string): string => value.trim();
export const collapsedOrNull = (value: string | undefined): string | null => (value === undefined ? null : value.trim());

/** Who is gemeente and who is aanbieder in a message: the gemeente sends 301, 319 and 325. */
export function partiesOf(message: ParsedMessage): { gemeente: string; aanbieder: string } {
  const { Afzender, Ontvanger } = message.bericht.Header;
  const fromGemeente = message.code === 'WMO301' || message.code === 'WMO319' || message.code === 'WMO325';
  return fromGemeente ? { gemeente: Afzender, aanbieder: Ontvanger } : { gemeente: Ontvanger, aanbieder: Afzender };
}

/** RedenWijziging 13 (WMO002): the toewijzing was sent wrongly and is to be considered not sent. */
export const isVerwijderd = (p: ToegewezenProductState): boolean => p.redenWijziging === '13';

/**
 * TR349's "actuele toewijzing": valid on or after the peildatum (or starting later), and not
 * withdrawn (RedenWijziging 13, or 01 with Einddatum equal to Ingangsdatum).
 */
export function isActueel(p: ToegewezenProductState, peildatum: string): boolean {
  if (isVerwijderd(p)) return false;
  if (p.redenWijziging === '01' && p.einddatum === p.ingangsdatum) return false;
  return p.einddatum === null || p.einddatum >= peildatum;
}

/** Why a ToewijzingNummer in a verzoek om wijziging is not an actuele toewijzing of the client (TR350, TR351), or undefined when it is. */
export function actueelProblem(
  p: ToegewezenProductState | undefined,
  at: { gemeente: string; aanbieder: string; bsn: string; peildatum: string },
): Text | undefined {
  if (!p) return text('across.actueel-unknown', { gemeente: at.gemeente, aanbieder: at.aanbieder });
  if (p.bsn !== at.bsn) return text('across.actueel-other-client');
  if (isVerwijderd(p)) return text('across.actueel-withdrawn', { toewijzingsdatum: p.toewijzingsdatum });
  if (p.redenWijziging === '01' && p.einddatum === p.ingangsdatum) return text('across.actueel-cancelled');
  if (!isActueel(p, at.peildatum)) return text('across.actueel-ended', { einddatum: p.einddatum ?? p.ingangsdatum, peildatum: at.peildatum });
  return undefined;
}

/** A toewijzing's period for a clerk: 2026-01-01 to 2026-12-31, or 2026-01-01 to open. */
export const describePeriod = (begin: string, end: string | null): Text =>
  end === null ? text('across.period-until-open', { begin }) : text('across.period', { begin, end });

export const sameProduct = (
  a: { productCategorie: string | null; productCode: string | null },
  b: { productCategorie: string | null; productCode: string | null },
): boolean => a.productCategorie === b.productCategorie && a.productCode === b.productCode;

/** Same Bsn, ToewijzingNummer, Product and Begindatum: the logical key of a StartProduct. */
export const sameStartKey = (a: StartKey, b: StartKey): boolean =>
  a.bsn === b.bsn && a.toewijzingNummer === b.toewijzingNummer && sameProduct(a, b) && a.begindatum === b.begindatum;

/** The logical key of a StopProduct: its start's key plus RedenBeeindiging and Einddatum. */
export const sameStopKey = (a: StopKey, b: StopKey): boolean =>
  sameStartKey(a, b) && a.redenBeeindiging === b.redenBeeindiging && a.einddatum === b.einddatum;

/** TR413-TR415 compare stops on Bsn, ToewijzingNummer and Begindatum only. */
export const sameStart = (a: StartKey, b: StartKey): boolean =>
  a.bsn === b.bsn && a.toewijzingNummer === b.toewijzingNummer && a.begindatum === b.begindatum;

/** Starts of the same toegewezen product: the same ToewijzingNummer, or without one (taakgericht) the same Product. */
export const sameToegewezenProduct = (a: StartKey, b: StartKey): boolean =>
  a.bsn === b.bsn && a.toewijzingNummer === b.toewijzingNummer && (a.toewijzingNummer !== null || sameProduct(a, b));

/** ToewijzingNummer, Product and Begindatum for a clerk. */
export const describeStart = (k: StartKey): Text =>
  text('across.start-key', {
    nummer: k.toewijzingNummer ?? '',
    product: k.productCategorie ? `${k.productCategorie}${k.productCode ? `/${k.productCode}` : ''}` : '',
    begindatum: k.begindatum,
  });

/** A stop's key for a clerk: its start's key, RedenBeeindiging and Einddatum. */
export const describeStop = (k: StopKey): Text =>
  text('across.stop-key', { start: describeStart(k), redenBeeindiging: k.redenBeeindiging, einddatum: k.einddatum });

type StartOrStopProduct = {
  ToewijzingNummer?: string;
  Product?: { Categorie: string; Code?: string };
  ToewijzingIngangsdatum?: string;
  Begindatum: string;
  StatusAanlevering: string;
};

/** The key of a StartProduct or StopProduct of a message, with the client's Bsn. */
export function startKeyOf(bsn: string, p: StartOrStopProduct): StartKey {
  return {
    bsn,
    toewijzingNummer: p.ToewijzingNummer === undefined ? null : canonicalNummer(p.ToewijzingNummer),
    productCategorie: p.Product?.Categorie ?? null,
    productCode: p.Product?.Code ?? null,
    begindatum: collapsed(p.Begindatum),
  };
}

export function stopKeyOf(bsn: string, p: StartOrStopProduct & { RedenBeeindiging: string; Einddatum: string }): StopKey {
  return { ...startKeyOf(bsn, p), redenBeeindiging: p.RedenBeeindiging, einddatum: collapsed(p.Einddatum) };
}

/** A StartProduct or StopProduct of the message being judged, with its class path (1-based positions). */
export interface MeldingItem<K extends StartKey> {
  path: string;
  status: string;
  key: K;
}

export function startItemsOf(message: ParsedMessageOf<'WMO305'>): Array<MeldingItem<StartKey>> {
  const { Bsn, StartProducten } = message.bericht.Client;
  return StartProducten.StartProduct.map((p, i) => ({
    path: `/Bericht/Client/StartProducten/StartProduct[${i + 1}]`,
    status: p.StatusAanlevering,
    key: startKeyOf(Bsn, p),
  }));
}

export function stopItemsOf(message: ParsedMessageOf<'WMO307'>): Array<MeldingItem<StopKey>> {
  const { Bsn, StopProducten } = message.bericht.Client;
  return StopProducten.StopProduct.map((p, i) => ({
    path: `/Bericht/Client/StopProducten/StopProduct[${i + 1}]`,
    status: p.StatusAanlevering,
    key: stopKeyOf(Bsn, p),
  }));
}

/**
 * TR413-TR415: each new StopProduct (StatusAanlevering 1) of a 307, with the stops of the same start (Bsn,
 * ToewijzingNummer, Begindatum) that stand when it is taken, in the order they arrived. `judge` gives the
 * finding's text for the new stop, or nothing when it may stand.
 */
export function judgeNewStops(
  message: ParsedMessage,
  toewijzingen: ToewijzingStateView,
  rule: { code: string; retourcode: string },
  judge: (stop: StopKey, stopsOfStart: readonly StopKey[]) => Text | undefined,
): Finding[] {
  if (message.code !== 'WMO307') return [];
  const { gemeente, aanbieder } = partiesOf(message);
  const earlier = toewijzingen.stopProducten(gemeente, aanbieder, message.bericht.Client.Bsn);
  const items = stopItemsOf(message);
  return items.flatMap(({ path, status, key }, index): Finding[] => {
    if (status !== '1') return [];
    const said = judge(key, standingBefore(earlier, items, index, sameStopKey).filter((s) => sameStart(s, key)));
    return said === undefined ? [] : [{ rule: rule.code, retourcode: rule.retourcode, path, text: said }];
  });
}

/**
 * What stands when class `index` of the message is taken: the earlier deliveries, less those
 * the message removes (StatusAanlevering 3 counts first, whatever its position: OP033 makes
 * the removed delivery "not sent"), plus the new ones (StatusAanlevering 1) before `index`.
 * So a message may remove a wrong start and send the right one.
 */
export function standingBefore<K extends StartKey>(
  earlier: readonly K[],
  items: ReadonlyArray<MeldingItem<K>>,
  index: number,
  same: (a: K, b: K) => boolean,
): K[] {
  const removed = items.filter((i) => i.status === '3').map((i) => i.key);
  return [
    ...earlier.filter((e) => !removed.some((r) => same(e, r))),
    ...items.slice(0, index).filter((i) => i.status === '1').map((i) => i.key),
  ];
}

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
