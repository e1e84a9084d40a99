/**
 * The pure core of the declaratie builder: from an aanbieder's toewijzingen in one gemeente, its starts and
 * stops, the prestaties it declared before (with the gemeente's verdict), the contract register and the
 * onderaanneming snapshot, the prestaties of the WMO323 for one calendar month. No I/O.
 *
 * What is declared (docs/declaraties.md):
 * - a month of a toewijzing, when its current version is not withdrawn (RedenWijziging 13), its product is in
 *   the register for the gemeente with a tarief and a contract for the aanbieder, and care was delivered in it:
 *   a start (305) before the month ends and no stop (307) before the month starts (for a delegated product:
 *   the onderaannemer's reported and approved period instead);
 * - ProductPeriode = month ∩ toewijzing (TR387/TR388 fix it there, whenever the care started or stopped);
 * - the amount: the all-in tarief of the month (TR418), or under the gemeente's proratie 'kalenderdagen' the
 *   tarief x days delivered / days in the month for a month delivered in part (rounded to the cent);
 * - Eenheid 82 (stuks output), GeleverdVolume 1, ProductTarief = the tarief for a whole tarief; Eenheid 83
 *   (euro's), GeleverdVolume = IngediendBedrag, no ProductTarief (CD087, CS339) for a prorated amount or a
 *   toewijzing in euro's. A toewijzing in stuks (Omvang Eenheid 82) is declared in 82 (TR341), so a month
 *   is one stuk: it is declared whole whatever the proratie (TR346 ties the amount to 1 x the tarief).
 * Corrections: every month that has an earlier prestatie, or that the aanbieder should have declared since its
 * first declaratie to the gemeente, is recomputed. An accepted (toegekend) debet that differs is credited
 * (same values, DebetCredit C, VorigReferentieNummer = its ReferentieNummer: TR323, TR390) and the new amount
 * is declared as a debet (TR389 allows it next to the credit); a rejected one is declared again
 * (herindiening); a debet still awaiting its declaratie-antwoord is left alone until the 325 comes.
 */
import { text, type Text } from '@lib/i18n';
import type { ToegewezenProductState } from '@lib/rules';
import type { PrestatieStatus } from '@lib/rules';
import { validOn, type ContractRegister } from '@lib/rules';
import { euro as euroPhrase } from '@lib/rules';
import { addMonths, coveredDays, daysBetween, intersect, isPeriode, monthEnd, monthStart, type Interval } from './calendar';
import type { DelegatedToewijzing } from './delegation.port';
import { BuildRefused } from './errors';

export type LineSoort = 'nieuw' | 'credit' | 'debet' | 'herindiening';

/** One prestatie the builder proposes (the ReferentieNummer is given when the build is stored). */
export interface BuiltLine {
  readonly soort: LineSoort;
  readonly bsn: string;
  readonly toewijzingNummer: string;
  readonly productCategorie: string;
  readonly productCode: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly geleverdVolume: number;
  readonly eenheid: '82' | '83';
  /** eurocents per month; null for Eenheid 83 */
  readonly productTarief: number | null;
  /** eurocents */
  readonly bedrag: number;
  readonly debetCredit: 'D' | 'C';
  /** for a credit: the ReferentieNummer of the debet it cancels */
  readonly vorigReferentieNummer: string | null;
  readonly onderaannemer: string | null;
  readonly onderaannemerPrestatieId: string | null;
  /** days of the ProductPeriode care was delivered (what a prorated amount is based on) */
  readonly dagenGeleverd: number;
  /** toewijzing|month: a credit and the debet replacing it share it (they go in or stay out together) */
  readonly group: string;
}

/** A prestatie of an earlier accepted 323, with the gemeente's verdict. */
export interface EarlierPrestatie {
  readonly referentieNummer: string;
  readonly vorigReferentieNummer: string | null;
  readonly bsn: string;
  /** canonical form */
  readonly toewijzingNummer: string;
  readonly productCategorie: string;
  readonly productCode: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly geleverdVolume: number;
  readonly eenheid: string;
  readonly productTarief: number | null;
  readonly bedrag: number;
  readonly debetCredit: 'D' | 'C';
  readonly status: PrestatieStatus;
  readonly retourcodes: readonly string[];
  /** from the build line that declared it, when the builder made it for a delegated product */
  readonly onderaannemer: string | null;
  /** from that build line: the days delivered it was computed on */
  readonly dagenGeleverd: number | null;
}

