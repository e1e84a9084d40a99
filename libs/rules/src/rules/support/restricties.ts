/**
 * Shared machinery for the restricties (RS001 ... RS048) and the xslt-level technical rules
 * (TR002 ... TR416): a walker that finds every element of given data types in the typed
 * message with its path and the message class it belongs to in the retourbericht, value
 * checks for those data types, and the comparisons the TRs share (dates, product overlap,
 * duplicate keys). Everything here is a pure function of the parsed message and the
 * project's schema model; nothing is cached per message.
 *
 * The restricties are attached to data types (the third column of the standard's table
 * "CD_CS_RS_per_dataelement" names each element as Element_Datatype, e.g.
 * Bsn_BurgerServicenummer), so a restrictie is checked on every element of its data types in
 * the messages the standard lists for it.
 */
import { MESSAGE_TYPES, type MessageCode, type ParsedMessage, type Wmo323Prestatie, type Wmo325Prestatie } from '@lib/iwmo';
import { rootType, simpleType, type ResolvedChild, type ResolvedComplexType } from '@lib/iwmo';
import type { ElementDef } from '@lib/iwmo';
import { text, type Text } from '@lib/i18n';
import type { Finding, Rule } from '../../rule';
import { isCalendarDate } from '../../calendar';

/** Restricties and xslt rules all answer with 0001 (Bericht is afgekeurd om technische redenen). */
export const TECHNICAL_RETOURCODE = '0001';

/** The seven retourberichten: where the catalogue lists `retour` for a restrictie. */
export const RETOUR_MESSAGES: readonly MessageCode[] = ['WMO302', 'WMO306', 'WMO308', 'WMO316', 'WMO318', 'WMO320', 'WMO325'];

// ---------------------------------------------------------------- walking the message

/** What a check needs to know of an element besides its value: its name and data type. */
export interface ElementInfo {
  /** the element's name */
  readonly name: string;
  /** the element's declared data type (LDT_*, CDT_* or a message's own complex type) */
  readonly type: string;
}

/** Where an element is: its path and the message class it belongs to in the retourbericht. */
export interface Located {
  /** element path with a position on every repeating element, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum */
  readonly path: string;
  /** the message class the element belongs to in the retourbericht, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2] */
  readonly classPath: string;
}

/** One element of the message as the walker found it. */
export interface ElementAt extends ElementInfo, Located {
  /** a leaf's lexical value; for a composite element the object of its children */
  readonly value: unknown;
  /** true for an element that holds a value (a simple type) */
  readonly leaf: boolean;
}

/**
 * Called for every element a walk accepts, in document order. `locate` builds the element's
 * paths on demand (only a finding needs them, so a clean 25 MB declaratie builds none); it is
 * valid only during the call.
 */
export type ElementVisitor = (element: ElementInfo, value: unknown, leaf: boolean, locate: () => Located) => void;

/** What a walk visits and where it may skip whole subtrees. */
interface WalkPlan {
  accept(decl: ElementDef, child: ResolvedChild): boolean;
  descend(type: ResolvedComplexType): boolean;
}

/**
 * The classes of a declaratie (323): the 325 answers per Prestatie (the prestatie is
 * rejected, the rest of the declaratie stands) and per Client; a finding anywhere else in
 * the Declaratie rejects the declaratie as a whole.
 */
const CLASSES_323 = new Set(['Header', 'Declaratie', 'Client', 'Prestatie']);

/**
 * The type tree that tells which elements are classes: for a heenbericht the retourbericht
 * that answers it (a class is an element that carries RetourCodes there), for a retourbericht
 * the message itself. The 323 is answered by the 325, which is not a copy of it: see CLASSES_323.
 */
function classTree(code: MessageCode): ResolvedComplexType | undefined {
  if (code === 'WMO323') return undefined;
  const type = MESSAGE_TYPES[code];
  return rootType(type.kind === 'heen' ? type.pair : code);
}

