/**
 * The changes the contractteam makes to the contract register, each a pure function from the
 * current register document (format: docs/contracts.md) to the next one. They change only what
 * they name and leave the rest of the document as it was (comments, order); the store then
 * validates the whole result with ContractRegister.fromJson, so a change that would make the
 * register invalid is refused with every problem listed.
 */
import { text, type Text } from '@lib/i18n';
import { PRORATIES, problemAt, type Proratie } from '@lib/rules';
import { ContractChangeRefused } from './errors';

/** A register document as stored: the JSON of docs/contracts.md. */
export type RegisterDocument = Record<string, unknown>;

interface TariefEntry {
  vanaf: string;
  tariefPerMaand: number;
  gemeenten?: string[];
  [extra: string]: unknown;
}
interface ProductEntry {
  productCode: string;
  gemeenten: string[];
  geldigVanaf: string;
  geldigTotEnMet?: string | null;
  tarieven: TariefEntry[];
  [extra: string]: unknown;
}
interface ContractEntry {
  aanbieder: string;
  naam: string;
  gemeenten: string[];
  percelen: string[];
  vanaf: string;
  totEnMet?: string | null;
  [extra: string]: unknown;
}

/** A new all-in tarief for a product code from a date, which may lie in the past (a retroactive raise). */
export interface SetTarief {
  productCode: string;
  /** first day the tarief applies (YYYY-MM-DD) */
  vanaf: string;
  /** eurocents per calendar month */
  tariefPerMaand: number;
  /** only these gemeenten (CBS codes); default: every gemeente that uses the code */
  gemeenten?: readonly string[];
}

/** A contract of an aanbieder for percelen (resultaatgebieden) in gemeenten. */
export interface AddContract {
  aanbieder: string;
  /** the aanbieder's name; default: the name its other contracts give */
  naam?: string;
  gemeenten: readonly string[];
  percelen: readonly string[];
  vanaf: string;
  totEnMet?: string | null;
}

