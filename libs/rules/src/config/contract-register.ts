/**
 * The contract register the rules on external sources read: which product codes each
 * gemeente uses (a resultaatgebied on a trede, with its ProductCategorie and ProductCode;
 * TR381), the all-in tarief per calendar month of each code with the dates it applies
 * from (TR418; a tarief can be changed from a date in the past), and which aanbieders are
 * contracted for which perceel (resultaatgebied) in which gemeente.
 *
 * Made from the register's JSON (format: docs/contracts.md; illustrative H4 defaults:
 * config/h4-contracts.json), validated as a whole: every problem is reported at once. The
 * rules do no I/O: the file is read in libs/funding (contract-register-file.ts) and the
 * versions in the database by the ContractRegisterStore.
 * The in-memory register is immutable; lookups are by gemeente, product code, aanbieder
 * and date.
 */
import { render, text, type Said, type Text } from '@lib/i18n';

/** A resultaatgebied; it is also the perceel aanbieders are contracted for. */
export interface Resultaatgebied {
  readonly code: string;
  readonly naam: string;
  /** WMO020 ProductCategorie of its product codes, e.g. 01 (ORH) or 02 (begeleiding) */
  readonly productCategorie: string;
}

/** One all-in tarief of a product code in one gemeente, from `vanaf` until the next one starts (or the code ends). */
export interface Tarief {
  readonly vanaf: string;
  /** the day before the next tarief, the code's last day, or null (open) */
  readonly totEnMet: string | null;
  /** eurocents per calendar month */
  readonly tariefPerMaand: number;
}

/** A product code as one gemeente uses it. */
export interface RegisteredProduct {
  readonly gemeente: string;
  readonly productCode: string;
  readonly productCategorie: string;
  readonly resultaatgebied: Resultaatgebied;
  readonly trede: number;
  readonly omschrijving: string | null;
  readonly geldigVanaf: string;
  readonly geldigTotEnMet: string | null;
  /** in date order */
  readonly tarieven: readonly Tarief[];
}

/** An aanbieder's contract for one perceel in one gemeente. */
export interface Contract {
  readonly aanbieder: string;
  readonly naam: string;
  readonly gemeente: string;
  /** a Resultaatgebied code */
  readonly perceel: string;
  readonly vanaf: string;
  readonly totEnMet: string | null;
}

/**
 * How a gemeente wants a month declared that the toewijzing covers only in part (the all-in tarief is per
 * calendar month): `kalenderdagen` (the default) pays the tarief x days delivered / days in the month;
 * `volle-maand` pays the whole tarief for any month with at least one day delivered.
 */
export type Proratie = 'kalenderdagen' | 'volle-maand';
export const PRORATIES: readonly Proratie[] = ['kalenderdagen', 'volle-maand'];

/** A gemeente's choices for declaraties built by the gateway (docs/contracts.md). */
export interface DeclaratieBeleid {
  readonly proratie: Proratie;
}

export const DEFAULT_DECLARATIE_BELEID: DeclaratieBeleid = { proratie: 'kalenderdagen' };

/** Problems one under the other, each on a line of its own starting with "  - ", said in the reader's language. */
export const bulleted = (problems: readonly Text[]): Text | string =>
  problems.map((item) => text('funding.bullet', { item })).reduce<Text | string>((list, item) => (list === '' ? item : text('funding.lines', { list, item })), '');

/** A problem at a place in a document or request: "where: what is wrong". */
export const problemAt = (where: string, problem: Text): Text => text('funding.at', { where, problem });

/**
 * Every problem of a register file, one line each with where it is (catalogue texts, `text` says
 * them all). `source` names the file, or says which register it is.
 */
export class ContractRegisterError extends Error implements Said {
  override name = 'ContractRegisterError';
  readonly text: Text;
  constructor(
    readonly source: string | Text,
    readonly problems: readonly Text[],
  ) {
    const said = text('funding.register.invalid', { source, problems: bulleted(problems) });
    super(render(said));
    this.text = said;
  }
}

/** True when the date (YYYY-MM-DD) lies in [vanaf, totEnMet]; an empty totEnMet is open. */
export const within = (date: string, vanaf: string, totEnMet: string | null): boolean => date >= vanaf && (totEnMet === null || date <= totEnMet);

