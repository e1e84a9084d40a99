import { loadContractRegister } from '../config/contract-register';
import { declaratie, declaratieContext, prestatie } from '../testing/fake-declaratie-state';
import { TR381 } from './tr381.rule';

const contracts = loadContractRegister();
const product = (categorie: '01' | '02', code: string, gemeente = '0503', begin = '2026-03-01') =>
  declaratie({ gemeente, clienten: [{ prestaties: [prestatie({ ProductCategorie: categorie, ProductCode: code, ProductPeriode: { Begindatum: begin, Einddatum: `${begin.slice(0, 8)}28` } })] }] });

describe('TR381 ProductCode on the gemeente product code list, with its ProductCategorie', () => {
  it('passes the gemeente codes with their categorie, and gemeenten the register does not describe', () => {
    expect(TR381.check(product('01', '01A02'), declaratieContext({ contracts }))).toEqual([]);
    expect(TR381.check(product('02', '02E06', '1842'), declaratieContext({ contracts }))).toEqual([]);
    expect(TR381.check(product('01', 'XYZ', '0363'), declaratieContext({ contracts }))).toEqual([]);
  });

  it('gives S329 on an unknown code, listing the valid ones', () => {
    expect(TR381.check(product('01', '01A09'), declaratieContext({ contracts }))).toEqual([
      {
        rule: 'TR381',
        retourcode: 'S329',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/ProductCode 01A09 is not on the product code list of gemeente 0503 \(Delft\) for March 2026; the codes for ProductCategorie 01 in March 2026 are 01A01, 01A02, 01A03, 01A04/),
      },
    ]);
  });

  it('gives S329 on a code before its first day, and on a code of another categorie', () => {
    expect(TR381.check(product('01', '01A02', '0503', '2024-12-01'), declaratieContext({ contracts }))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/\(it is valid from 2025-01-01\)/) }),
    ]);
    expect(TR381.check(product('01', '02A01'), declaratieContext({ contracts }))).toEqual([
      expect.objectContaining({ retourcode: 'S329', message: expect.stringMatching(/02A01 \(Sociaal persoonlijk functioneren, trede 1\) belongs to ProductCategorie 02 .*not to 01/) }),
    ]);
  });
});