/** Ends an aanbieder's running contracts on a date (their last day), all of them or some gemeenten or percelen. */
export interface EndContract {
  aanbieder: string;
  totEnMet: string;
  gemeenten?: readonly string[];
  percelen?: readonly string[];
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const copy = (document: RegisterDocument): RegisterDocument => structuredClone(document);
const refuseIf = (problems: Text[]) => {
  if (problems.length > 0) throw new ContractChangeRefused(problems);
};

/**
 * From `vanaf` the code's tarief is `tariefPerMaand` in the gemeenten named (all that use it by
 * default), until a later tarief of the register starts; a tarief from the same day is replaced.
 * Months already declared are then corrected by the aanbieder (credit the old prestatie, declare
 * it again at the new tarief; docs/contracts.md).
 */
export function setTarief(document: RegisterDocument, change: SetTarief): RegisterDocument {
  const next = copy(document);
  const problems: Text[] = [];
  const products = list<ProductEntry>(next.producten).filter((p) => p.productCode === change.productCode);
  if (products.length === 0) {
    const known = [...new Set(list<ProductEntry>(next.producten).map((p) => p.productCode))].sort();
    refuseIf([problemAt('productCode', text('funding.contracts.unknown-code', { productCode: change.productCode, known: known.join(', ') }))]);
  }
  const using = new Set(products.flatMap((p) => p.gemeenten));
  for (const gemeente of change.gemeenten ?? []) {
    if (!using.has(gemeente)) problems.push(problemAt('gemeenten', text('funding.contracts.gemeente-does-not-use', { gemeente, productCode: change.productCode, usedBy: [...using].sort().join(', ') })));
  }
  for (const product of products) {
    const target = product.gemeenten.filter((g) => change.gemeenten === undefined || change.gemeenten.includes(g));
    if (target.length === 0) continue;
    if (change.vanaf < product.geldigVanaf) {
      problems.push(problemAt('vanaf', text('funding.contracts.tarief-before-code', { vanaf: change.vanaf, productCode: change.productCode, geldigVanaf: product.geldigVanaf })));
    }
    // The target gemeenten leave any tarief from the same day; the others keep it.
    product.tarieven = product.tarieven.flatMap((t) => {
      if (t.vanaf !== change.vanaf) return [t];
      const rest = (t.gemeenten ?? product.gemeenten).filter((g) => !target.includes(g));
      return rest.length === 0 ? [] : [{ ...t, gemeenten: rest }];
    });
    const forAll = target.length === product.gemeenten.length;
    product.tarieven.push({ vanaf: change.vanaf, tariefPerMaand: change.tariefPerMaand, ...(forAll ? {} : { gemeenten: target }) });
    product.tarieven.sort((a, b) => a.vanaf.localeCompare(b.vanaf));
  }
  refuseIf(problems);
  return next;
}

/** Adds a contract; the register's validation refuses one that overlaps a contract of the same aanbieder for the same perceel and gemeente. */
export function addContract(document: RegisterDocument, change: AddContract): RegisterDocument {
  const next = copy(document);
  const contracten = list<ContractEntry>(next.contracten);
  const naam = change.naam ?? contracten.find((c) => c.aanbieder === change.aanbieder)?.naam;
  refuseIf(naam ? [] : [problemAt('naam', text('funding.contracts.naam-needed', { aanbieder: change.aanbieder }))]);
  next.contracten = [
    ...contracten,
    { aanbieder: change.aanbieder, naam, gemeenten: [...change.gemeenten], percelen: [...change.percelen], vanaf: change.vanaf, totEnMet: change.totEnMet ?? null },
  ];
  return next;
}

/**
 * Gives the aanbieder's contracts that run on `totEnMet` or later that day as their last day, for
 * the gemeenten and percelen named (all by default). A contract entry that covers more gemeenten
 * or percelen than named is split: the part named ends, the rest runs on as it was.
 */
export function endContract(document: RegisterDocument, change: EndContract): RegisterDocument {
  const next = copy(document);
  const problems: Text[] = [];
  const inGemeente = (g: string) => change.gemeenten === undefined || change.gemeenten.includes(g);
  const inPerceel = (p: string) => change.percelen === undefined || change.percelen.includes(p);
  let ended = 0;
  const contracten = list<ContractEntry>(next.contracten).flatMap((c, i): ContractEntry[] => {
    if (c.aanbieder !== change.aanbieder) return [c];
    const gemeenten = c.gemeenten.filter(inGemeente);
    const percelen = c.percelen.filter(inPerceel);
    if (gemeenten.length === 0 || percelen.length === 0) return [c];
    const totEnMet = c.totEnMet ?? null;
    if (totEnMet !== null && totEnMet <= change.totEnMet) return [c];
    if (c.vanaf > change.totEnMet) {
      problems.push(text('funding.contracts.ends-before-start', { index: i, aanbieder: c.aanbieder, vanaf: c.vanaf, totEnMet: change.totEnMet }));
      return [c];
    }
    ended++;
    const rest: ContractEntry[] = [];
    const otherGemeenten = c.gemeenten.filter((g) => !inGemeente(g));
    const otherPercelen = c.percelen.filter((p) => !inPerceel(p));
    if (otherGemeenten.length > 0) rest.push({ ...c, gemeenten: otherGemeenten });
    if (otherPercelen.length > 0) rest.push({ ...c, gemeenten, percelen: otherPercelen });
    return [...rest, { ...c, gemeenten, percelen, totEnMet: change.totEnMet }];
  });
  if (ended === 0 && problems.length === 0) {
    problems.push(text('funding.contracts.nothing-to-end', {
      aanbieder: change.aanbieder, totEnMet: change.totEnMet, percelen: change.percelen?.join(', ') ?? '', gemeenten: change.gemeenten?.join(', ') ?? '',
    }));
  }
  refuseIf(problems);
  next.contracten = contracten;
  return next;
}

/** Sets how the gemeente wants a month declared that the toewijzing covers only in part. */
export function setDeclaratieBeleid(document: RegisterDocument, gemeente: string, beleid: { proratie: Proratie }): RegisterDocument {
  const next = copy(document);
  const gemeenten = (next.gemeenten ?? {}) as Record<string, unknown>;
  refuseIf([
    ...(Object.hasOwn(gemeenten, gemeente) ? [] : [text('funding.contracts.gemeente-not-in-register', { gemeente, known: Object.keys(gemeenten).filter((g) => !g.startsWith('$')).sort().join(', ') })]),
    ...(PRORATIES.includes(beleid.proratie) ? [] : [problemAt('proratie', text('funding.register.not-one-of', { value: String(JSON.stringify(beleid.proratie)), options: PRORATIES.join(', ') }))]),
  ]);
  const current = typeof next.declaratiebeleid === 'object' && next.declaratiebeleid !== null ? (next.declaratiebeleid as Record<string, unknown>) : {};
  next.declaratiebeleid = { ...current, [gemeente]: { ...(current[gemeente] as object | undefined), proratie: beleid.proratie } };
  return next;
}
