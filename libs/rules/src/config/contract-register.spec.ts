import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { render, type Lang } from '@lib/i18n';
import { h4ContractRegister, h4ContractsJson } from '../testing/h4-contracts';
import { ContractRegister, ContractRegisterError, validOn } from './contract-register';

/** A small valid register to vary in the validation tests. */
const minimal = () => ({
  illustrative: false,
  gemeenten: { '0503': 'Delft', '1783': 'Westland' },
  resultaatgebieden: [{ code: 'ORH', naam: 'Ondersteuning en regie bij het huishouden', productCategorie: '01' }],
  producten: [
    {
      productCode: '01A01',
      resultaatgebied: 'ORH',
      trede: 1,
      gemeenten: ['0503', '1783'],
      geldigVanaf: '2026-01-01',
      geldigTotEnMet: null,
      tarieven: [
        { vanaf: '2026-01-01', tariefPerMaand: 30000 },
        { vanaf: '2026-07-01', tariefPerMaand: 31000, gemeenten: ['1783'] },
      ],
    },
  ],
  contracten: [{ aanbieder: '12345678', naam: 'Zorg', gemeenten: ['0503'], percelen: ['ORH'], vanaf: '2026-01-01', totEnMet: '2026-12-31' }],
});

const problemsOf = (input: unknown, lang: Lang = 'en'): string[] => {
  try {
    ContractRegister.fromJson(input, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ContractRegisterError);
    return (error as ContractRegisterError).problems.map((p) => render(p, lang));
  }
  throw new Error('expected the register to be rejected');
};

