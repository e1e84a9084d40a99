import { text, type Text } from '@lib/i18n';
import type { ParsedMessage, ParsedMessageOf } from '@lib/iwmo';
import type { Finding } from '../../finding';
import type { StartKey, StopKey, ToegewezenProductState, ToewijzingStateView } from './views';

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