/** Where a finding outside every class belongs. */
const HEADER_CLASS = '/Bericht/Header';

/** Walks the typed message along its schema, in document order. */
function walk(message: ParsedMessage, plan: WalkPlan, visitor: ElementVisitor): void {
  const code = message.code;
  const steps = ['', 'Bericht'];
  let classDepth = 0;
  const locate = (): Located => ({ path: steps.join('/'), classPath: classDepth === 0 ? HEADER_CLASS : steps.slice(0, classDepth).join('/') });
  const visit = (value: Record<string, unknown>, type: ResolvedComplexType, cursor: ResolvedComplexType | null | undefined): void => {
    for (const decl of type.elements) {
      const raw = value[decl.name];
      if (raw === undefined) continue;
      const child = type.children.get(decl.name)!;
      const accepted = plan.accept(decl, child);
      const descend = child.type !== null && plan.descend(child.type);
      if (!accepted && !descend) continue;
      const nextCursor = cursor?.children.get(decl.name)?.type;
      const isClass = child.type !== null && (code === 'WMO323' ? CLASSES_323.has(decl.name) : nextCursor?.children.has('RetourCodes') === true);
      const repeats = decl.maxOccurs === 'unbounded';
      const items: readonly unknown[] = repeats && Array.isArray(raw) ? raw : [raw];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        steps.push(repeats ? `${decl.name}[${i + 1}]` : decl.name);
        const outer = classDepth;
        if (isClass) classDepth = steps.length;
        if (accepted) visitor(decl, item, child.type === null, locate);
        if (descend && item !== null && typeof item === 'object') visit(item as Record<string, unknown>, child.type!, nextCursor);
        classDepth = outer;
        steps.pop();
      }
    }
  };
  visit(message.bericht as unknown as Record<string, unknown>, rootType(code), classTree(code));
}

/** A plan that visits the elements of the given data types and skips subtrees that cannot hold one. */
function typePlan(types: readonly string[]): WalkPlan {
  const wanted = new Set(types);
  const holds = new WeakMap<ResolvedComplexType, boolean>();
  const contains = (type: ResolvedComplexType): boolean => {
    const known = holds.get(type);
    if (known !== undefined) return known;
    const result = type.elements.some((decl) => {
      if (wanted.has(decl.type)) return true;
      const child = type.children.get(decl.name)?.type;
      return child ? contains(child) : false;
    });
    holds.set(type, result);
    return result;
  };
  return { accept: (decl) => wanted.has(decl.type), descend: contains };
}

const plans = new Map<string, WalkPlan>();

function planFor(types: readonly string[]): WalkPlan {
  const key = [...types].sort().join(',');
  let plan = plans.get(key);
  if (!plan) plans.set(key, (plan = typePlan(types)));
  return plan;
}

const EVERY_ELEMENT: WalkPlan = { accept: () => true, descend: () => true };

/** Visits every element of the given data types in the message, in document order. */
export function visitElementsOfType(message: ParsedMessage, types: readonly string[], visitor: ElementVisitor): void {
  walk(message, planFor(types), visitor);
}

/** Visits every element of the message (values and composites), in document order. */
export function visitAllElements(message: ParsedMessage, visitor: ElementVisitor): void {
  walk(message, EVERY_ELEMENT, visitor);
}

const collect = (out: ElementAt[]): ElementVisitor => (element, value, leaf, locate) => {
  out.push({ ...locate(), name: element.name, type: element.type, value, leaf });
};

/** Every element of the given data types in the message, in document order. */
export function elementsOfType(message: ParsedMessage, types: readonly string[]): ElementAt[] {
  const out: ElementAt[] = [];
  visitElementsOfType(message, types, collect(out));
  return out;
}

/** Every element of the message (values and composites), in document order. */
export function allElements(message: ParsedMessage): ElementAt[] {
  const out: ElementAt[] = [];
  visitAllElements(message, collect(out));
  return out;
}