export interface BuildInput {
  readonly aanbieder: string;
  readonly gemeente: string;
  /** YYYY-MM */
  readonly periode: string;
  /** the current version of each of the aanbieder's toewijzingen in the gemeente */
  readonly toewijzingen: readonly ToegewezenProductState[];
  /** starts (305) of the aanbieder, not removed */
  readonly starts: ReadonlyArray<{ readonly toewijzingNummer: string; readonly begindatum: string }>;
  /** stops (307) of the aanbieder, not removed */
  readonly stops: ReadonlyArray<{ readonly toewijzingNummer: string; readonly einddatum: string }>;
  /** the prestaties of earlier 323s to the gemeente (all statuses) within the correction window */
  readonly prestaties: readonly EarlierPrestatie[];
  readonly register: ContractRegister;
  readonly delegated: ReadonlyMap<string, DelegatedToewijzing>;
  /** the first and the latest DeclaratiePeriode (YYYY-MM-01) of the aanbieder's declaraties to the gemeente not rejected as a whole */
  readonly declared: { readonly first: string; readonly latest: string } | null;
}

/** Why a month of a toewijzing is not declared (or not corrected) in this build. */
export interface Skipped {
  readonly bsn: string;
  readonly toewijzingNummer: string;
  readonly productCode: string | null;
  /** YYYY-MM-01 */
  readonly maand: string;
  readonly reason: 'awaiting-antwoord' | 'not-in-register' | 'no-contract' | 'exceeds-omvang' | 'withdrawn-not-credited' | 'blocked-by-rules' | 'deferred-size-limit';
  /** what is wrong and what to do, said in the reader's language by the edge */
  readonly detail: Text;
}

/** A delegated product whose onderaannemer has not (yet) reported or been approved for the month. */
export interface WaitingProduct {
  readonly bsn: string;
  readonly toewijzingNummer: string;
  readonly productCode: string | null;
  readonly onderaannemer: string;
}

/** A debet the gemeente (or the gateway) rejected: what to correct, and whether this build declares it again. */
export interface RejectedPrestatie {
  readonly referentieNummer: string;
  readonly bsn: string;
  readonly toewijzingNummer: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly bedrag: number;
  readonly retourcodes: readonly string[];
  /** 'herindiening': declared again, recomputed, in this build; 'declared': already declared again earlier; 'not-declarable': see skipped */
  readonly outcome: 'herindiening' | 'declared' | 'not-declarable';
}

export interface BuildResult {
  readonly periode: string;
  readonly lines: readonly BuiltLine[];
  readonly skipped: readonly Skipped[];
  readonly waiting: readonly WaitingProduct[];
  readonly rejected: readonly RejectedPrestatie[];
}

/** Months before the declared month the builder still corrects or catches up. */
export const CORRECTION_MONTHS = 24;

