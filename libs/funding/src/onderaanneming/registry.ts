import { isCalendarDate } from '@lib/rules';
import { CBS_GEMEENTEN } from '@lib/iwmo';
import {
  OnderaannemingRepository, PartyRepository, periodsOverlap,
  type Database, type DelegatedProduct, type Relatie,
} from '@lib/persistence';
import { text, type Text } from '@lib/i18n';
import { OnderaannemingError, type Problem } from './errors';

/** A relation as an operator registers it. */
export interface RelatieInput {
  readonly hoofdaannemer: string;
  readonly onderaannemer: string;
  readonly gemeente: string;
  readonly producten: readonly DelegatedProduct[];
  readonly vanaf: string;
  readonly totEnMet?: string | null;
  readonly goedkeuring?: boolean;
}

const AGB = /^[0-9]{8}$/;
const CATEGORIE = /^[0-9]{2}$/;
// LDT_ProductCode: five characters, digits and capitals
const CODE = /^[0-9A-Z]{5}$/;

/** A real calendar date written YYYY-MM-DD. */
export const isRealDate = isCalendarDate;

/** What is wrong with a relation on its own (formats, period, products); empty when nothing. */
export function validateRelatie(input: RelatieInput): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, code: string, said: Text) => problems.push({ field, code, text: said });
  for (const role of ['hoofdaannemer', 'onderaannemer'] as const) {
    if (!AGB.test(input[role] ?? '')) add(role, 'INVALID_AGB', text('funding.onderaanneming.invalid-agb', { value: String(input[role]), role }));
  }
  if (input.hoofdaannemer === input.onderaannemer) add('onderaannemer', 'SAME_PARTY', text('funding.onderaanneming.same-party'));
  if (!CBS_GEMEENTEN[input.gemeente ?? '']) add('gemeente', 'UNKNOWN_GEMEENTE', text('funding.onderaanneming.unknown-gemeente', { value: String(input.gemeente) }));
  if (!isRealDate(input.vanaf)) add('vanaf', 'INVALID_DATE', text('funding.onderaanneming.invalid-date', { value: String(input.vanaf) }));
  const tot = input.totEnMet ?? null;
  if (tot !== null && !isRealDate(tot)) add('totEnMet', 'INVALID_DATE', text('funding.onderaanneming.invalid-end-date', { value: String(tot) }));
  else if (tot !== null && isRealDate(input.vanaf) && tot < input.vanaf) add('totEnMet', 'ENDS_BEFORE_START', text('funding.onderaanneming.ends-before-start', { totEnMet: tot, vanaf: input.vanaf }));
  if (!Array.isArray(input.producten) || input.producten.length === 0) {
    add('producten', 'NO_PRODUCTS', text('funding.onderaanneming.no-products'));
  } else {
    const seen = new Set<string>();
    input.producten.forEach((p, i) => {
      if (!CATEGORIE.test(p?.categorie ?? '')) add(`producten[${i}].categorie`, 'INVALID_CATEGORIE', text('funding.onderaanneming.invalid-categorie', { value: String(p?.categorie) }));
      if (p?.code !== undefined && !CODE.test(p.code)) add(`producten[${i}].code`, 'INVALID_CODE', text('funding.onderaanneming.invalid-code', { value: String(p.code) }));
      const key = `${p?.categorie}/${p?.code ?? '*'}`;
      if (seen.has(key)) add(`producten[${i}]`, 'DUPLICATE_PRODUCT', text('funding.onderaanneming.duplicate-product', { product: key }));
      seen.add(key);
    });
  }
  return problems;
}

/** Do two product lists share a product (a whole category shares every code in it)? */
export function productenOverlap(a: readonly DelegatedProduct[], b: readonly DelegatedProduct[]): boolean {
  return a.some((x) => b.some((y) => x.categorie === y.categorie && (x.code === undefined || y.code === undefined || x.code === y.code)));
}

/** The existing relations that delegate one of the same products of the same hoofdaannemer in the same gemeente on a shared day. */
export function conflicting(candidate: Pick<Relatie, 'hoofdaannemer' | 'gemeente' | 'producten' | 'vanaf' | 'totEnMet'>, existing: readonly Relatie[]): Relatie[] {
  return existing.filter(
    (r) => r.hoofdaannemer === candidate.hoofdaannemer && r.gemeente === candidate.gemeente && periodsOverlap(r, candidate) && productenOverlap(r.producten, candidate.producten),
  );
}

