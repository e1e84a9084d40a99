import type { ContractRegister } from '@lib/rules';
import { HOOFDAANNEMER, type CurrentToewijzing, type DeclaredGroup, type MoneySplit } from '@lib/persistence';
import { SUPPRESSED, tooSmall, type Guarded } from './privacy';

/**
 * The money of the contractteam's monitor, per gemeente and calendar month (and split key):
 * toegewezen from the current toewijzingen and the contract register's tarief; from the
 * declaraties ingediend, afgewezen by the gateway, afgewezen by the gemeente, toegekend and open,
 * and gedeclareerd, which is what was not rejected (toegekend + open); the averages per client and
 * the verzilveringspercentage (gedeclareerd / toegewezen): rejected prestaties never count. In the split by hoofd-/onderaannemer a toewijzing the hoofdaannemer
 * delegated counts for its onderaannemer (key: its AGB-code), the rest for the hoofdaannemer
 * (HOOFDAANNEMER), just as the declared lines do. Pure functions; the queries are in
 * DashboardReadRepository.
 */

export interface MoneyRow {
  readonly gemeente: string;
  /** YYYY-MM-01 */
  readonly month: string;
  /** '' (totaal), a resultaatgebied code, or HOOFDAANNEMER / an onderaannemer's AGB-code */
  readonly key: string;
  readonly clientsToegewezen: Guarded<number>;
  /** eurocents */
  readonly toegewezen: Guarded<number>;
  readonly toegewezenPerClient: Guarded<number | null>;
  readonly clientsGedeclareerd: Guarded<number>;
  readonly ingediend: Guarded<number>;
  readonly afgewezenDoorGateway: Guarded<number>;
  readonly afgewezenDoorGemeente: Guarded<number>;
  readonly gedeclareerd: Guarded<number>;
  readonly gedeclareerdPerClient: Guarded<number | null>;
  readonly toegekend: Guarded<number>;
  readonly open: Guarded<number>;
  /** percent, one decimal; null without a toegewezen amount */
  readonly verzilvering: Guarded<number | null>;
}

/** First days of every month from `from` to `to` (both YYYY-MM-01). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(`${month}-01`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

export const daysInMonth = (month: string): number => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const lastDay = (month: string): string => `${month.slice(0, 8)}${String(daysInMonth(month)).padStart(2, '0')}`;
const dayDiff = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * The toegewezen bedrag of one toewijzing in one month: the monthly tarief valid on the first day
 * it covers in the month, in full ('volle-maand') or for the days it covers ('kalenderdagen':
 * tarief x days / days in the month, rounded to the cent). undefined: not in the month, or no tarief.
 */
export function toegewezenInMonth(t: Omit<CurrentToewijzing, 'onderaannemer' | 'client'>, month: string, register: ContractRegister): number | undefined {
  const start = t.ingangsdatum > month ? t.ingangsdatum : month;
  const monthEnd = lastDay(month);
  const end = t.einddatum !== null && t.einddatum < monthEnd ? t.einddatum : monthEnd;
  if (end < start || !t.productCode) return undefined;
  const tarief = register.tarief(t.gemeente, t.productCode, start);
  if (tarief === undefined) return undefined;
  if (register.declaratieBeleid(t.gemeente).proratie === 'volle-maand') return tarief;
  return Math.round((tarief * (dayDiff(start, end) + 1)) / daysInMonth(month));
}

function splitKeyOf(t: CurrentToewijzing, split: MoneySplit, register: ContractRegister): string {
  if (split === 'totaal') return '';
  if (split === 'aannemer') return t.onderaannemer ?? HOOFDAANNEMER;
  if (split === 'aanbieder') return t.aanbieder;
  return (t.productCode && register.product(t.gemeente, t.productCode)?.resultaatgebied.code) || 'onbekend';
}

interface Acc {
  gemeente: string;
  month: string;
  key: string;
  clients: Set<string>;
  toegewezen: number;
  declared?: DeclaredGroup;
}