export function buildDeclaratie(input: BuildInput): BuildResult {
  if (!isPeriode(input.periode)) throw new BuildRefused('INVALID_PERIODE', text('funding.build.invalid-periode', { periode: input.periode }));
  const maand = monthStart(input.periode);
  const { declared } = input;
  if (declared && declared.latest >= maand) {
    const month = maand.slice(0, 7);
    const latest = declared.latest.slice(0, 7);
    const next = addMonths(declared.latest, 1).slice(0, 7);
    const who = { aanbieder: input.aanbieder, gemeente: input.gemeente, month, next };
    throw new BuildRefused(
      'ALREADY_DECLARED',
      declared.latest === maand ? text('funding.build.already-declared', who) : text('funding.build.before-latest', { ...who, latest }),
    );
  }
  if (!input.register.covers(input.gemeente)) {
    throw new BuildRefused('GEMEENTE_NOT_IN_REGISTER', text('funding.build.gemeente-not-in-register', { gemeente: input.gemeente }));
  }
  const windowStart = addMonths(maand, -CORRECTION_MONTHS);
  const context = new Context(input);
  const lines: BuiltLine[] = [];
  const skipped: Skipped[] = [];
  const waiting: WaitingProduct[] = [];
  const rejected: RejectedPrestatie[] = [];

  const byToewijzing = groupBy(input.prestaties, (p) => p.toewijzingNummer);
  const toewijzingen = new Map(input.toewijzingen.map((t) => [t.toewijzingNummer, t]));
  // prestaties on toewijzingen the gateway does not hold are compared with "nothing to declare"
  const nummers = [...new Set([...toewijzingen.keys(), ...byToewijzing.keys()])].sort();

  for (const nummer of nummers) {
    const t = toewijzingen.get(nummer);
    const earlier = byToewijzing.get(nummer) ?? [];
    const delegated = input.delegated.get(nummer);
    const months = new Set<string>(earlier.map((p) => monthStart(p.periodeBegin.slice(0, 7))).filter((m) => m >= windowStart && m <= maand));
    if (t) {
      months.add(maand);
      // catch up months since the aanbieder's first declaratie that were never declared (e.g. a late 301)
      if (declared) for (let m = declared.first > windowStart ? declared.first : windowStart; m < maand; m = addMonths(m, 1)) months.add(m);
    }
    for (const m of [...months].sort()) {
      const fresh = m === maand;
      if (t && delegated && fresh && delegated.gereed === null) {
        waiting.push({ bsn: t.bsn, toewijzingNummer: nummer, productCode: t.productCode, onderaannemer: delegated.onderaannemer });
      }
      const inMonth = earlier.filter((p) => monthStart(p.periodeBegin.slice(0, 7)) === m);
      const desired = t ? context.desired(t, m, fresh ? delegated : undefined, inMonth) : { line: null };
      reconcile(m, nummer, t, desired, inMonth, lines, skipped, rejected);
    }
  }
  if (declared) {
    // TR318: the months between the latest declaratie and this one had no declaratie, so nothing may be declared for them here.
    const gap = lines.filter((l) => l.periodeBegin >= addMonths(declared.latest, 1) && l.periodeBegin < maand);
    if (gap.length) {
      const first = gap.map((l) => l.periodeBegin.slice(0, 7)).sort()[0]!;
      throw new BuildRefused(
        'MONTH_SKIPPED',
        text('funding.build.month-skipped', { aanbieder: input.aanbieder, gemeente: input.gemeente, latest: declared.latest.slice(0, 7), first, next: addMonths(declared.latest, 1).slice(0, 7) }),
      );
    }
  }
  return { periode: input.periode, lines, skipped, waiting, rejected };
}

interface Desired {
  line: Omit<BuiltLine, 'soort' | 'debetCredit' | 'vorigReferentieNummer' | 'group'> | null;
  skip?: Omit<Skipped, 'maand'>;
}

/** Compares what should be declared for one month of one toewijzing with what was declared, and adds the lines. */
function reconcile(
  maand: string,
  nummer: string,
  t: ToegewezenProductState | undefined,
  desired: Desired,
  inMonth: readonly EarlierPrestatie[],
  lines: BuiltLine[],
  skipped: Skipped[],
  rejected: RejectedPrestatie[],
): void {
  const group = `${nummer}|${maand}`;
  const creditedBy = new Set(inMonth.filter((p) => p.debetCredit === 'C' && p.status !== 'afgewezen' && p.vorigReferentieNummer).map((p) => p.vorigReferentieNummer!));
  const active = inMonth.filter((p) => p.debetCredit === 'D' && p.status !== 'afgewezen' && !creditedBy.has(p.referentieNummer));
  const rejectedDebets = inMonth.filter((p) => p.debetCredit === 'D' && p.status === 'afgewezen');
  const skip = (s: Omit<Skipped, 'maand'>) => skipped.push({ ...s, maand });
  const report = (outcome: RejectedPrestatie['outcome']) => {
    for (const p of rejectedDebets) {
      rejected.push({ referentieNummer: p.referentieNummer, bsn: p.bsn, toewijzingNummer: p.toewijzingNummer, periodeBegin: p.periodeBegin, periodeEind: p.periodeEind, bedrag: p.bedrag, retourcodes: p.retourcodes, outcome });
    }
  };

  const pending = active.find((p) => p.status === 'ingediend') ?? inMonth.find((p) => p.debetCredit === 'C' && p.status === 'ingediend');
  if (pending) {
    // TR323 credits only an approved debet, and TR389 refuses a second debet while one awaits its antwoord.
    skip({
      bsn: pending.bsn, toewijzingNummer: nummer, productCode: pending.productCode, reason: 'awaiting-antwoord',
      detail: text('funding.build.skip.awaiting-antwoord', { referentieNummer: pending.referentieNummer }),
    });
    report(active.length ? 'declared' : 'not-declarable');
    return;
  }
  const want = desired.line;
  const matching = want ? active.find((p) => same(p, want)) : undefined;
  const toCredit = active.filter((p) => p !== matching);
  if (toCredit.length && t?.redenWijziging === REDEN_VERWIJDERD) {
    // TR384 rejects any prestatie, a credit too, on a withdrawn toewijzing: the gemeente settles what it paid.
    for (const p of toCredit) {
      skip({
        bsn: p.bsn, toewijzingNummer: nummer, productCode: p.productCode, reason: 'withdrawn-not-credited',
        detail: text('funding.build.skip.withdrawn-not-credited', { toewijzingNummer: nummer, referentieNummer: p.referentieNummer, bedrag: euro(p.bedrag) }),
      });
    }
    report('not-declarable');
    return;
  }
  for (const p of toCredit) {
    lines.push({
      soort: 'credit', bsn: p.bsn, toewijzingNummer: p.toewijzingNummer, productCategorie: p.productCategorie, productCode: p.productCode,
      periodeBegin: p.periodeBegin, periodeEind: p.periodeEind, geleverdVolume: p.geleverdVolume, eenheid: p.eenheid as '82' | '83',
      productTarief: p.productTarief, bedrag: p.bedrag, debetCredit: 'C', vorigReferentieNummer: p.referentieNummer,
      onderaannemer: p.onderaannemer, onderaannemerPrestatieId: null, dagenGeleverd: p.dagenGeleverd ?? 0, group,
    });
  }
  if (want && !matching) {
    const soort: LineSoort = toCredit.length ? 'debet' : rejectedDebets.length ? 'herindiening' : 'nieuw';
    const onderaannemer = want.onderaannemer ?? toCredit[0]?.onderaannemer ?? rejectedDebets.at(-1)?.onderaannemer ?? null;
    lines.push({ ...want, onderaannemer, soort, debetCredit: 'D', vorigReferentieNummer: null, group });
    report('herindiening');
  } else {
    if (!want && desired.skip) skip(desired.skip);
    report(matching ? 'declared' : 'not-declarable');
  }
}

