/**
 * What changed between two versions of the contract register, in plain words for the
 * contractteam: gemeenten, resultaatgebieden, product codes, tarieven (per code, from which date,
 * in which gemeenten), contracts and declaratiebeleid. It compares the registers as the rules read
 * them, not the JSON text, so reordering or reformatting a file shows no change.
 */
import { text, type Text } from '@lib/i18n';
import { ContractRegister, type Contract, type RegisteredProduct } from '@lib/rules';
import { euro as euroPhrase } from '@lib/rules';

export type ContractChangeKind =
  | 'illustrative' | 'gemeente' | 'resultaatgebied' | 'product' | 'tarief' | 'contract' | 'declaratiebeleid';

export interface ContractChange {
  readonly kind: ContractChangeKind;
  /** one sentence, e.g. "Tarief van 02A02 vanaf 2026-09-01: € 378,00 -> € 390,00 in Delft (0503)." (nl) */
  readonly text: Text;
}

/** Eurocents as the reader writes euros: 39800 is € 398,00 (nl) or €398.00 (en). */
export const euro = (cents: number): Text => euroPhrase(BigInt(cents));

const dayBefore = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const period = (vanaf: string, totEnMet: string | null): Text => (totEnMet === null ? text('funding.diff.from', { vanaf }) : text('funding.diff.from-to', { vanaf, totEnMet }));
const orNone = (cents: number | undefined): Text => (cents === undefined ? text('funding.diff.no-tarief') : euro(cents));