export class ContractRegister {
  private constructor(
    /** true for the illustrative defaults: not the real contract */
    readonly illustrative: boolean,
    private readonly gemeenteNamen: ReadonlyMap<string, string>,
    private readonly gebieden: ReadonlyMap<string, Resultaatgebied>,
    private readonly byProduct: ReadonlyMap<string, RegisteredProduct>,
    private readonly byAanbieder: ReadonlyMap<string, readonly Contract[]>,
    private readonly beleid: ReadonlyMap<string, DeclaratieBeleid> = new Map(),
  ) {}

  /** A register without gemeenten: TR381 and TR418 then check nothing. */
  static empty(): ContractRegister {
    return new ContractRegister(false, new Map(), new Map(), new Map(), new Map());
  }

  /** Validates a parsed register file; throws ContractRegisterError listing every problem. */
  static fromJson(input: unknown, source: string | Text = text('funding.register.source.default')): ContractRegister {
    const parsed = parseRegister(input, source);
    return new ContractRegister(parsed.illustrative, parsed.gemeenten, parsed.gebieden, parsed.byProduct, parsed.byAanbieder, parsed.beleid);
  }

  /** Whether the register describes this gemeente (CBS code); rules skip gemeenten it does not describe. */
  covers(gemeente: string): boolean {
    return this.gemeenteNamen.has(gemeente);
  }

  gemeenten(): ReadonlyArray<{ code: string; naam: string }> {
    return [...this.gemeenteNamen].map(([code, naam]) => ({ code, naam })).sort((a, b) => a.code.localeCompare(b.code));
  }

  gemeenteNaam(gemeente: string): string | undefined {
    return this.gemeenteNamen.get(gemeente);
  }

  /** The gemeente's declaratie choices; the default where the register names none. */
  declaratieBeleid(gemeente: string): DeclaratieBeleid {
    return this.beleid.get(gemeente) ?? DEFAULT_DECLARATIE_BELEID;
  }

  resultaatgebieden(): readonly Resultaatgebied[] {
    return [...this.gebieden.values()];
  }

  resultaatgebied(code: string): Resultaatgebied | undefined {
    return this.gebieden.get(code);
  }

  /** The product code as the gemeente uses it, whatever the date; see validOn for the date. */
  product(gemeente: string, productCode: string): RegisteredProduct | undefined {
    return this.byProduct.get(key(gemeente, productCode));
  }

  /** The gemeente's product codes, all or those valid on a date, in code order. */
  products(gemeente: string, date?: string): readonly RegisteredProduct[] {
    return [...this.byProduct.values()]
      .filter((p) => p.gemeente === gemeente && (date === undefined || validOn(p, date)))
      .sort((a, b) => a.productCode.localeCompare(b.productCode));
  }

  /** The all-in tarief per month (eurocents) of the code in the gemeente on the date, if the code is valid then. */
  tarief(gemeente: string, productCode: string, date: string): number | undefined {
    const product = this.product(gemeente, productCode);
    if (!product || !validOn(product, date)) return undefined;
    return product.tarieven.find((t) => within(date, t.vanaf, t.totEnMet))?.tariefPerMaand;
  }

  /** The aanbieder's contract for the perceel in the gemeente on the date, if any. */
  contract(gemeente: string, aanbieder: string, perceel: string, date: string): Contract | undefined {
    return this.byAanbieder.get(aanbieder)?.find((c) => c.gemeente === gemeente && c.perceel === perceel && within(date, c.vanaf, c.totEnMet));
  }

  /** The aanbieder's contracts, all or those running on a date. */
  contracts(aanbieder: string, date?: string): readonly Contract[] {
    return (this.byAanbieder.get(aanbieder) ?? []).filter((c) => date === undefined || within(date, c.vanaf, c.totEnMet));
  }

  /** Every contract of every aanbieder, one per gemeente and perceel, by aanbieder, gemeente, perceel and date. */
  allContracts(): readonly Contract[] {
    return [...this.byAanbieder.values()]
      .flat()
      .sort((a, b) => a.aanbieder.localeCompare(b.aanbieder) || a.gemeente.localeCompare(b.gemeente) || a.perceel.localeCompare(b.perceel) || a.vanaf.localeCompare(b.vanaf));
  }
}

/** Whether a product code may be used on the date. */
export const validOn = (product: RegisteredProduct, date: string): boolean => within(date, product.geldigVanaf, product.geldigTotEnMet);

// ------------------------------------------------------------------ validation

const key = (gemeente: string, productCode: string) => `${gemeente}|${productCode}`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GEMEENTE = /^\d{4}$/;
const AGB = /^\d{8}$/;
/** WMO020 */
const PRODUCT_CATEGORIEEN = new Set(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18']);
/** LDT_ProductCode: 1 to 5 characters; the register keeps to letters and digits */
const PRODUCT_CODE = /^[A-Za-z0-9]{1,5}$/;
const GEBIED_CODE = /^[A-Z][A-Z0-9_]{0,19}$/;

function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === value;
}