const same = (p: EarlierPrestatie, w: NonNullable<Desired['line']>): boolean =>
  p.periodeBegin === w.periodeBegin && p.periodeEind === w.periodeEind && p.bedrag === w.bedrag && p.eenheid === w.eenheid &&
  p.geleverdVolume === w.geleverdVolume && p.productTarief === w.productTarief && p.productCode === w.productCode && p.productCategorie === w.productCategorie;

export const REDEN_VERWIJDERD = '13';

/** What should be declared for one month of a toewijzing, from the register, the starts and stops and the policy. */
class Context {
  private readonly starts: Map<string, string[]>;
  private readonly stops: Map<string, string[]>;

  constructor(private readonly input: BuildInput) {
    this.starts = groupValues(input.starts, (s) => s.toewijzingNummer, (s) => s.begindatum);
    this.stops = groupValues(input.stops, (s) => s.toewijzingNummer, (s) => s.einddatum);
  }

  /**
   * `delegated` is the onderaanneming snapshot for the declared month. An earlier month of a delegated product is
   * recomputed on the days delivered its line was built on (the snapshot of that month is gone).
   */
  desired(t: ToegewezenProductState, maand: string, delegated: DelegatedToewijzing | undefined, inMonth: readonly EarlierPrestatie[]): Desired {
    const { gemeente, aanbieder, register } = this.input;
    if (t.redenWijziging === REDEN_VERWIJDERD || t.productCode === null) return { line: null };
    const month = { begindatum: maand, einddatum: monthEnd(maand) };
    const periode = intersect(month, { begindatum: t.ingangsdatum, einddatum: t.einddatum });
    if (!periode) return { line: null };
    const earlierDelegated = delegated ? undefined : [...inMonth].reverse().find((p) => p.debetCredit === 'D' && p.onderaannemer !== null);
    const fullPeriode = daysBetween(periode.begindatum, periode.einddatum);
    const days = delegated
      ? coveredDays(delegated.gereed ? [{ begindatum: delegated.gereed.begindatum, einddatum: delegated.gereed.einddatum }] : [], periode)
      : earlierDelegated
        ? Math.min(earlierDelegated.dagenGeleverd ?? fullPeriode, fullPeriode)
        : coveredDays(this.delivery(t.toewijzingNummer), periode);
    if (days === 0) return { line: null };

    const base = { bsn: t.bsn, toewijzingNummer: t.toewijzingNummer, productCode: t.productCode };
    const product = register.product(gemeente, t.productCode);
    const tarief = register.tarief(gemeente, t.productCode, periode.begindatum);
    if (!product || !validOn(product, periode.begindatum) || tarief === undefined) {
      const detail = text('funding.build.skip.not-in-register', { productCode: t.productCode, gemeente, datum: periode.begindatum });
      return { line: null, skip: { ...base, reason: 'not-in-register', detail } };
    }
    if (!register.contract(gemeente, aanbieder, product.resultaatgebied.code, periode.begindatum)) {
      const { naam, code: perceel } = product.resultaatgebied;
      return { line: null, skip: { ...base, reason: 'no-contract', detail: text('funding.build.skip.no-contract', { aanbieder, naam, perceel, gemeente, datum: periode.begindatum }) } };
    }
    const monthDays = daysBetween(month.begindatum, month.einddatum);
    const omvang = t.omvang?.eenheid.trim() ?? null;
    const prorate = days < monthDays && this.input.register.declaratieBeleid(gemeente).proratie === 'kalenderdagen' && omvang !== '82';
    const bedrag = prorate ? Math.round((tarief * days) / monthDays) : tarief;
    const inEuros = omvang === '83' || prorate;
    if (omvang === '83' && t.omvang!.frequentie.trim() === '4' && bedrag > Number(t.omvang!.volume)) {
      const detail = text('funding.build.skip.exceeds-omvang', { bedrag: euro(bedrag), toewijzingNummer: t.toewijzingNummer, omvang: euro(Number(t.omvang!.volume)) });
      return { line: null, skip: { ...base, reason: 'exceeds-omvang', detail } };
    }
    const onderaannemer = delegated?.onderaannemer ?? earlierDelegated?.onderaannemer ?? null;
    return {
      line: {
        bsn: t.bsn,
        toewijzingNummer: t.toewijzingNummer,
        productCategorie: t.productCategorie ?? product.productCategorie,
        productCode: t.productCode,
        periodeBegin: periode.begindatum,
        periodeEind: periode.einddatum,
        geleverdVolume: inEuros ? bedrag : 1,
        eenheid: inEuros ? '83' : '82',
        productTarief: inEuros ? null : tarief,
        bedrag,
        onderaannemer,
        onderaannemerPrestatieId: delegated?.gereed?.prestatieId ?? null,
        dagenGeleverd: days,
      },
    };
  }

