import { findingMessage } from '../rule';
import { declaratie, declaratieContext, FakeDeclaratieState, prestatie } from '../testing/fake-declaratie-state';
import { TR389 } from './tr389.rule';
import { inEnglish } from './support/restricties.testing';

const maart = (overrides = {}) => ({ referentieNummer: 'R2603-0001', declaratieNummer: 'D2603', productPeriode: { begindatum: '2026-03-01', einddatum: '2026-03-31' }, ...overrides });
const again = (...extra: ReturnType<typeof prestatie>[]) => declaratie({ periode: '2026-04', clienten: [{ prestaties: [prestatie({ ref: 'R2604-0001' }), ...extra] }] });
const creditOfMaart = prestatie({ ref: 'R2604-0002', vorig: 'R2603-0001', IngediendBedrag: { Bedrag: '24500', DebetCredit: 'C' } });

describe('TR389 one debet per ProductPeriode, product and toewijzing unless credited', () => {
  it('passes a first debet, and one after the earlier debet was credited, rejected, or is credited in this message', () => {
    expect(TR389.check(again(), declaratieContext())).toEqual([]);
    const credited = new FakeDeclaratieState().add(maart(), { referentieNummer: 'C1', debetCredit: 'C', vorigReferentieNummer: 'R2603-0001', productPeriode: maart().productPeriode });
    expect(TR389.check(again(), declaratieContext({ declaraties: credited }))).toEqual([]);
    expect(TR389.check(again(), declaratieContext({ declaraties: new FakeDeclaratieState().add(maart({ status: 'afgewezen' })) }))).toEqual([]);
    expect(TR389.check(again(creditOfMaart), declaratieContext({ declaraties: new FakeDeclaratieState().add(maart()) }))).toEqual([]);
    // another product in the same month is another key
    expect(TR389.check(again(), declaratieContext({ declaraties: new FakeDeclaratieState().add(maart({ productCode: '01A03' })) }))).toEqual([]);
  });

  it('gives 9389 on a second debet while the first stands', () => {
    expect(inEnglish(TR389.check(again(), declaratieContext({ declaraties: new FakeDeclaratieState().add(maart()) })))).toEqual([
      {
        rule: 'TR389',
        retourcode: '9389',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/already declared as debet prestatie R2603-0001 in declaratie D2603 \(approved\); to change it, credit R2603-0001/),
      },
    ]);
  });

  it('says the finding in Dutch by default', () => {
    expect(TR389.check(again(), declaratieContext({ declaraties: new FakeDeclaratieState().add(maart()) })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Prestatie R2604-0001 (cliënt ******019, toewijzing 260101): ProductPeriode 2026-03-01 tot en met 2026-03-31 van 01/01A02 is al gedeclareerd als debetprestatie R2603-0001 in declaratie D2603 (goedgekeurd); wilt u dit wijzigen, crediteer dan R2603-0001 (een creditprestatie met VorigReferentieNummer R2603-0001, in deze of een eerdere declaratie) en declareer het nieuwe bedrag.',
    ]);
  });

  it('gives 9389 when the credit in this message cannot be accepted because the debet awaits its declaratie-antwoord', () => {
    const pending = new FakeDeclaratieState().add(maart({ status: 'ingediend' }));
    expect(inEnglish(TR389.check(again(creditOfMaart), declaratieContext({ declaraties: pending })))).toEqual([
      expect.objectContaining({ retourcode: '9389', message: expect.stringMatching(/awaiting the declaratie-antwoord/) }),
    ]);
  });
});
