import { loadContractRegister } from '@lib/funding';
import { elfproef } from '@lib/rules/rules/cs002.rule';
import { CLIENTS_PER_PAIR, demoPlan, type DemoPlan, type RegisterView } from './demo-plan';

const register = loadContractRegister();
/** The register as GET /v1/admin/contracts shows it (apps/gateway/src/contracts/register-view.ts). */
const view: RegisterView = {
  producten: register.gemeenten().flatMap((g) => register.products(g.code).map((p) => ({
    gemeente: g.code, productCode: p.productCode, productCategorie: p.productCategorie, resultaatgebied: p.resultaatgebied.code,
    geldigVanaf: p.geldigVanaf, geldigTotEnMet: p.geldigTotEnMet, tarieven: p.tarieven,
  }))),
  contracten: register.allContracts(),
};
const GEMEENTEN = ['0503', '0603', '1783', '1842'];
const AANBIEDERS = ['12345678', '87654321', '11223344'];
const MIN_GROUP = 5;

const products = (plan: DemoPlan) => plan.pairs.flatMap((pair) => pair.clients.flatMap((client) => client.products.map((product) => ({ pair, client, product }))));

describe('demo seed plan', () => {
  const today = '2026-12-07';
  const plan = demoPlan(today, view, GEMEENTEN, AANBIEDERS);

  it('covers four months ending with the current one, and declares the three completed ones', () => {
    expect(plan.months).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    expect(plan.declared).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(demoPlan('2027-01-02', view, GEMEENTEN, AANBIEDERS).months).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
  });

  it('plans every gemeente with every aanbieder that has a contract there, and nothing else', () => {
    const contracted = new Set(register.allContracts().map((c) => `${c.gemeente}|${c.aanbieder}`));
    expect(plan.pairs.map((p) => `${p.gemeente}|${p.aanbieder}`).sort()).toEqual([...contracted].filter((p) => GEMEENTEN.includes(p.split('|')[0]!)).sort());
    expect(plan.pairs.map((p) => `${p.gemeente}|${p.aanbieder}`)).not.toContain('0603|11223344'); // Demo Dagbesteding has no contract in Rijswijk
  });

  it('gives only products the aanbieder is contracted for, each with a tarief on its Ingangsdatum', () => {
    for (const { pair, product } of products(plan)) {
      const resultaatgebied = register.product(pair.gemeente, product.code)!.resultaatgebied.code;
      expect(register.contract(pair.gemeente, pair.aanbieder, resultaatgebied, product.ingangsdatum)).toBeDefined();
      expect(register.tarief(pair.gemeente, product.code, product.ingangsdatum)).toBeGreaterThan(0);
    }
  });

  it('has unique clients with valid BSNs, unique ToewijzingNummers, and no date after today (TR135)', () => {
    const clients = [...plan.pairs, plan.unreachable!].flatMap((p) => p.clients);
    expect(clients.every((c) => elfproef(c.bsn))).toBe(true);
    expect(new Set(clients.map((c) => c.bsn)).size).toBe(clients.length);
    const nummers = clients.flatMap((c) => c.products.map((p) => p.nummer));
    expect(new Set(nummers).size).toBe(nummers.length);
    for (const { product } of products(plan)) {
      for (const date of [product.toewijzingsdatum, product.begindatum, product.stop?.einddatum].filter(Boolean)) expect(date! <= today).toBe(true);
      expect(product.begindatum >= product.ingangsdatum).toBe(true);
    }
  });

  it('has enough clients per gemeente and aanbieder, and per gemeente and resultaatgebied, in every month for the money page', () => {
    expect(CLIENTS_PER_PAIR).toBeGreaterThanOrEqual(MIN_GROUP);
    for (const month of plan.months) {
      const first = `${month}-01`;
      const active = products(plan).filter(({ product }) => product.ingangsdatum <= `${month}-31` && product.einddatum >= first);
      const cells = new Map<string, Set<string>>();
      const add = (key: string, bsn: string) => cells.set(key, (cells.get(key) ?? new Set()).add(bsn));
      for (const { pair, client, product } of active) {
        add(`${pair.gemeente} aanbieder ${pair.aanbieder}`, client.bsn);
        add(`${pair.gemeente} resultaatgebied ${product.resultaatgebied}`, client.bsn);
      }
      for (const [cell, bsns] of cells) expect([month, cell, bsns.size >= MIN_GROUP]).toEqual([month, cell, true]);
    }
  });

  it('has toewijzingen that start mid-month, stops, stapeling and a short beschikking', () => {
    const all = products(plan);
    expect(all.some(({ product }) => product.ingangsdatum.endsWith('-15'))).toBe(true);
    expect(all.filter(({ product }) => product.stop?.redenBeeindiging === '19').every(({ product }) => product.einddatum === '2026-10-31')).toBe(true);
    expect(all.some(({ product }) => product.stop?.redenBeeindiging === '31')).toBe(true);
    expect(plan.pairs.every((p) => p.clients.some((c) => c.products.length > 1) || p.aanbieder === '11223344')).toBe(true);
  });

  it('gives the unreachable aanbieder as many clients as a pair, in the first pair gemeente', () => {
    expect(plan.unreachable).toMatchObject({ gemeente: '0503', aanbieder: '99000001' });
    expect(plan.unreachable!.clients).toHaveLength(CLIENTS_PER_PAIR);
  });
});
