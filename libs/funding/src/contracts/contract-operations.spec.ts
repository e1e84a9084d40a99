import { readFileSync } from 'node:fs';
import { render, type Lang } from '@lib/i18n';
import { ContractRegister } from '@lib/rules';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { addContract, endContract, setDeclaratieBeleid, setTarief, type RegisterDocument } from './contract-operations';
import { ContractChangeRefused } from './errors';

const h4 = (): RegisterDocument => JSON.parse(readFileSync(DEFAULT_CONTRACTS_FILE, 'utf8')) as RegisterDocument;
const registerOf = (document: RegisterDocument) => ContractRegister.fromJson(document);
const problemsOf = (fn: () => unknown, lang: Lang = 'en'): string[] => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContractChangeRefused);
    return (error as ContractChangeRefused).problems.map((p) => render(p, lang));
  }
  throw new Error('expected the change to be refused');
};

describe('setTarief', () => {
  it('sets a tarief from a date in the past for every gemeente of the code, keeping the earlier ones', () => {
    const before = h4();
    const after = registerOf(setTarief(before, { productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39000 }));
    for (const g of ['0503', '0603', '1783', '1842']) {
      expect(after.tarief(g, '02A02', '2026-08-31')).toBe(37800);
      expect(after.tarief(g, '02A02', '2026-09-01')).toBe(39000);
    }
    // the input document is left as it was
    expect(registerOf(before).tarief('0503', '02A02', '2026-09-01')).toBe(37800);
  });

  it('sets a tarief for some gemeenten only, and replaces a tarief from the same day for them alone', () => {
    const once = setTarief(h4(), { productCode: '02A01', vanaf: '2026-04-01', tariefPerMaand: 42000, gemeenten: ['1783'] });
    const register = registerOf(once);
    expect(register.tarief('1783', '02A01', '2026-05-01')).toBe(42000);
    expect(register.tarief('0503', '02A01', '2026-05-01')).toBe(41200);
    const entries = (once.producten as Array<{ productCode: string; tarieven: unknown[] }>).find((p) => p.productCode === '02A01')!.tarieven;
    expect(entries).toEqual(
      expect.arrayContaining([
        { vanaf: '2026-04-01', tariefPerMaand: 41200, gemeenten: ['0503', '0603', '1842'] },
        { vanaf: '2026-04-01', tariefPerMaand: 42000, gemeenten: ['1783'] },
      ]),
    );
    // for all gemeenten again: one entry from that day
    const all = setTarief(once, { productCode: '02A01', vanaf: '2026-04-01', tariefPerMaand: 41500 });
    const allEntries = (all.producten as Array<{ productCode: string; tarieven: Array<{ vanaf: string }> }>).find((p) => p.productCode === '02A01')!.tarieven;
    expect(allEntries.filter((t) => t.vanaf === '2026-04-01')).toEqual([{ vanaf: '2026-04-01', tariefPerMaand: 41500 }]);
    expect(registerOf(all).tarief('1783', '02A01', '2026-05-01')).toBe(41500);
  });

  it('refuses an unknown code, a gemeente that does not use it and a date before the code may be used', () => {
    expect(problemsOf(() => setTarief(h4(), { productCode: '09Z99', vanaf: '2026-01-01', tariefPerMaand: 100 }))[0]).toMatch(/^productCode: 09Z99 is not in the register \(its codes: 01A01, /);
    expect(problemsOf(() => setTarief(h4(), { productCode: '02A01', vanaf: '2024-01-01', tariefPerMaand: 100, gemeenten: ['0518', '0503'] }))).toEqual([
      'gemeenten: gemeente 0518 does not use 02A01 (it is used by 0503, 0603, 1783, 1842)',
      'vanaf: 2024-01-01 is before 02A01 may be used (from 2025-01-01); a tarief from then would never apply',
    ]);
  });

  it('says its refusal in Dutch by default', () => {
    const refuse = () => setTarief(h4(), { productCode: '02A01', vanaf: '2024-01-01', tariefPerMaand: 100, gemeenten: ['0518', '0503'] });
    expect(problemsOf(refuse, 'nl')).toEqual([
      'gemeenten: gemeente 0518 gebruikt 02A01 niet (de code wordt gebruikt door 0503, 0603, 1783, 1842)',
      'vanaf: 2024-01-01 ligt vóór de dag waarop 02A01 gebruikt mag worden (vanaf 2025-01-01); een tarief vanaf 2024-01-01 zou nooit gelden',
    ]);
    expect(refuse).toThrow(/^De wijziging is niet doorgevoerd:\n {2}- gemeenten: gemeente 0518 gebruikt 02A01 niet/);
  });
});

describe('addContract and endContract', () => {
  it('adds a contract, taking the name from the aanbieder\'s other contracts', () => {
    const register = registerOf(addContract(h4(), { aanbieder: '11223344', gemeenten: ['0603'], percelen: ['DAG', 'SPF'], vanaf: '2026-07-01' }));
    expect(register.contract('0603', '11223344', 'SPF', '2026-07-01')).toMatchObject({ naam: 'Demo Dagbesteding', totEnMet: null });
    expect(register.contract('0603', '11223344', 'SPF', '2026-06-30')).toBeUndefined();
  });

  it('asks for the name of a new aanbieder', () => {
    expect(problemsOf(() => addContract(h4(), { aanbieder: '99999999', gemeenten: ['0503'], percelen: ['ORH'], vanaf: '2026-01-01' }))).toEqual([
      'naam: aanbieder 99999999 has no contract in the register yet; give its name',
    ]);
  });

  it('ends a contract for one perceel in one gemeente, and the rest runs on', () => {
    const ended = endContract(h4(), { aanbieder: '12345678', totEnMet: '2026-12-31', gemeenten: ['1783'], percelen: ['GEZ'] });
    const register = registerOf(ended);
    expect(register.contract('1783', '12345678', 'GEZ', '2026-12-31')).toBeDefined();
    expect(register.contract('1783', '12345678', 'GEZ', '2027-01-01')).toBeUndefined();
    expect(register.contract('1783', '12345678', 'ORH', '2027-01-01')).toBeDefined();
    expect(register.contract('0503', '12345678', 'GEZ', '2027-01-01')).toBeDefined();
    // one gemeente x perceel pair was cut out: 4 x 3 pairs before, the same 12 after
    expect(register.contracts('12345678')).toHaveLength(12);
  });

  it('ends all running contracts of an aanbieder, and says so when there is none to end', () => {
    const register = registerOf(endContract(h4(), { aanbieder: '11223344', totEnMet: '2026-06-30' }));
    expect(register.contracts('11223344', '2026-07-01')).toEqual([]);
    expect(register.contracts('11223344', '2026-06-30')).toHaveLength(2);
    expect(problemsOf(() => endContract(h4(), { aanbieder: '11223344', totEnMet: '2026-06-30', percelen: ['ORH'] }))).toEqual([
      'aanbieder 11223344 has no contract for percelen ORH that runs after 2026-06-30',
    ]);
  });
});

describe('setDeclaratieBeleid', () => {
  it("sets a gemeente's proratie and refuses a gemeente the register does not describe", () => {
    const register = registerOf(setDeclaratieBeleid(h4(), '0503', { proratie: 'volle-maand' }));
    expect(register.declaratieBeleid('0503')).toEqual({ proratie: 'volle-maand' });
    expect(register.declaratieBeleid('0603')).toEqual({ proratie: 'kalenderdagen' });
    expect(problemsOf(() => setDeclaratieBeleid(h4(), '0518', { proratie: 'volle-maand' }))).toEqual([
      'gemeente 0518 is not in the register (its gemeenten: 0503, 0603, 1783, 1842)',
    ]);
  });
});