/** The element's path below its class, for messages: BerichtIdentificatie/Identificatie. */
export function elementLabel(element: Located): string {
  return element.path.startsWith(`${element.classPath}/`) ? element.path.slice(element.classPath.length + 1) : element.path;
}

/** A value as it is shown in a message: quoted, control characters visible, long text cut. */
export function shownValue(value: string): string {
  const cut = [...value].length > 60 ? `${[...value].slice(0, 57).join('')}...` : value;
  return JSON.stringify(cut);
}

/**
 * A finding of a restrictie or xslt rule: what is wrong and how to fix it, as a catalogue text.
 * A plain string is the transitional form of rules whose words are not in the catalogue yet (English only).
 */
export function finding(rule: string, path: string, said: Text): Finding {
  return { rule, retourcode: TECHNICAL_RETOURCODE, path, text: said };
}

// ---------------------------------------------------------------- restricties

/** What is wrong with a value and how to fix it, or null when the value complies. */
export type Violation = readonly [problem: Text, fix: Text] | null;

export interface RestrictieSpec {
  code: string;
  /** the standard's definition, in its own words */
  definition: string;
  appliesTo: readonly MessageCode[];
  /** the data types the standard attaches the restrictie to */
  types: readonly string[];
  /**
   * The problem with the value, a phrase that follows "<element> <value> " ("is 14 characters
   * long"), and the fix ("at most 12 are allowed: shorten it"), or null when it complies.
   */
  violation(value: string, element: ElementInfo, message: ParsedMessage): Violation;
}

/**
 * A restrictie as a Rule: the check runs on every element of its data types. The message
 * reads (RS.finding): <element> <value> <problem> (<code>); <fix>.
 */
export function restrictie(spec: RestrictieSpec): Rule {
  return {
    code: spec.code,
    retourcode: TECHNICAL_RETOURCODE,
    level: 'cd-cs-rs',
    definition: spec.definition,
    appliesTo: spec.appliesTo,
    check(message) {
      const findings: Finding[] = [];
      visitElementsOfType(message, spec.types, (element, value, _leaf, locate) => {
        if (typeof value !== 'string') return;
        const violation = spec.violation(value, element, message);
        if (violation === null) return;
        const [problem, fix] = violation;
        const where = locate();
        findings.push(finding(spec.code, where.classPath, text('RS.finding', { element: elementLabel(where), value: shownValue(value), problem, code: spec.code, fix })));
      });
      return findings;
    },
  };
}

/** Length in characters as XML Schema counts them (code points, not UTF-16 units). */
export const lengthOf = (value: string): number => [...value].length;

/** RS008 ... RS028: "Maximale lengte n posities"; for a coded element the fix points at its code list. */
export function maxLength(max: number): (value: string, element: ElementInfo) => Violation {
  return (value, element) => {
    const length = lengthOf(value);
    if (length <= max) return null;
    const codes = simpleType(element.type)?.enumeration;
    const fix = codes
      ? text('RS.max-length.fix-codes', { max, codes: `${Object.keys(codes).sort().slice(0, 8).join(', ')}${Object.keys(codes).length > 8 ? ', ...' : ''}` })
      : text('RS.max-length.fix-shorten', { max });
    return [text('RS.max-length.problem', { length }), fix];
  };
}

const INTEGER = /^[+-]?[0-9]+$/;

/** The value of an xs:integer in its lexical form (XML Schema collapses whitespace), or null when it is not a whole number. */
export function integerValue(value: string): bigint | null {
  const trimmed = value.trim();
  return INTEGER.test(trimmed) ? BigInt(trimmed) : null;
}

const AMOUNTS = new Set(['LDT_Bedrag', 'LDT_TotaalBedrag', 'LDT_Budget']);

