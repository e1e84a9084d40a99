import { readFileSync } from 'node:fs';
import { render } from '@lib/i18n';
import { ContractRegister } from '@lib/rules';
import { DEFAULT_CONTRACTS_FILE } from '@lib/config';
import { diffRegisters, euro } from './contract-diff';
import { addContract, endContract, setDeclaratieBeleid, setTarief, type RegisterDocument } from './contract-operations';

const h4 = (): RegisterDocument => JSON.parse(readFileSync(DEFAULT_CONTRACTS_FILE, 'utf8')) as RegisterDocument;
const changes = (from: RegisterDocument, to: RegisterDocument) => diffRegisters(ContractRegister.fromJson(from), ContractRegister.fromJson(to));
const texts = (from: RegisterDocument, to: RegisterDocument) => changes(from, to).map((c) => render(c.text, 'en'));

describe('diffRegisters', () => {
  it('finds no change between a register and itself, however its JSON is ordered', () => {
    const reordered = h4();
    reordered.producten = [...(reordered.producten as unknown[])].reverse();
    expect(texts(h4(), reordered)).toEqual([]);
  });

  it('says a retroactive tarief change once for all gemeenten that changed alike', () => {
    const changed = setTarief(h4(), { productCode: '02A02', vanaf: '2026-09-01', tariefPerMaand: 39000 });
    expect(texts(h4(), changed)).toEqual([
      'Tarief of 02A02 from 2026-09-01: €378.00 -> €390.00 in Delft (0503), Rijswijk (0603), Westland (1783), Midden-Delfland (1842).',
    ]);
  });

  it('bounds a change that a later tarief overrides, and names the gemeenten it applies to', () => {
    const raised = setTarief(h4(), { productCode: '02A01', vanaf: '2025-07-01', tariefPerMaand: 39000, gemeenten: ['1783'] });
    expect(texts(h4(), raised)).toEqual([
      'Tarief of 02A01 from 2025-07-01 to 2025-12-31: €386.00 -> €390.00 in Westland (1783).',
    ]);
  });

  it('says which contracts were added or ended, and a changed declaratiebeleid', () => {
    let next = addContract(h4(), { aanbieder: '11223344', gemeenten: ['0603'], percelen: ['DAG', 'SPF'], vanaf: '2026-07-01' });
    next = endContract(next, { aanbieder: '12345678', totEnMet: '2026-12-31', gemeenten: ['1783'], percelen: ['GEZ'] });
    next = setDeclaratieBeleid(next, '1842', { proratie: 'kalenderdagen' });
    expect(texts(h4(), next)).toEqual([
      'Contract added: 11223344 Demo Dagbesteding for DAG, SPF in Rijswijk (0603) from 2026-07-01.',
      'Contract of 12345678 Demo Thuiszorg for GEZ in Westland (1783) ends on 2026-12-31.',
      'Declaratiebeleid of Midden-Delfland (1842): proratie volle-maand -> kalenderdagen.',
    ]);
  });

  it('says when product codes, gemeenten and the illustrative flag change', () => {
    const next = h4();
    next.illustrative = false;
    next.gemeenten = { ...(next.gemeenten as object), '0518': "'s-Gravenhage" };
    const producten = next.producten as Array<{ productCode: string; gemeenten: string[]; geldigTotEnMet: string | null }>;
    producten.find((p) => p.productCode === '01A04')!.geldigTotEnMet = '2026-12-31';
    producten.find((p) => p.productCode === '01A01')!.gemeenten.push('0518');
    expect(texts(h4(), next)).toEqual([
      'The register is no longer marked illustrative: it is the real contract.',
      "Gemeente 's-Gravenhage (0518) added.",
      "Product code 01A01 (ORH trede 1, \"ORH trede 1\") added from 2025-01-01 in 's-Gravenhage (0518).",
      'Product code 01A04 may be used from 2025-01-01 to 2026-12-31 (was from 2025-01-01) in Delft (0503), Rijswijk (0603), Westland (1783), Midden-Delfland (1842).',
      'Tarief of 01A04 from 2027-01-01: €121.00 -> no tarief in Delft (0503), Rijswijk (0603), Westland (1783), Midden-Delfland (1842).',
    ]);
  });

  it('says what changed in Dutch by default', () => {
    let next = setTarief(h4(), { productCode: '02A01', vanaf: '2025-07-01', tariefPerMaand: 139000, gemeenten: ['1783'] });
    next = addContract(next, { aanbieder: '11223344', gemeenten: ['0603'], percelen: ['DAG', 'SPF'], vanaf: '2026-07-01' });
    next = endContract(next, { aanbieder: '12345678', totEnMet: '2026-12-31', gemeenten: ['1783'], percelen: ['GEZ'] });
    next = setDeclaratieBeleid(next, '1842', { proratie: 'kalenderdagen' });
    expect(changes(h4(), next).map((c) => render(c.text))).toEqual([
      'Tarief van 02A01 van 2025-07-01 tot en met 2025-12-31: €\u00a0386,00 -> €\u00a01.390,00 in Westland (1783).',
      'Contract toegevoegd: 11223344 Demo Dagbesteding voor DAG, SPF in Rijswijk (0603) vanaf 2026-07-01.',
      'Contract van 12345678 Demo Thuiszorg voor GEZ in Westland (1783) eindigt op 2026-12-31.',
      'Declaratiebeleid van Midden-Delfland (1842): proratie volle-maand -> kalenderdagen.',
    ]);
  });

  it('writes eurocents as euros in the reader\'s language', () => {
    expect([euro(39800), euro(5), euro(123456)].map((e) => render(e, 'en'))).toEqual(['€398.00', '€0.05', '€1,234.56']);
    expect([euro(39800), euro(5), euro(123456)].map((e) => render(e))).toEqual(['€\u00a0398,00', '€\u00a00,05', '€\u00a01.234,56']);
  });
});