describe('ContractRegister', () => {
  describe('the illustrative H4 defaults (config/h4-contracts.json)', () => {
    const register = h4ContractRegister();

    it('is valid, marked illustrative, and describes the four H4 gemeenten', () => {
      expect(DEFAULT_CONTRACTS_FILE).toMatch(/config[/\\]h4-contracts\.json$/);
      expect(register.illustrative).toBe(true);
      expect(register.gemeenten()).toEqual([
        { code: '0503', naam: 'Delft' },
        { code: '0603', naam: 'Rijswijk' },
        { code: '1783', naam: 'Westland' },
        { code: '1842', naam: 'Midden-Delfland' },
      ]);
      expect(register.resultaatgebieden().map((g) => g.code)).toEqual(['ORH', 'SPF', 'FIN', 'DAG', 'HUI', 'GEZ']);
      expect(register.products('0503', '2026-03-01').map((p) => p.productCode)).toEqual(expect.arrayContaining(['01A01', '01A04', '02A01', '02A06', '02E06']));
      expect(register.product('0603', '02A04')).toMatchObject({ productCategorie: '02', trede: 4, resultaatgebied: { code: 'SPF', naam: 'Sociaal persoonlijk functioneren' } });
    });

    it('gives the tarief per month of the date, with a raise from a date in the past', () => {
      expect(register.tarief('0503', '01A02', '2026-03-15')).toBe(24500);
      expect(register.tarief('1783', '02A01', '2026-03-31')).toBe(39800);
      expect(register.tarief('1783', '02A01', '2026-04-01')).toBe(41200);
      expect(register.tarief('1783', '02A01', '2025-06-01')).toBe(38600);
      expect(register.tarief('1783', '02A01', '2024-12-31')).toBeUndefined();
      expect(register.product('1783', '02A01')!.tarieven.map((t) => [t.vanaf, t.totEnMet])).toEqual([
        ['2025-01-01', '2025-12-31'],
        ['2026-01-01', '2026-03-31'],
        ['2026-04-01', null],
      ]);
    });

    it('knows which aanbieder is contracted for which perceel', () => {
      expect(register.contract('0503', '12345678', 'ORH', '2026-03-01')).toMatchObject({ naam: 'Demo Thuiszorg', perceel: 'ORH' });
      expect(register.contract('0503', '12345678', 'DAG', '2026-03-01')).toBeUndefined();
      expect(register.contract('0603', '11223344', 'DAG', '2026-03-01')).toBeUndefined();
      expect(register.contracts('11223344', '2026-03-01').map((c) => `${c.gemeente}:${c.perceel}`)).toEqual(['0503:DAG', '1842:DAG']);
    });

    it('lists every contract of every aanbieder, in aanbieder, gemeente and perceel order', () => {
      const all = register.allContracts();
      expect(all.filter((c) => c.aanbieder === '11223344').map((c) => `${c.gemeente}:${c.perceel}`)).toEqual(['0503:DAG', '1842:DAG']);
      expect(new Set(all.map((c) => c.aanbieder))).toEqual(new Set(['12345678', '87654321', '11223344']));
      expect(all.map((c) => `${c.aanbieder}|${c.gemeente}|${c.perceel}|${c.vanaf}`)).toEqual(all.map((c) => `${c.aanbieder}|${c.gemeente}|${c.perceel}|${c.vanaf}`).sort());
    });
  });

  it('keeps tarieven per gemeente and contracts and codes within their dates', () => {
    const register = ContractRegister.fromJson(minimal());
    expect(register.tarief('0503', '01A01', '2026-08-01')).toBe(30000);
    expect(register.tarief('1783', '01A01', '2026-08-01')).toBe(31000);
    expect(register.tarief('1783', '01A01', '2026-06-30')).toBe(30000);
    expect(register.contract('0503', '12345678', 'ORH', '2027-01-01')).toBeUndefined();
    expect(validOn(register.product('0503', '01A01')!, '2025-12-31')).toBe(false);
    expect(register.covers('0603')).toBe(false);
    expect(ContractRegister.empty().covers('0503')).toBe(false);
  });

  it('reports every problem of a file at once, each with where it is', () => {
    const input = minimal() as Record<string, any>;
    delete input.illustrative;
    input.gemeenten['503'] = 'Typo';
    input.extra = 1;
    input.producten.push(
      { productCode: '02A01', resultaatgebied: 'ORH', trede: 0, gemeenten: ['0503', '0363'], geldigVanaf: '2026-02-30', tarieven: [{ vanaf: '2026-01-01', tariefPerMaand: 123.5 }] },
      { productCode: '01A01', resultaatgebied: 'SPF', trede: 1, gemeenten: ['0503'], geldigVanaf: '2026-01-01', tarieven: [{ vanaf: '2026-03-01', tariefPerMaand: 100 }, { vanaf: '2026-03-01', tariefPerMaand: 200 }] },
    );
    input.contracten.push({ aanbieder: '1234', naam: 'X', gemeenten: ['0503'], percelen: ['HUI'], vanaf: '2026-01-01' });
    input.contracten.push({ aanbieder: '12345678', naam: 'Zorg', gemeenten: ['0503'], percelen: ['ORH'], vanaf: '2026-06-01', totEnMet: '2026-05-01' });
    const problems = problemsOf(input);
    expect(problems).toEqual(
      expect.arrayContaining([
        '(root): unknown field "extra" (known: illustrative, description, gemeenten, declaratiebeleid, resultaatgebieden, producten, contracten)',
        'illustrative: must be true (illustrative defaults) or false (the real contract)',
        'gemeenten.503: the key must be a 4-digit CBS gemeentecode',
        'producten[1] (02A01).trede: 0 is not a trede (a whole number from 1)',
        'producten[1] (02A01).geldigVanaf: "2026-02-30" is not a date (YYYY-MM-DD)',
        'producten[1] (02A01).productCode: should start with the ProductCategorie 01 of resultaatgebied ORH',
        'producten[1] (02A01).gemeenten[1]: gemeente 0363 is not listed under "gemeenten"',
        'producten[1] (02A01).tarieven[0].tariefPerMaand: 123.5 is not an amount in eurocents (a whole number above 0)',
        'producten[2] (01A01).resultaatgebied: "SPF" is not listed under "resultaatgebieden"',
        'producten[2] (01A01).tarieven[1]: a second tarief from 2026-03-01 for gemeente 0503',
        'producten[2] (01A01).tarieven: no tarief for gemeente 0503 from 2026-01-01 (the code\'s first day) to 2026-02-28',
        'contracten[1].aanbieder: "1234" is not the 8-digit AGB-code of the aanbieder',
        'contracten[1].percelen[0]: "HUI" is not listed under "resultaatgebieden"',
        'contracten[2] (12345678): ends (2026-05-01) before it starts (2026-06-01)',
      ]),
    );
    expect(() => ContractRegister.fromJson(input, 'test.json')).toThrow(/^test\.json is geen geldig contractregister \(zie docs\/contracts\.md\):\n {2}- /);
    expect(problemsOf(input, 'nl')).toEqual(
      expect.arrayContaining([
        '(root): onbekend veld "extra" (bekende velden: illustrative, description, gemeenten, declaratiebeleid, resultaatgebieden, producten, contracten)',
        'illustrative: moet true zijn (illustratieve standaardwaarden) of false (het echte contract)',
        'producten[1] (02A01).geldigVanaf: "2026-02-30" is geen datum (JJJJ-MM-DD)',
        'producten[1] (02A01).tarieven[0].tariefPerMaand: 123.5 is ongeldig: verwacht een bedrag in eurocenten (een geheel getal boven 0)',
        'producten[2] (01A01).tarieven: geen tarief voor gemeente 0503 van 2026-01-01 (de eerste dag van de code) tot en met 2026-02-28',
        'contracten[1].aanbieder: "1234" is ongeldig: verwacht de AGB-code van 8 cijfers van de aanbieder',
        'contracten[2] (12345678): eindigt (2026-05-01) voordat het begint (2026-06-01)',
      ]),
    );
  });

  it('says every problem in English on request, under the same frame', () => {
    try {
      ContractRegister.fromJson([], 'test.json');
    } catch (error) {
      expect(render((error as ContractRegisterError).text, 'en')).toMatch(/^test\.json is not a valid contract register \(see docs\/contracts\.md\):\n {2}- \(root\): must be an object\n/);
      expect((error as Error).message).toMatch(/^test\.json is geen geldig contractregister \(zie docs\/contracts\.md\):\n {2}- \(root\): moet een object zijn\n/);
      return;
    }
    throw new Error('expected the register to be rejected');
  });

  it('reports a code listed twice for a gemeente and overlapping contracts', () => {
    const input = minimal() as Record<string, any>;
    input.producten.push({ ...input.producten[0], gemeenten: ['1783'], tarieven: [{ vanaf: '2026-01-01', tariefPerMaand: 1 }] });
    input.contracten.push({ aanbieder: '12345678', naam: 'Zorg', gemeenten: ['0503'], percelen: ['ORH'], vanaf: '2026-12-01', totEnMet: null });
    expect(problemsOf(input)).toEqual([
      'producten[1] (01A01).productCode: 01A01 is listed twice for gemeente 1783',
      'contracten[1] (12345678): overlaps another contract of 12345678 for ORH in gemeente 0503 (from 2026-01-01)',
    ]);
  });

  it('says so when the document is not an object', () => {
    expect(problemsOf([])).toEqual(expect.arrayContaining(['(root): must be an object']));
  });
});

describe('ContractRegister declaratiebeleid', () => {
  const base = h4ContractsJson;

  it('gives each gemeente its proratie, and kalenderdagen where the register names none', () => {
    const input = base();
    input.declaratiebeleid = { '1842': { proratie: 'volle-maand' } };
    const register = ContractRegister.fromJson(input);
    expect(register.declaratieBeleid('1842')).toEqual({ proratie: 'volle-maand' });
    expect(register.declaratieBeleid('0503')).toEqual({ proratie: 'kalenderdagen' });
  });

  it('names an unknown proratie and an unknown gemeente', () => {
    const input = base();
    input.declaratiebeleid = { '0503': { proratie: 'per-week' }, '0363': { proratie: 'kalenderdagen' } };
    expect(() => ContractRegister.fromJson(input)).toThrow(/declaratiebeleid\.0503\.proratie: "per-week" is ongeldig: kies uit kalenderdagen, volle-maand[\s\S]*declaratiebeleid\.0363: gemeente 0363 staat niet onder "gemeenten"/);
  });
});