/** RS001: "Minimale waarde 0"; also reports a value that is not a whole number at all. */
export function minValue(min: bigint): (value: string, element: ElementInfo) => Violation {
  const params = { min: min.toString() };
  return (value, element) => {
    const n = integerValue(value);
    if (n === null) {
      return [text('RS.min-value.not-whole'), text(AMOUNTS.has(element.type) ? 'RS.min-value.fix-whole-amount' : 'RS.min-value.fix-whole', params)];
    }
    if (n >= min) return null;
    const credit = element.type === 'LDT_Bedrag' || element.type === 'LDT_TotaalBedrag';
    return [text('RS.min-value.below', params), text(credit ? 'RS.min-value.fix-more-credit' : 'RS.min-value.fix-more', params)];
  };
}

/** RS002 ... RS040: "Maximale waarde n"; a value that is not a whole number is RS001's to report. */
export function maxValue(max: bigint): (value: string) => Violation {
  const params = { max: max.toString() };
  return (value) => {
    const n = integerValue(value);
    if (n === null || n <= max) return null;
    return [text('RS.max-value.above', params), text('RS.max-value.fix', params)];
  };
}

/** RS035 ... RS037: "Vullen met n cijfers"; `what` names the value in the fix ("the AGB-code"). */
export function digits(count: number, what: Text): (value: string) => Violation {
  const pattern = new RegExp(`^[0-9]{${count}}$`);
  return (value) => (pattern.test(value) ? null : [text('RS.digits.not-exact', { count }), text('RS.digits.fix', { what, count })]);
}

// ---------------------------------------------------------------- dates

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIME_ZONE = /(Z|[+-][0-9]{2}:[0-9]{2})$/;

/** Whether a YYYY-MM-DD value (spaces around it allowed) is a date that exists in the calendar (2026-02-29 does not). */
export const isRealDate = (value: string): boolean => isCalendarDate(value.trim());

/** What is wrong with a date value (no time zone, an existing calendar date), or null. */
export function dateProblem(value: string): Violation {
  const trimmed = value.trim();
  if (TIME_ZONE.test(trimmed) && DATE.test(trimmed.replace(TIME_ZONE, ''))) {
    return [text('RS.has-time-zone'), text('RS032.time-zone-fix', { date: trimmed.replace(TIME_ZONE, '') })];
  }
  if (!DATE.test(trimmed)) return [text('RS032.not-a-date'), text('RS032.not-a-date-fix')];
  if (!isRealDate(trimmed)) return [text('RS032.no-such-date'), text('RS032.no-such-date-fix')];
  return null;
}

const TIME = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?$/;

/** What is wrong with a time value (no time zone, an existing time of day), or null. */
export function timeProblem(value: string): Violation {
  const trimmed = value.trim();
  if (TIME_ZONE.test(trimmed) && TIME.test(trimmed.replace(TIME_ZONE, ''))) {
    return [text('RS.has-time-zone'), text('RS034.time-zone-fix', { time: trimmed.replace(TIME_ZONE, '') })];
  }
  const m = TIME.exec(trimmed);
  if (!m) return [text('RS034.not-a-time'), text('RS034.not-a-time-fix')];
  const [hours, minutes, seconds] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const midnight = hours === 24 && minutes === 0 && seconds === 0 && !/[1-9]/.test(m[4] ?? '');
  if ((hours > 23 && !midnight) || minutes > 59 || seconds > 59) {
    return [text('RS034.no-such-time'), text('RS034.no-such-time-fix')];
  }
  return null;
}

/** The date `years` years before a YYYY-MM-DD date, as a string that compares correctly with dates. */
export function yearsBefore(date: string, years: number): string {
  const d = date.trim();
  return `${String(Number(d.slice(0, 4)) - years).padStart(4, '0')}${d.slice(4)}`;
}

/** The Dagtekening of the message (Header/BerichtIdentificatie/Dagtekening). */
export function dagtekeningOf(message: ParsedMessage): string {
  return message.bericht.Header.BerichtIdentificatie.Dagtekening.trim();
}

// ---------------------------------------------------------------- keys and periods

