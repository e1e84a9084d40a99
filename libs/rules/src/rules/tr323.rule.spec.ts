import { declaratie, declaratieContext, FakeDeclaratieState, prestatie } from '../testing/fake-declaratie-state';
import { TR323 } from './tr323.rule';
import { inEnglish } from './support/restricties.testing';

// credits February's debet R2602-0001 (prestatieState's defaults)
const credit = (overrides: Parameters<typeof prestatie>[0] = {}) =>
  declaratie({
    clienten: [{ prestaties: [prestatie({ ref: 'R2603-0009', vorig: 'R2602-0001', ProductPeriode: { Begindatum: '2026-02-01', Einddatum: '2026-02-28' }, IngediendBedrag: { Bedrag: '24500', DebetCredit: 'C' }, ...overrides })] }],
  });
const earlier = (overrides = {}) => declaratieContext({ declaraties: new FakeDeclaratieState().add({ referentieNummer: 'R2602-0001', ...overrides }) });

describe('TR323 a credit relates to an earlier approved debet', () => {
  it('passes a credit of an approved debet with the same key fields, and debets', () => {
    expect(TR323.check(credit(), earlier())).toEqual([]);
    expect(TR323.check(declaratie(), declaratieContext())).toEqual([]);
  });

  it('gives 8017 when there is no such debet', () => {
    expect(inEnglish(TR323.check(credit(), declaratieContext()))).toEqual([
      {
        rule: 'TR323',
        retourcode: '8017',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/^Credit prestatie R2603-0009 .*VorigReferentieNummer R2602-0001, but aanbieder 12345678 declared no debet prestatie/),
      },
    ]);
  });

  it('gives 8017 when the debet is not (yet) approved', () => {
    expect(inEnglish(TR323.check(credit(), earlier({ status: 'afgewezen', retourcodes: ['0611'] })))).toEqual([expect.objectContaining({ message: expect.stringMatching(/gemeente rejected \(retourcodes 0611\)/) })]);
    expect(inEnglish(TR323.check(credit(), earlier({ status: 'ingediend' })))).toEqual([expect.objectContaining({ message: expect.stringMatching(/not yet approved/) })]);
  });

  it('gives 8017 when the key fields differ from the debet', () => {
    expect(inEnglish(TR323.check(credit({ ProductCode: '01A03' }), earlier()))).toEqual([
      expect.objectContaining({ retourcode: '8017', message: expect.stringMatching(/ProductCode \(01A03, the debet has 01A02\)/) }),
    ]);
    expect(inEnglish(TR323.check(credit(), earlier({ gemeente: '1783' })))).toEqual([expect.objectContaining({ message: expect.stringMatching(/gemeente \(0503, the debet has 1783\)/) })]);
  });
});