export function diffRegisters(from: ContractRegister, to: ContractRegister): ContractChange[] {
  const changes: ContractChange[] = [];
  const add = (kind: ContractChangeKind, said: Text) => changes.push({ kind, text: said });
  const naam = (gemeente: string) => `${to.gemeenteNaam(gemeente) ?? from.gemeenteNaam(gemeente) ?? '?'} (${gemeente})`;
  const names = (gemeenten: readonly string[]) => gemeenten.map(naam).join(', ');

  if (from.illustrative !== to.illustrative) {
    add('illustrative', text(to.illustrative ? 'funding.diff.illustrative-on' : 'funding.diff.illustrative-off'));
  }

  // gemeenten
  const gemeenten = [...new Set([...from.gemeenten(), ...to.gemeenten()].map((g) => g.code))].sort();
  for (const g of gemeenten) {
    const [before, after] = [from.gemeenteNaam(g), to.gemeenteNaam(g)];
    if (before === undefined) add('gemeente', text('funding.diff.gemeente-added', { gemeente: naam(g) }));
    else if (after === undefined) add('gemeente', text('funding.diff.gemeente-removed', { gemeente: naam(g) }));
    else if (before !== after) add('gemeente', text('funding.diff.gemeente-renamed', { gemeente: g, before, after }));
  }

  // resultaatgebieden
  const gebieden = [...new Set([...from.resultaatgebieden(), ...to.resultaatgebieden()].map((r) => r.code))].sort();
  for (const code of gebieden) {
    const [before, after] = [from.resultaatgebied(code), to.resultaatgebied(code)];
    if (!before) add('resultaatgebied', text('funding.diff.gebied-added', { code, naam: after!.naam, categorie: after!.productCategorie }));
    else if (!after) add('resultaatgebied', text('funding.diff.gebied-removed', { code, naam: before.naam }));
    else {
      if (before.naam !== after.naam) add('resultaatgebied', text('funding.diff.gebied-renamed', { code, before: before.naam, after: after.naam }));
      if (before.productCategorie !== after.productCategorie) {
        add('resultaatgebied', text('funding.diff.gebied-categorie', { code, before: before.productCategorie, after: after.productCategorie }));
      }
    }
  }

  // product codes and their tarieven, grouped over the gemeenten that changed alike
  const grouped = new Map<string, { code: string; kind: ContractChangeKind; say: (gemeenten: string) => Text; gemeenten: string[] }>();
  const group = (kind: ContractChangeKind, key: string, say: (gemeenten: string) => Text, gemeente: string) => {
    const entry = grouped.get(key) ?? { code: key.slice(1).split('|')[0]!, kind, say, gemeenten: [] };
    entry.gemeenten.push(gemeente);
    grouped.set(key, entry);
  };
  for (const g of gemeenten) {
    const codes = [...new Set([...from.products(g), ...to.products(g)].map((p) => p.productCode))].sort();
    for (const code of codes) {
      const [before, after] = [from.product(g, code), to.product(g, code)];
      if (!before) {
        const added = after!;
        group('product', `+${code}|${added.geldigVanaf}|${added.geldigTotEnMet}`, (gs) => text('funding.diff.product-added', { code, product: describe(added), period: period(added.geldigVanaf, added.geldigTotEnMet), gemeenten: gs }), g);
        continue;
      }
      if (!after) {
        group('product', `-${code}`, (gs) => text('funding.diff.product-removed', { code, product: describe(before), gemeenten: gs }), g);
        continue;
      }
      const [was, now] = [describe(before), describe(after)];
      if (was !== now) group('product', `~${code}|${was}|${now}`, (gs) => text('funding.diff.product-changed', { code, before: was, after: now, gemeenten: gs }), g);
      if (before.geldigVanaf !== after.geldigVanaf || before.geldigTotEnMet !== after.geldigTotEnMet) {
        const [b, a] = [period(before.geldigVanaf, before.geldigTotEnMet), period(after.geldigVanaf, after.geldigTotEnMet)];
        const k = `@${code}|${before.geldigVanaf}|${before.geldigTotEnMet}|${after.geldigVanaf}|${after.geldigTotEnMet}`;
        group('product', k, (gs) => text('funding.diff.product-period', { code, after: a, before: b, gemeenten: gs }), g);
      }
      for (const t of tariefChanges(from, to, g, code, before, after)) {
        const said = { code, period: period(t.vanaf, t.totEnMet), before: orNone(t.before), after: orNone(t.after) };
        group('tarief', `$${code}|${t.vanaf}|${t.totEnMet}|${t.before}|${t.after}`, (gs) => text('funding.diff.tarief', { ...said, gemeenten: gs }), g);
      }
    }
  }
  // by product code; within a code in the order found (Array.prototype.sort is stable)
  const byCode = [...grouped.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const { kind, say, gemeenten: gs } of byCode) add(kind, say(names(gs)));

  // contracts, grouped per aanbieder, gemeente and dates over the percelen
  const key = (c: Contract) => `${c.aanbieder}|${c.gemeente}|${c.perceel}|${c.vanaf}`;
  const before = new Map(from.allContracts().map((c) => [key(c), c]));
  const after = new Map(to.allContracts().map((c) => [key(c), c]));
  const contractGroups = new Map<string, { say: (percelen: string) => Text; percelen: string[] }>();
  const groupContract = (k: string, say: (percelen: string) => Text, perceel: string) => {
    const entry = contractGroups.get(k) ?? { say, percelen: [] };
    entry.percelen.push(perceel);
    contractGroups.set(k, entry);
  };
  for (const k of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const [b, a] = [before.get(k), after.get(k)];
    const c = (a ?? b)!;
    const who = `${c.aanbieder} ${c.naam}`;
    const gemeente = naam(c.gemeente);
    if (!b) groupContract(`+${c.aanbieder}|${c.gemeente}|${c.vanaf}|${c.totEnMet}`, (percelen) => text('funding.diff.contract-added', { who, percelen, gemeente, period: period(c.vanaf, c.totEnMet) }), c.perceel);
    else if (!a) groupContract(`-${c.aanbieder}|${c.gemeente}|${c.vanaf}|${c.totEnMet}`, (percelen) => text('funding.diff.contract-removed', { who, percelen, gemeente, period: period(c.vanaf, c.totEnMet) }), c.perceel);
    else if (b.totEnMet !== a.totEnMet) {
      const [ended, ends] = [b.totEnMet, a.totEnMet];
      const say = ends === null
        ? (percelen: string) => text('funding.diff.contract-open', { who, percelen, gemeente, before: ended ?? '' })
        : (percelen: string) => text('funding.diff.contract-ends', { who, percelen, gemeente, totEnMet: ends, before: ended ?? '' });
      groupContract(`>${c.aanbieder}|${c.gemeente}|${b.totEnMet}|${a.totEnMet}`, say, c.perceel);
    } else if (b.naam !== a.naam) groupContract(`n${c.aanbieder}|${b.naam}|${a.naam}`, () => text('funding.diff.aanbieder-renamed', { aanbieder: c.aanbieder, before: b.naam, after: a.naam }), c.perceel);
  }
  for (const { say, percelen } of contractGroups.values()) add('contract', say(percelen.join(', ')));

  // declaratiebeleid
  for (const g of gemeenten) {
    if (!from.covers(g) || !to.covers(g)) continue;
    const [b, a] = [from.declaratieBeleid(g).proratie, to.declaratieBeleid(g).proratie];
    if (b !== a) add('declaratiebeleid', text('funding.diff.beleid', { gemeente: naam(g), before: b, after: a }));
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