/** A key value as the xslt compares it: trimmed; whole numbers by value (ToewijzingNummer 0042 is 42). */
export function keyValue(value: string | undefined): string {
  if (value === undefined) return '';
  const n = integerValue(value);
  return n !== null && /^[0-9]/.test(value.trim()) ? n.toString() : value.trim();
}

/** One repeated element with its class path and logical key. */
export interface Keyed {
  path: string;
  key: string;
}

/** Every element whose key occurred before, with the path of its first occurrence. */
export function duplicates<T extends Keyed>(items: readonly T[]): Array<{ item: T; first: T }> {
  const seen = new Map<string, T>();
  const out: Array<{ item: T; first: T }> = [];
  for (const item of items) {
    const first = seen.get(item.key);
    if (first) out.push({ item, first });
    else seen.set(item.key, item);
  }
  return out;
}

/** A product with its care period, for TR302, TR386 and TR410. */
export interface ProductPeriod {
  path: string;
  categorie: string | undefined;
  code: string | undefined;
  begin: string;
  /** open when absent */
  end: string | undefined;
}

/** Product categories whose periods may overlap, also at category level: 11-14 (hulpmiddelen). */
const MAY_OVERLAP = new Set(['11', '12', '13', '14']);

/**
 * Whether two products count as the same product for the overlap rules: by Code when both
 * have one, otherwise by Categorie; a product without Categorie clashes with every product
 * outside categories 11-14, and products in 11-14 may always overlap.
 */
export function sameProduct(a: ProductPeriod, b: ProductPeriod): boolean {
  const [ca, cb] = [a.categorie?.trim() || undefined, b.categorie?.trim() || undefined];
  if ((ca && MAY_OVERLAP.has(ca)) || (cb && MAY_OVERLAP.has(cb))) return false;
  if (!ca || !cb) return true;
  if (ca !== cb) return false;
  const [pa, pb] = [a.code?.trim() || undefined, b.code?.trim() || undefined];
  return pa && pb ? pa === pb : true;
}

/** Whether two periods share at least one day (both dates inclusive; an absent end is open). */
export function periodsOverlap(a: ProductPeriod, b: ProductPeriod): boolean {
  const [aBegin, bBegin] = [a.begin.trim(), b.begin.trim()];
  const aEnd = a.end?.trim() || '9999-12-31';
  const bEnd = b.end?.trim() || '9999-12-31';
  return aBegin <= bEnd && bBegin <= aEnd;
}

/** Every product that occurs again while an earlier occurrence's period overlaps it, with that earlier one. */
export function overlappingProducts(products: readonly ProductPeriod[]): Array<{ product: ProductPeriod; earlier: ProductPeriod }> {
  const out: Array<{ product: ProductPeriod; earlier: ProductPeriod }> = [];
  products.forEach((product, j) => {
    const earlier = products.slice(0, j).find((other) => sameProduct(other, product) && periodsOverlap(other, product));
    if (earlier) out.push({ product, earlier });
  });
  return out;
}

/** How a product is named in findings: "product 02A01 (categorie 02)", "categorie 02 (zonder productcode)", "een product zonder Categorie". */
export function productLabel(p: { categorie: string | undefined; code: string | undefined }): Text {
  if (p.code?.trim()) return text('across.product-code', { code: p.code.trim(), categorie: p.categorie?.trim() ?? '?' });
  if (p.categorie?.trim()) return text('across.product-categorie', { categorie: p.categorie.trim() });
  return text('across.product-none');
}

/** A period for findings: 2026-01-01 tot en met 2026-12-31, or 2026-01-01 zonder einddatum. */
export const periodLabel = (p: { begin: string; end: string | undefined }): Text =>
  p.end?.trim() ? text('across.period', { begin: p.begin.trim(), end: p.end.trim() }) : text('across.period-open', { begin: p.begin.trim() });