const dayBefore = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects problems while reading; every reader returns a usable value so that reading goes on. */
class Reader {
  readonly problems: Text[] = [];

  problem(at: string, problem: Text): void {
    this.problems.push(problemAt(at, problem));
  }

  object(value: unknown, at: string, known: readonly string[]): Record<string, unknown> {
    if (!isObject(value)) {
      this.problem(at, text('funding.register.must-be-object'));
      return {};
    }
    for (const name of Object.keys(value)) {
      if (!known.includes(name) && !name.startsWith('$')) this.problem(at, text('funding.register.unknown-field', { name, known: known.join(', ') }));
    }
    return value;
  }

  array(value: unknown, at: string, { nonEmpty = true } = {}): unknown[] {
    if (!Array.isArray(value)) {
      this.problem(at, text('funding.register.must-be-list'));
      return [];
    }
    if (nonEmpty && value.length === 0) this.problem(at, text('funding.register.must-not-be-empty'));
    return value;
  }

  /** A non-empty text; with a pattern, one that `what` describes. */
  text(value: unknown, at: string, pattern?: RegExp, what: Text = text('funding.register.what.text')): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(at, text('funding.register.must-be', { what }));
      return '';
    }
    if (pattern && !pattern.test(value)) this.problem(at, text('funding.register.invalid-value', { value: `"${value}"`, what }));
    return value;
  }

  date(value: unknown, at: string): string {
    if (!isDate(value)) {
      this.problem(at, text('funding.register.not-a-date', { value: String(JSON.stringify(value)) }));
      return '';
    }
    return value;
  }

  optionalDate(value: unknown, at: string): string | null {
    return value === undefined || value === null ? null : this.date(value, at);
  }

  positiveInteger(value: unknown, at: string, what: Text): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      this.problem(at, text('funding.register.invalid-value', { value: String(JSON.stringify(value)), what }));
      return 0;
    }
    return value;
  }

  period(vanaf: string, totEnMet: string | null, at: string): void {
    if (vanaf && totEnMet && totEnMet < vanaf) this.problem(at, text('funding.register.ends-before-start', { vanaf, totEnMet }));
  }
}

interface ParsedRegister {
  illustrative: boolean;
  gemeenten: ReadonlyMap<string, string>;
  gebieden: ReadonlyMap<string, Resultaatgebied>;
  byProduct: ReadonlyMap<string, RegisteredProduct>;
  byAanbieder: ReadonlyMap<string, readonly Contract[]>;
  beleid: ReadonlyMap<string, DeclaratieBeleid>;
}