  /** The days care was delivered: from each start to the first stop on or after it (open without one). */
  private delivery(nummer: string): Interval[] {
    const starts = (this.starts.get(nummer) ?? []).sort();
    const stops = (this.stops.get(nummer) ?? []).sort();
    return starts.map((begindatum) => ({ begindatum, einddatum: stops.find((s) => s >= begindatum) ?? null }));
  }
}

// ------------------------------------------------------------------ summaries

/** Per client: what this build credits and debets, and the difference it makes (eurocents). */
export interface ClientDifference {
  readonly bsn: string;
  readonly nieuw: number;
  readonly herindiening: number;
  readonly credit: number;
  readonly debet: number;
  /** debet + nieuw + herindiening - credit */
  readonly verschil: number;
}

export interface BuildTotals {
  readonly lines: Readonly<Record<LineSoort, number>>;
  readonly amounts: Readonly<Record<LineSoort, number>>;
  /** TotaalIngediendBedrag: debet minus credit, with its sign */
  readonly totaal: { readonly bedrag: number; readonly debetCredit: 'D' | 'C' };
}

export function totalsOf(lines: readonly BuiltLine[]): BuildTotals {
  const count = { nieuw: 0, credit: 0, debet: 0, herindiening: 0 };
  const amounts = { nieuw: 0, credit: 0, debet: 0, herindiening: 0 };
  let net = 0;
  for (const l of lines) {
    count[l.soort]++;
    amounts[l.soort] += l.bedrag;
    net += l.debetCredit === 'D' ? l.bedrag : -l.bedrag;
  }
  return { lines: count, amounts, totaal: { bedrag: Math.abs(net), debetCredit: net < 0 ? 'C' : 'D' } };
}

export function differencesPerClient(lines: readonly BuiltLine[]): ClientDifference[] {
  const byClient = new Map<string, { nieuw: number; herindiening: number; credit: number; debet: number }>();
  for (const l of lines) {
    const d = byClient.get(l.bsn) ?? { nieuw: 0, herindiening: 0, credit: 0, debet: 0 };
    d[l.soort] += l.bedrag;
    byClient.set(l.bsn, d);
  }
  return [...byClient]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bsn, d]) => ({ bsn, ...d, verschil: d.nieuw + d.herindiening + d.debet - d.credit }));
}

/** Eurocents as the reader writes euros (the rules' phrase). */
const euro = (cents: number): Text => euroPhrase(BigInt(cents));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function groupValues<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(value(item));
    else map.set(k, [value(item)]);
  }
  return map;
}
