import { findingMessage } from '../rule';
import { h4ContractRegister } from '../testing/h4-contracts';
import { declaratie, declaratieContext, prestatie } from '../testing/fake-declaratie-state';
import { STANDARD_RULES } from '../catalogue/standard-rules';
import { context } from '../testing/fake-state';
import { wmo301, wmo305, wmo307, wmo315, wmo317 } from '../testing/fake-toewijzing-state';
import { TR381 } from './tr381.rule';
import { inEnglish } from './support/restricties.testing';

const contracts = h4ContractRegister();
const product = (categorie: '01' | '02', code: string, gemeente = '0503', begin = '2026-03-01') =>
  declaratie({ gemeente, clienten: [{ prestaties: [prestatie({ ProductCategorie: categorie, ProductCode: code, ProductPeriode: { Begindatum: begin, Einddatum: `${begin.slice(0, 8)}28` } })] }] });

describe('TR381 ProductCode on the gemeente product code list, with its ProductCategorie', () => {
  it('passes the gemeente codes with their categorie, and gemeenten the register does not describe', () => {
    expect(TR381.check(product('01', '01A02'), declaratieContext({ contracts }))).toEqual([]);
    expect(TR381.check(product('02', '02E06', '1842'), declaratieContext({ contracts }))).toEqual([]);
    expect(TR381.check(product('01', 'XYZ', '0363'), declaratieContext({ contracts }))).toEqual([]);
  });

  it('gives S329 on an unknown code, listing the valid ones', () => {
    expect(inEnglish(TR381.check(product('01', '01A09'), declaratieContext({ contracts })))).toEqual([
      {
        rule: 'TR381',
        retourcode: 'S329',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/ProductCode 01A09 is not on the product code list of gemeente 0503 \(Delft\) for March 2026; the codes for ProductCategorie 01 in March 2026 are 01A01, 01A02, 01A03, 01A04/),
      },
    ]);
  });

  it('says the finding in Dutch by default, the month in Dutch', () => {
    expect(TR381.check(product('01', '01A09'), declaratieContext({ contracts })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Prestatie R2603-0001 (cliënt ******019, toewijzing 260101): ProductCode 01A09 staat niet op de productcodelijst van gemeente 0503 (Delft) voor maart 2026; de codes voor ProductCategorie 01 in maart 2026 zijn 01A01, 01A02, 01A03, 01A04.',
    ]);
  });

  it('gives S329 on a code before its first day, and on a code of another categorie', () => {
    expect(inEnglish(TR381.check(product('01', '01A02', '0503', '2024-12-01'), declaratieContext({ contracts })))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/\(it is valid from 2025-01-01\)/) }),
    ]);
    expect(inEnglish(TR381.check(product('01', '02A01'), declaratieContext({ contracts })))).toEqual([
      expect.objectContaining({ retourcode: 'S329', message: expect.stringMatching(/02A01 \(Sociaal persoonlijk functioneren, trede 1\) belongs to ProductCategorie 02 .*not to 01/) }),
    ]);
  });

  it('applies to the messages the standard lists', () => {
    expect([...TR381.appliesTo].sort()).toEqual([...STANDARD_RULES.find((r) => r.code === 'TR381')!.messages].sort());
  });

  const ctx = () => context({ config: { contracts } });
  const wrong = { Categorie: '01', Code: '02A01' } as const;
  const unknown = { Categorie: '01', Code: '01A09' } as const;

  it('checks every ToegewezenProduct of a 301 on its Ingangsdatum', () => {
    expect(TR381.check(wmo301([{}, { Product: { Categorie: '02', Code: '02E06' } }]), ctx())).toEqual([]);
    expect(inEnglish(TR381.check(wmo301([{}, { Product: wrong }]), ctx()))).toEqual([
      {
        rule: 'TR381',
        retourcode: 'S329',
        path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]',
        message: expect.stringMatching(/^ToegewezenProduct\[2\] \(toewijzing 260101\) with Ingangsdatum 2026-02-01: ProductCode 02A01 .*belongs to ProductCategorie 02 .*not to 01/),
      },
    ]);
    expect(inEnglish(TR381.check(wmo301([{ Ingangsdatum: '2024-12-01' }]), ctx()))).toEqual([
      expect.objectContaining({ path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]', message: expect.stringMatching(/\(it is valid from 2025-01-01\)/) }),
    ]);
  });

  it('checks the gemeente as Afzender of a 301 and as Ontvanger of the others, and not gemeenten the register does not describe', () => {
    expect(TR381.check(wmo301([{ Product: unknown }], { gemeente: '0363' }), ctx())).toEqual([]);
    expect(TR381.check(wmo305([{ Product: unknown }], { gemeente: '0363' }), ctx())).toEqual([]);
    expect(inEnglish(TR381.check(wmo305([{ Product: unknown }], { gemeente: '1783' }), ctx()))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/gemeente 1783 \(Westland\)/) }),
    ]);
  });

  it('does not check a Product with only a Categorie', () => {
    expect(TR381.check(wmo301([{ Product: { Categorie: '01' } }]), ctx())).toEqual([]);
    expect(TR381.check(wmo315([{ Product: { Categorie: '01' } }]), ctx())).toEqual([]);
  });

  it('checks every StartProduct of a 305 on its Begindatum', () => {
    expect(TR381.check(wmo305([{}]), ctx())).toEqual([]);
    expect(inEnglish(TR381.check(wmo305([{}, { Product: unknown }]), ctx()))).toEqual([
      expect.objectContaining({
        retourcode: 'S329',
        path: '/Bericht/Client/StartProducten/StartProduct[2]',
        message: expect.stringMatching(/^StartProduct\[2\] \(toewijzing 260101\) with Begindatum 2026-02-03: ProductCode 01A09 is not on the product code list of gemeente 0503 \(Delft\) for February 2026/),
      }),
    ]);
  });

  it('checks every StopProduct of a 307 on its Begindatum', () => {
    expect(TR381.check(wmo307([{}]), ctx())).toEqual([]);
    expect(inEnglish(TR381.check(wmo307([{ Product: wrong }]), ctx()))).toEqual([
      expect.objectContaining({ path: '/Bericht/Client/StopProducten/StopProduct[1]', message: expect.stringMatching(/^StopProduct\[1\] .*with Begindatum 2026-02-03: ProductCode 02A01/) }),
    ]);
  });

  it('checks every AangevraagdProduct of a 315 on its ToewijzingIngangsdatum', () => {
    expect(TR381.check(wmo315([{}, {}]), ctx())).toEqual([]);
    expect(inEnglish(TR381.check(wmo315([{ Product: unknown }, {}]), ctx()))).toEqual([
      expect.objectContaining({
        path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]',
        message: expect.stringMatching(/^AangevraagdProduct\[1\] with ToewijzingIngangsdatum 2026-05-01: ProductCode 01A09 is not on .* for May 2026/),
      }),
    ]);
  });

  it('checks every NieuwProduct of a 317 on its GewensteIngangsdatum', () => {
    const nieuw = (Product: { Categorie: '01' | '02'; Code?: string }) => wmo317({ NieuweProducten: { NieuwProduct: [{ Product: { Categorie: '01', Code: '01A03' }, GewensteIngangsdatum: '2026-07-01' }, { Product, GewensteIngangsdatum: '2026-07-01' }] } });
    expect(TR381.check(nieuw({ Categorie: '02', Code: '02A01' }), ctx())).toEqual([]);
    expect(TR381.check(nieuw({ Categorie: '01' }), ctx())).toEqual([]);
    expect(inEnglish(TR381.check(nieuw(wrong), ctx()))).toEqual([
      expect.objectContaining({ path: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]', message: expect.stringMatching(/^NieuwProduct\[2\] with GewensteIngangsdatum 2026-07-01: ProductCode 02A01/) }),
    ]);
    expect(TR381.check(wmo317({ TeWijzigenProducten: { TeWijzigenProduct: [{ ToewijzingNummer: '260101', GewensteIngangsdatum: '2026-07-01' }] } }), ctx())).toEqual([]);
  });
});
