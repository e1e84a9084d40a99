import { findingMessage } from '../rule';
import { h4ContractRegister } from '../testing/h4-contracts';
import { declaratie, declaratieContext, prestatie } from '../testing/fake-declaratie-state';
import { TR418 } from './tr418.rule';
import { inEnglish } from './support/restricties.testing';

const contracts = h4ContractRegister();
const spf = (month: string, tarief: string, { aanbieder = '12345678', debet = 'D' as 'D' | 'C', code = '02A01' } = {}) =>
  declaratie({
    aanbieder,
    periode: '2026-10',
    clienten: [
      {
        prestaties: [
          prestatie({
            vorig: debet === 'C' ? 'X' : undefined,
            ProductCategorie: '02',
            ProductCode: code,
            ProductPeriode: { Begindatum: `${month}-01`, Einddatum: `${month}-28` },
            ProductTarief: tarief,
            IngediendBedrag: { Bedrag: tarief, DebetCredit: debet },
          }),
        ],
      },
    ],
  });

describe('TR418 ProductTarief is the contracted tarief', () => {
  it('passes the tarief of the ProductPeriode month, also after a retroactive raise, and a credit at the old tarief', () => {
    expect(TR418.check(spf('2026-03', '39800'), declaratieContext({ contracts }))).toEqual([]);
    expect(TR418.check(spf('2026-04', '41200'), declaratieContext({ contracts }))).toEqual([]);
    expect(TR418.check(spf('2026-04', '39800', { debet: 'C' }), declaratieContext({ contracts }))).toEqual([]);
  });

  it('gives 0611 on another tarief', () => {
    expect(inEnglish(TR418.check(spf('2026-04', '39800'), declaratieContext({ contracts })))).toEqual([
      {
        rule: 'TR418',
        retourcode: '0611',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/ProductTarief €398.00 is not the contracted tarief of ProductCode 02A01 in gemeente 0503 for April 2026, which is €412.00 per month \(from 2026-04-01\)/),
      },
    ]);
  });

  it('says the finding in Dutch by default, amounts as Dutch euros', () => {
    expect(TR418.check(spf('2026-04', '39800'), declaratieContext({ contracts })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Prestatie R2603-0001 (cliënt ******019, toewijzing 260101): ProductTarief €\u00a0398,00 is niet het gecontracteerde tarief van ProductCode 02A01 in gemeente 0503 voor april 2026 (€\u00a0412,00 per maand, vanaf 2026-04-01); declareer tegen het gecontracteerde tarief.',
    ]);
  });

  it('gives 0611 when the aanbieder is not contracted for the resultaatgebied', () => {
    // Demo Thuiszorg is not contracted for Daginvulling (02C)
    expect(inEnglish(TR418.check(spf('2026-03', '39800', { code: '02C01' }), declaratieContext({ contracts })))).toEqual([
      expect.objectContaining({ retourcode: '0611', message: expect.stringMatching(/aanbieder 12345678 has no contract for Daginvulling \(perceel DAG\) in gemeente 0503 in March 2026.*hoofdaannemer/) }),
    ]);
    expect(TR418.check(spf('2026-03', '39800', { code: '02C01', aanbieder: '87654321' }), declaratieContext({ contracts }))).toEqual([]);
  });
});