/** Combines toewijzingen and declared groups into rows, with small groups suppressed (see suppress). */
export function moneyRows(
  toewijzingen: readonly CurrentToewijzing[],
  declared: readonly DeclaredGroup[],
  months: readonly string[],
  split: MoneySplit,
  register: ContractRegister,
  minGroup: number,
): MoneyRow[] {
  const acc = new Map<string, Acc>();
  const at = (gemeente: string, month: string, key: string): Acc => {
    const id = `${gemeente}|${month}|${key}`;
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { gemeente, month, key, clients: new Set(), toegewezen: 0 }));
    return a;
  };
  // per gemeente and split key, the accumulators by month index: no string keys in the inner loop
  const rowsOf = new Map<string, Acc[]>();
  const lastDays = months.map(lastDay);
  // tarieven per gemeente, code and first day covered: whole months repeat the same few lookups
  const tarieven = new Map<string, number | undefined>();
  const tariefOf = (gemeente: string, code: string, day: string) => {
    const k = `${gemeente}|${code}|${day}`;
    if (!tarieven.has(k)) tarieven.set(k, register.tarief(gemeente, code, day));
    return tarieven.get(k);
  };
  for (const t of toewijzingen) {
    const key = splitKeyOf(t, split, register);
    let byMonth = rowsOf.get(`${t.gemeente}|${key}`);
    if (!byMonth) rowsOf.set(`${t.gemeente}|${key}`, (byMonth = months.map((month) => at(t.gemeente, month, key))));
    const volleMaand = register.declaratieBeleid(t.gemeente).proratie === 'volle-maand';
    for (let m = 0; m < months.length; m++) {
      const month = months[m]!;
      const monthEnd = lastDays[m]!;
      if (t.ingangsdatum > monthEnd || (t.einddatum !== null && t.einddatum < month)) continue;
      const start = t.ingangsdatum > month ? t.ingangsdatum : month;
      const end = t.einddatum !== null && t.einddatum < monthEnd ? t.einddatum : monthEnd;
      const tarief = t.productCode ? tariefOf(t.gemeente, t.productCode, start) : undefined;
      let bedrag = 0;
      if (tarief !== undefined) {
        bedrag = volleMaand || (start === month && end === monthEnd) ? tarief : Math.round((tarief * (dayDiff(start, end) + 1)) / daysInMonth(month));
      }
      const a = byMonth[m]!;
      a.clients.add(t.client);
      a.toegewezen += bedrag;
    }
  }
  for (const d of declared) at(d.gemeente, d.month, d.key).declared = d;

  const rows = [...acc.values()]
    .filter((a) => months.includes(a.month) && (a.clients.size > 0 || a.declared))
    // the hoofdaannemer before its onderaannemers
    .sort((a, b) => a.gemeente.localeCompare(b.gemeente) || a.month.localeCompare(b.month) || Number(b.key === HOOFDAANNEMER) - Number(a.key === HOOFDAANNEMER) || a.key.localeCompare(b.key))
    .map((a) => {
      const d = a.declared;
      const gedeclareerd = d?.gedeclareerd ?? 0;
      return {
        gemeente: a.gemeente, month: a.month, key: a.key,
        clientsT: a.clients.size, clientsI: d?.clients ?? 0, clientsD: d?.clientsGedeclareerd ?? 0,
        toegewezen: a.toegewezen,
        ingediend: d?.ingediend ?? 0, afgewezenDoorGateway: d?.afgewezenDoorGateway ?? 0, afgewezenDoorGemeente: d?.afgewezenDoorGemeente ?? 0,
        gedeclareerd, toegekend: d?.toegekend ?? 0, open: d?.open ?? 0,
        verzilvering: a.toegewezen ? Math.round((gedeclareerd / a.toegewezen) * 1000) / 10 : null,
      };
    });
  return suppress(rows, minGroup);
}

interface Raw {
  gemeente: string;
  month: string;
  key: string;
  clientsT: number;
  /** clients with any prestatie in the group, and with one not rejected */
  clientsI: number;
  clientsD: number;
  toegewezen: number;
  ingediend: number;
  afgewezenDoorGateway: number;
  afgewezenDoorGemeente: number;
  gedeclareerd: number;
  toegekend: number;
  open: number;
  verzilvering: number | null;
}

/**
 * Primary suppression: the toegewezen figures of a row over fewer than minGroup clients with a
 * toewijzing, the declared figures of a row over fewer than minGroup declared clients. Secondary
 * suppression in a split: when exactly one row of a gemeente and month is suppressed, the
 * smallest other row is too, so the suppressed one cannot be had from the month's total.
 */
export function suppress(rows: readonly Raw[], minGroup: number): MoneyRow[] {
  const hideT = rows.map((r) => tooSmall(r.clientsT, minGroup));
  // the declared figures cover every client declared for, rejected or not; the average per client
  // gedeclareerd is over the clients with a prestatie not rejected, and hidden when they are too few
  const hideD = rows.map((r) => tooSmall(r.clientsI, minGroup));
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => groups.set(`${r.gemeente}|${r.month}`, [...(groups.get(`${r.gemeente}|${r.month}`) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const [hide, size] of [[hideT, (i: number) => rows[i]!.clientsT], [hideD, (i: number) => rows[i]!.clientsI]] as const) {
      const hidden = members.filter((i) => hide[i]);
      if (hidden.length !== 1) continue;
      const candidates = members.filter((i) => !hide[i] && size(i) > 0).sort((a, b) => size(a) - size(b));
      if (candidates[0] !== undefined) hide[candidates[0]] = true;
    }
  }
  return rows.map((r, i) => {
    const t = hideT[i]!;
    const d = hideD[i]!;
    const per = (amount: number | null, clients: number) => (amount === null || clients === 0 ? null : Math.round(amount / clients));
    return {
      gemeente: r.gemeente, month: r.month, key: r.key,
      clientsToegewezen: t ? SUPPRESSED : r.clientsT,
      toegewezen: t ? SUPPRESSED : r.toegewezen,
      toegewezenPerClient: t ? SUPPRESSED : per(r.toegewezen, r.clientsT),
      clientsGedeclareerd: d ? SUPPRESSED : r.clientsD,
      ingediend: d ? SUPPRESSED : r.ingediend,
      afgewezenDoorGateway: d ? SUPPRESSED : r.afgewezenDoorGateway,
      afgewezenDoorGemeente: d ? SUPPRESSED : r.afgewezenDoorGemeente,
      gedeclareerd: d ? SUPPRESSED : r.gedeclareerd,
      gedeclareerdPerClient: d || tooSmall(r.clientsD, minGroup) ? SUPPRESSED : per(r.gedeclareerd, r.clientsD),
      toegekend: d ? SUPPRESSED : r.toegekend,
      open: d ? SUPPRESSED : r.open,
      verzilvering: t || d ? SUPPRESSED : r.verzilvering,
    };
  });
}