/** The signed value of an amount with DebetCredit: credit counts negative. */
export function signedAmount(amount: { Bedrag?: string; TotaalBedrag?: string; DebetCredit: string }): bigint | null {
  const n = integerValue(amount.Bedrag ?? amount.TotaalBedrag ?? '');
  if (n === null) return null;
  return amount.DebetCredit.trim() === 'C' ? -n : n;
}

/** An amount in eurocent as a clerk reads it, in the reader's language: 41200 is "€ 412,00" (nl) or "€412.00" (en). */
export const euro = (cents: bigint): Text => text('across.euro', { cents: cents.toString() });

/** Phrases one after the other, with `separator` between them, each said in the reader's language ('' for none). */
export const listed = (items: ReadonlyArray<Text | string>, separator: string): Text | string =>
  items.length === 0 ? '' : items.slice(1).reduce<Text | string>((list, item) => text('across.list', { list, separator, item }), items[0]!);

// ---------------------------------------------------------------- repeated classes

/** The items of a repeating element with the path of each, 1-based: base/name[i]. */
export function each<T>(items: readonly T[] | undefined, base: string, name: string): Array<{ item: T; path: string }> {
  return (items ?? []).map((item, i) => ({ item, path: `${base}/${name}[${i + 1}]` }));
}

/** A prestatie of a declaratie (323) or declaratie-antwoord (325) with its class path and its client's Bsn. */
export interface PrestatieAt {
  prestatie: Wmo323Prestatie | Wmo325Prestatie;
  path: string;
  bsn: string;
  /** the class path of the Client the prestatie belongs to */
  clientPath: string;
}

/** Every Prestatie of a 323 or 325 in document order; none for other messages. */
export function prestatiesOf(message: ParsedMessage): PrestatieAt[] {
  const base =
    message.code === 'WMO323'
      ? { clients: message.bericht.Declaratie.Clienten.Client, path: '/Bericht/Declaratie/Clienten' }
      : message.code === 'WMO325'
        ? { clients: message.bericht.DeclaratieAntwoord?.Clienten?.Client, path: '/Bericht/DeclaratieAntwoord/Clienten' }
        : undefined;
  if (!base) return [];
  return each<{ Bsn: string; Prestaties: { Prestatie: Array<Wmo323Prestatie | Wmo325Prestatie> } }>(base.clients, base.path, 'Client').flatMap(
    ({ item: client, path: clientPath }) =>
      each(client.Prestaties.Prestatie, `${clientPath}/Prestaties`, 'Prestatie').map(({ item, path }) => ({ prestatie: item, path, bsn: client.Bsn.trim(), clientPath })),
  );
}

/**
 * A class path as named in messages: the repeating steps and the class itself, e.g.
 * Client[1]/Prestatie[2], ToegewezenProduct[2], Relatie[1]/Contact.
 */
export function shortPath(path: string): string {
  const steps = path.split('/').filter(Boolean).slice(1);
  return steps.filter((step, i) => step.endsWith(']') || i === steps.length - 1).join('/');
}

/** Why two products of the overlap rules count as the same product, for findings. */
export function overlapReason(a: ProductPeriod, b: ProductPeriod): Text {
  const [ca, cb] = [a.categorie?.trim(), b.categorie?.trim()];
  if (!ca || !cb) return text('across.overlap-without-categorie');
  if (a.code?.trim() && b.code?.trim()) return text('across.overlap-same-product');
  return text('across.overlap-same-categorie', { categorie: ca });
}

/** The finding of the overlap rules (TR302, TR386, TR410): which class overlaps which, why, and the rule's own fix. */
export function overlapFinding(rule: 'TR302' | 'TR386' | 'TR410', product: ProductPeriod, earlier: ProductPeriod): Finding {
  return finding(
    rule,
    product.path,
    text(`${rule}.overlap`, {
      path: shortPath(product.path),
      product: productLabel(product),
      period: periodLabel(product),
      earlierPath: shortPath(earlier.path),
      earlierProduct: productLabel(earlier),
      earlierPeriod: periodLabel(earlier),
      reason: overlapReason(product, earlier),
    }),
  );
}