const describe = (r: Relatie): Text =>
  text('funding.onderaanneming.relatie', {
    id: r.id, onderaannemer: r.onderaannemer, producten: r.producten.map((p) => `${p.categorie}/${p.code ?? '*'}`).join(', '), vanaf: r.vanaf, totEnMet: untilOf(r.totEnMet),
  });

/** A last day, or "open" for none. */
export const untilOf = (totEnMet: string | null): Text | string => totEnMet ?? text('funding.onderaanneming.open');

/**
 * The registry of onderaanneming relations. Adding one checks the parties and refuses a relation
 * that would delegate a product of the hoofdaannemer in the gemeente to two onderaannemers (or
 * twice) on the same day; the check and the insert run under one lock per hoofdaannemer and gemeente.
 */
export class OnderaannemingRegistry {
  constructor(private readonly db: Database) {}

  async add(input: RelatieInput, createdBy: string): Promise<Relatie> {
    const problems = validateRelatie(input);
    if (problems.length) throw new OnderaannemingError('invalid', problems);
    return this.db.transaction(async (tx) => {
      const parties = new PartyRepository(tx);
      for (const field of ['hoofdaannemer', 'onderaannemer'] as const) {
        const party = await parties.findByCode(input[field]);
        if (party?.role !== 'aanbieder') {
          problems.push({ field, code: 'UNKNOWN_AANBIEDER', text: text('funding.onderaanneming.unknown-aanbieder', { code: input[field] }) });
        }
      }
      if (problems.length) throw new OnderaannemingError('invalid', problems);
      const repository = new OnderaannemingRepository(tx);
      await repository.lockRegistry(input.hoofdaannemer, input.gemeente);
      const candidate = {
        hoofdaannemer: input.hoofdaannemer, onderaannemer: input.onderaannemer, gemeente: input.gemeente,
        producten: input.producten.map((p) => (p.code === undefined ? { categorie: p.categorie } : { categorie: p.categorie, code: p.code })),
        vanaf: input.vanaf, totEnMet: input.totEnMet ?? null, goedkeuring: input.goedkeuring ?? false, createdBy,
      };
      const clash = conflicting(candidate, await repository.relaties({ hoofdaannemer: input.hoofdaannemer, gemeente: input.gemeente }));
      if (clash.length) {
        throw new OnderaannemingError('conflict', clash.map((r) => ({
          field: 'producten', code: 'OVERLAPPING_RELATIE', text: text('funding.onderaanneming.overlapping-relatie', { relatie: describe(r) }),
        })));
      }
      return repository.insertRelatie(candidate);
    });
  }

  /** Ends a relation on a day (inclusive); it may not end before it began. */
  async end(id: string, totEnMet: string): Promise<Relatie> {
    if (!isRealDate(totEnMet)) throw OnderaannemingError.one('invalid', 'totEnMet', 'INVALID_DATE', text('funding.onderaanneming.invalid-date', { value: String(totEnMet) }));
    const repository = new OnderaannemingRepository(this.db);
    const relatie = await repository.relatie(id);
    if (!relatie) throw OnderaannemingError.one('not-found', 'id', 'NO_RELATIE', text('funding.onderaanneming.no-relatie', { id }));
    if (totEnMet < relatie.vanaf) throw OnderaannemingError.one('invalid', 'totEnMet', 'ENDS_BEFORE_START', text('funding.onderaanneming.ends-before-start', { totEnMet, vanaf: relatie.vanaf }));
    if (relatie.totEnMet !== null && totEnMet > relatie.totEnMet) {
      throw OnderaannemingError.one('invalid', 'totEnMet', 'EXTENDS_RELATIE', text('funding.onderaanneming.extends-relatie', { totEnMet: relatie.totEnMet }));
    }
    return (await repository.endRelatie(id, totEnMet))!;
  }

  /** The hoofdaannemer switches approval of its onderaannemer's opgaven on or off for one of its own relations. */
  async setGoedkeuring(hoofdaannemer: string, id: string, goedkeuring: boolean): Promise<Relatie> {
    const repository = new OnderaannemingRepository(this.db);
    const relatie = await repository.relatie(id);
    if (!relatie || relatie.hoofdaannemer !== hoofdaannemer) throw OnderaannemingError.one('not-found', 'id', 'NO_RELATIE', text('funding.onderaanneming.not-your-relatie', { id }));
    return (await repository.setGoedkeuring(id, goedkeuring))!;
  }
}
