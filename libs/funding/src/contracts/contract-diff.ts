/**
 * What changed between two versions of the contract register, in plain words for the
 * contractteam: gemeenten, resultaatgebieden, product codes, tarieven (per code, from which date,
 * in which gemeenten), contracts and declaratiebeleid. It compares the registers as the rules read
 * them, not the JSON text, so reordering or reformatting a file shows no change.
 */
import { ContractRegister, type Contract, type RegisteredProduct } from '@lib/rules';

export type ContractChangeKind =
  | 'illustrative' | 'gemeente' | 'resultaatgebied' | 'product' | 'tarief' | 'contract' | 'declaratiebeleid';

export interface ContractChange {
  readonly kind: ContractChangeKind;
  /** one sentence, e.g. "Tarief of 02A02 from 2026-09-01: EUR 378.00 -> EUR 390.00 in Delft (0503)" */
  readonly text: string;
}

/** Eurocents as euros: 39800 -> EUR 398.00. */
export const euro = (cents: number): string => `EUR ${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const dayBefore = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const period = (vanaf: string, totEnMet: string | null) => (totEnMet === null ? `from ${vanaf}` : `from ${vanaf} to ${totEnMet}`);
const orNone = (cents: number | undefined) => (cents === undefined ? 'no tarief' : euro(cents));

export function diffRegisters(from: ContractRegister, to: ContractRegister): ContractChange[] {
  const changes: ContractChange[] = [];
  const add = (kind: ContractChangeKind, text: string) => changes.push({ kind, text });
  const naam = (gemeente: string) => `${to.gemeenteNaam(gemeente) ?? from.gemeenteNaam(gemeente) ?? '?'} (${gemeente})`;
  const names = (gemeenten: readonly string[]) => gemeenten.map(naam).join(', ');

  if (from.illustrative !== to.illustrative) {
    add('illustrative', to.illustrative ? 'The register is marked illustrative (example data, not the real contract).' : 'The register is no longer marked illustrative: it is the real contract.');
  }

  // gemeenten
  const gemeenten = [...new Set([...from.gemeenten(), ...to.gemeenten()].map((g) => g.code))].sort();
  for (const g of gemeenten) {
    const [before, after] = [from.gemeenteNaam(g), to.gemeenteNaam(g)];
    if (before === undefined) add('gemeente', `Gemeente ${naam(g)} added.`);
    else if (after === undefined) add('gemeente', `Gemeente ${naam(g)} removed: TR381 and TR418 no longer check its declaraties.`);
    else if (before !== after) add('gemeente', `Gemeente ${g} renamed from ${before} to ${after}.`);
  }

  // resultaatgebieden
  const gebieden = [...new Set([...from.resultaatgebieden(), ...to.resultaatgebieden()].map((r) => r.code))].sort();
  for (const code of gebieden) {
    const [before, after] = [from.resultaatgebied(code), to.resultaatgebied(code)];
    if (!before) add('resultaatgebied', `Resultaatgebied ${code} (${after!.naam}, ProductCategorie ${after!.productCategorie}) added.`);
    else if (!after) add('resultaatgebied', `Resultaatgebied ${code} (${before.naam}) removed.`);
    else {
      if (before.naam !== after.naam) add('resultaatgebied', `Resultaatgebied ${code} renamed from "${before.naam}" to "${after.naam}".`);
      if (before.productCategorie !== after.productCategorie) add('resultaatgebied', `ProductCategorie of resultaatgebied ${code} changed from ${before.productCategorie} to ${after.productCategorie}.`);
    }
  }

  // product codes and their tarieven, grouped over the gemeenten that changed alike
  const grouped = new Map<string, { code: string; kind: ContractChangeKind; text: (g: string) => string; gemeenten: string[] }>();
  const group = (kind: ContractChangeKind, key: string, text: (g: string) => string, gemeente: string) => {
    const entry = grouped.get(key) ?? { code: key.slice(1).split('|')[0]!, kind, text, gemeenten: [] };
    entry.gemeenten.push(gemeente);
    grouped.set(key, entry);
  };
  for (const g of gemeenten) {
    const codes = [...new Set([...from.products(g), ...to.products(g)].map((p) => p.productCode))].sort();
    for (const code of codes) {
      const [before, after] = [from.product(g, code), to.product(g, code)];
      if (!before) {
        group('product', `+${code}|${after!.geldigVanaf}|${after!.geldigTotEnMet}`, (gs) => `Product code ${code} (${describe(after!)}) added ${period(after!.geldigVanaf, after!.geldigTotEnMet)} in ${gs}.`, g);
        continue;
      }
      if (!after) {
        group('product', `-${code}`, (gs) => `Product code ${code} (${describe(before)}) removed in ${gs}.`, g);
        continue;
      }
      if (describe(before) !== describe(after)) group('product', `~${code}|${describe(before)}|${describe(after)}`, (gs) => `Product code ${code} changed from ${describe(before)} to ${describe(after)} in ${gs}.`, g);
      if (before.geldigVanaf !== after.geldigVanaf || before.geldigTotEnMet !== after.geldigTotEnMet) {
        const [b, a] = [period(before.geldigVanaf, before.geldigTotEnMet), period(after.geldigVanaf, after.geldigTotEnMet)];
        group('product', `@${code}|${b}|${a}`, (gs) => `Product code ${code} may be used ${a} (was ${b}) in ${gs}.`, g);
      }
      for (const t of tariefChanges(from, to, g, code, before, after)) {
        group('tarief', `$${code}|${t.vanaf}|${t.totEnMet}|${t.before}|${t.after}`, (gs) => `Tarief of ${code} ${period(t.vanaf, t.totEnMet)}: ${orNone(t.before)} -> ${orNone(t.after)} in ${gs}.`, g);
      }
    }
  }
  // by product code; within a code in the order found (Array.prototype.sort is stable)
  const byCode = [...grouped.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const { kind, text, gemeenten: gs } of byCode) add(kind, text(names(gs)));

  // contracts, grouped per aanbieder, gemeente and dates over the percelen
  const key = (c: Contract) => `${c.aanbieder}|${c.gemeente}|${c.perceel}|${c.vanaf}`;
  const before = new Map(from.allContracts().map((c) => [key(c), c]));
  const after = new Map(to.allContracts().map((c) => [key(c), c]));
  const contractGroups = new Map<string, { text: (percelen: string) => string; percelen: string[] }>();
  const groupContract = (k: string, text: (percelen: string) => string, perceel: string) => {
    const entry = contractGroups.get(k) ?? { text, percelen: [] };
    entry.percelen.push(perceel);
    contractGroups.set(k, entry);
  };
  for (const k of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const [b, a] = [before.get(k), after.get(k)];
    const c = (a ?? b)!;
    const who = `${c.aanbieder} ${c.naam}`;
    if (!b) groupContract(`+${c.aanbieder}|${c.gemeente}|${c.vanaf}|${c.totEnMet}`, (p) => `Contract added: ${who} for ${p} in ${naam(c.gemeente)} ${period(c.vanaf, c.totEnMet)}.`, c.perceel);
    else if (!a) groupContract(`-${c.aanbieder}|${c.gemeente}|${c.vanaf}|${c.totEnMet}`, (p) => `Contract removed: ${who} for ${p} in ${naam(c.gemeente)} (was ${period(c.vanaf, c.totEnMet)}).`, c.perceel);
    else if (b.totEnMet !== a.totEnMet) {
      const text = a.totEnMet === null
        ? (p: string) => `Contract of ${who} for ${p} in ${naam(c.gemeente)} runs on without end (ended ${b.totEnMet} before).`
        : (p: string) => `Contract of ${who} for ${p} in ${naam(c.gemeente)} ends on ${a.totEnMet}${b.totEnMet === null ? '' : ` (was ${b.totEnMet})`}.`;
      groupContract(`>${c.aanbieder}|${c.gemeente}|${b.totEnMet}|${a.totEnMet}`, text, c.perceel);
    } else if (b.naam !== a.naam) groupContract(`n${c.aanbieder}|${b.naam}|${a.naam}`, () => `Aanbieder ${c.aanbieder} renamed from ${b.naam} to ${a.naam}.`, c.perceel);
  }
  for (const { text, percelen } of contractGroups.values()) add('contract', text(percelen.join(', ')));

  // declaratiebeleid
  for (const g of gemeenten) {
    if (!from.covers(g) || !to.covers(g)) continue;
    const [b, a] = [from.declaratieBeleid(g).proratie, to.declaratieBeleid(g).proratie];
    if (b !== a) add('declaratiebeleid', `Declaratiebeleid of ${naam(g)}: proratie ${b} -> ${a}.`);
  }
  return changes;
}

const describe = (p: RegisteredProduct) =>
  `${p.resultaatgebied.code} trede ${p.trede}${p.omschrijving ? `, "${p.omschrijving}"` : ''}`;

interface TariefChange {
  vanaf: string;
  totEnMet: string | null;
  before: number | undefined;
  after: number | undefined;
}

/**
 * The periods in which the code's tarief in the gemeente differs between the versions: on every
 * day a tarief starts in either version, compare the two, and join neighbouring days that changed alike.
 */
function tariefChanges(from: ContractRegister, to: ContractRegister, gemeente: string, code: string, before: RegisteredProduct, after: RegisteredProduct): TariefChange[] {
  const starts = [...new Set([before.geldigVanaf, after.geldigVanaf, ...before.tarieven.map((t) => t.vanaf), ...after.tarieven.map((t) => t.vanaf)])].sort();
  const ends = [before.geldigTotEnMet, after.geldigTotEnMet].filter((d): d is string => d !== null).map((d) => nextDay(d));
  const boundaries = [...new Set([...starts, ...ends])].sort();
  const changes: TariefChange[] = [];
  let open: TariefChange | undefined;
  for (const day of boundaries) {
    const [b, a] = [from.tarief(gemeente, code, day), to.tarief(gemeente, code, day)];
    if (open && open.before === b && open.after === a) continue;
    if (open) {
      open.totEnMet = dayBefore(day);
      open = undefined;
    }
    if (b !== a) {
      open = { vanaf: day, totEnMet: null, before: b, after: a };
      changes.push(open);
    }
  }
  return changes;
}

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