function parseRegister(input: unknown, source: string | Text): ParsedRegister {
  const r = new Reader();
  const root = r.object(input, '(root)', ['illustrative', 'description', 'gemeenten', 'declaratiebeleid', 'resultaatgebieden', 'producten', 'contracten']);

  if (typeof root.illustrative !== 'boolean') r.problem('illustrative', text('funding.register.illustrative'));
  const illustrative = root.illustrative === true;

  // gemeenten maps CBS code to name
  const gemeenten = new Map<string, string>();
  if (!isObject(root.gemeenten)) r.problem('gemeenten', text('funding.register.gemeenten-object'));
  for (const [code, naam] of Object.entries(isObject(root.gemeenten) ? root.gemeenten : {})) {
    if (code.startsWith('$')) continue;
    if (!GEMEENTE.test(code)) r.problem(`gemeenten.${code}`, text('funding.register.gemeente-key'));
    gemeenten.set(code, r.text(naam, `gemeenten.${code}`, undefined, text('funding.register.what.gemeente-naam')));
  }
  if (isObject(root.gemeenten) && gemeenten.size === 0) r.problem('gemeenten', text('funding.register.no-gemeente'));
  const gemeenteList = (value: unknown, at: string): string[] =>
    r.array(value, at).map((g, i) => {
      const code = r.text(g, `${at}[${i}]`, GEMEENTE, text('funding.register.what.gemeentecode'));
      if (code && GEMEENTE.test(code) && !gemeenten.has(code)) r.problem(`${at}[${i}]`, text('funding.register.gemeente-not-listed', { gemeente: code }));
      return code;
    });

  // declaratiebeleid maps CBS code to the gemeente's choices; gemeenten not named get the default
  const beleid = new Map<string, DeclaratieBeleid>();
  if (root.declaratiebeleid !== undefined && !isObject(root.declaratiebeleid)) r.problem('declaratiebeleid', text('funding.register.beleid-object'));
  for (const [code, value] of Object.entries(isObject(root.declaratiebeleid) ? root.declaratiebeleid : {})) {
    if (code.startsWith('$')) continue;
    const at = `declaratiebeleid.${code}`;
    if (!gemeenten.has(code)) r.problem(at, text('funding.register.gemeente-not-listed', { gemeente: code }));
    const o = r.object(value, at, ['proratie']);
    const proratie = o.proratie ?? DEFAULT_DECLARATIE_BELEID.proratie;
    if (!PRORATIES.includes(proratie as Proratie)) r.problem(`${at}.proratie`, text('funding.register.not-one-of', { value: String(JSON.stringify(proratie)), options: PRORATIES.join(', ') }));
    beleid.set(code, { proratie: proratie as Proratie });
  }

  const gebieden = new Map<string, Resultaatgebied>();
  r.array(root.resultaatgebieden, 'resultaatgebieden').forEach((value, i) => {
    const at = `resultaatgebieden[${i}]`;
    const o = r.object(value, at, ['code', 'naam', 'productCategorie']);
    const code = r.text(o.code, `${at}.code`, GEBIED_CODE, text('funding.register.what.gebied-code'));
    const gebied: Resultaatgebied = {
      code,
      naam: r.text(o.naam, `${at}.naam`),
      productCategorie: r.text(o.productCategorie, `${at}.productCategorie`, /^\d{2}$/, text('funding.register.what.categorie')),
    };
    if (gebied.productCategorie && !PRODUCT_CATEGORIEEN.has(gebied.productCategorie)) r.problem(`${at}.productCategorie`, text('funding.register.categorie-not-in-wmo020', { categorie: gebied.productCategorie }));
    if (code && gebieden.has(code)) r.problem(`${at}.code`, text('funding.register.gebied-twice', { code }));
    gebieden.set(code, gebied);
  });

  const byProduct = new Map<string, RegisteredProduct>();
  r.array(root.producten, 'producten').forEach((value, i) => {
    const o = r.object(value, `producten[${i}]`, ['productCode', 'resultaatgebied', 'trede', 'gemeenten', 'geldigVanaf', 'geldigTotEnMet', 'tarieven', 'omschrijving']);
    const productCode = r.text(o.productCode, `producten[${i}].productCode`, PRODUCT_CODE, text('funding.register.what.product-code'));
    const at = productCode ? `producten[${i}] (${productCode})` : `producten[${i}]`;
    const gebiedCode = r.text(o.resultaatgebied, `${at}.resultaatgebied`);
    const gebied = gebieden.get(gebiedCode);
    if (gebiedCode && !gebied) r.problem(`${at}.resultaatgebied`, text('funding.register.gebied-not-listed', { code: gebiedCode }));
    const trede = r.positiveInteger(o.trede, `${at}.trede`, text('funding.register.what.trede'));
    const omschrijving = o.omschrijving === undefined ? null : r.text(o.omschrijving, `${at}.omschrijving`);
    const geldigVanaf = r.date(o.geldigVanaf, `${at}.geldigVanaf`);
    const geldigTotEnMet = r.optionalDate(o.geldigTotEnMet, `${at}.geldigTotEnMet`);
    r.period(geldigVanaf, geldigTotEnMet, at);
    if (productCode && gebied && !productCode.startsWith(gebied.productCategorie)) {
      r.problem(`${at}.productCode`, text('funding.register.code-categorie', { categorie: gebied.productCategorie, gebied: gebied.code }));
    }
    const productGemeenten = gemeenteList(o.gemeenten, `${at}.gemeenten`);

    // tarieven, each for all of the product's gemeenten unless it names some
    const tariefEntries = r.array(o.tarieven, `${at}.tarieven`).map((t, j) => {
      const tAt = `${at}.tarieven[${j}]`;
      const to = r.object(t, tAt, ['vanaf', 'tariefPerMaand', 'gemeenten']);
      const vanaf = r.date(to.vanaf, `${tAt}.vanaf`);
      const tariefPerMaand = r.positiveInteger(to.tariefPerMaand, `${tAt}.tariefPerMaand`, text('funding.register.what.eurocents'));
      const voor = to.gemeenten === undefined ? productGemeenten : gemeenteList(to.gemeenten, `${tAt}.gemeenten`);
      for (const g of voor) if (g && !productGemeenten.includes(g)) r.problem(`${tAt}.gemeenten`, text('funding.register.gemeente-does-not-use', { gemeente: g, productCode }));
      if (vanaf && geldigTotEnMet && vanaf > geldigTotEnMet) r.problem(`${tAt}.vanaf`, text('funding.register.tarief-after-code', { vanaf, totEnMet: geldigTotEnMet }));
      return { vanaf, tariefPerMaand, voor, at: tAt };
    });

    for (const gemeente of productGemeenten) {
      if (!gemeente) continue;
      const mine = tariefEntries.filter((t) => t.voor.includes(gemeente) && t.vanaf).sort((a, b) => a.vanaf.localeCompare(b.vanaf));
      for (let k = 1; k < mine.length; k++) {
        if (mine[k]!.vanaf === mine[k - 1]!.vanaf) r.problem(mine[k]!.at, text('funding.register.second-tarief', { vanaf: mine[k]!.vanaf, gemeente }));
      }
      if (geldigVanaf && mine.length > 0 && mine[0]!.vanaf > geldigVanaf) {
        r.problem(`${at}.tarieven`, text('funding.register.tarief-gap', { gemeente, vanaf: geldigVanaf, totEnMet: dayBefore(mine[0]!.vanaf) }));
      }
      if (mine.length === 0 && tariefEntries.length > 0) r.problem(`${at}.tarieven`, text('funding.register.no-tarief', { gemeente }));
      const tarieven: Tarief[] = mine.map((t, k) => ({
        vanaf: t.vanaf,
        totEnMet: k + 1 < mine.length ? dayBefore(mine[k + 1]!.vanaf) : geldigTotEnMet,
        tariefPerMaand: t.tariefPerMaand,
      }));
      const k = key(gemeente, productCode);
      if (productCode && byProduct.has(k)) r.problem(`${at}.productCode`, text('funding.register.code-twice', { productCode, gemeente }));
      if (gebied) {
        byProduct.set(k, { gemeente, productCode, productCategorie: gebied.productCategorie, resultaatgebied: gebied, trede, omschrijving, geldigVanaf, geldigTotEnMet, tarieven });
      }
    }
  });

  const byAanbieder = new Map<string, Contract[]>();
  r.array(root.contracten, 'contracten', { nonEmpty: false }).forEach((value, i) => {
    const o = r.object(value, `contracten[${i}]`, ['aanbieder', 'naam', 'gemeenten', 'percelen', 'vanaf', 'totEnMet']);
    const aanbieder = r.text(o.aanbieder, `contracten[${i}].aanbieder`, AGB, text('funding.register.what.agb'));
    const at = AGB.test(aanbieder) ? `contracten[${i}] (${aanbieder})` : `contracten[${i}]`;
    const naam = r.text(o.naam, `${at}.naam`);
    const vanaf = r.date(o.vanaf, `${at}.vanaf`);
    const totEnMet = r.optionalDate(o.totEnMet, `${at}.totEnMet`);
    r.period(vanaf, totEnMet, at);
    const contractGemeenten = gemeenteList(o.gemeenten, `${at}.gemeenten`);
    const percelen = r.array(o.percelen, `${at}.percelen`).map((p, j) => {
      const perceel = r.text(p, `${at}.percelen[${j}]`);
      if (perceel && !gebieden.has(perceel)) r.problem(`${at}.percelen[${j}]`, text('funding.register.gebied-not-listed', { code: perceel }));
      return perceel;
    });
    const list = byAanbieder.get(aanbieder) ?? [];
    for (const gemeente of contractGemeenten) {
      for (const perceel of percelen) {
        const overlapping = list.find((c) => c.gemeente === gemeente && c.perceel === perceel && overlaps(c, vanaf, totEnMet));
        if (overlapping) r.problem(at, text('funding.register.contract-overlap', { aanbieder, perceel, gemeente, vanaf: overlapping.vanaf }));
        list.push({ aanbieder, naam, gemeente, perceel, vanaf, totEnMet });
      }
    }
    byAanbieder.set(aanbieder, list);
  });

  if (r.problems.length > 0) throw new ContractRegisterError(source, r.problems);
  return { illustrative, gemeenten, gebieden, byProduct, byAanbieder, beleid };
}

const overlaps = (c: Contract, vanaf: string, totEnMet: string | null): boolean =>
  (totEnMet === null || c.vanaf <= totEnMet) && (c.totEnMet === null || vanaf <= c.totEnMet);
