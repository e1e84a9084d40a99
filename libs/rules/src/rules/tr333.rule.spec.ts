import { declaratie, declaratieContext, declaratieState, FakeDeclaratieState } from '../testing/fake-declaratie-state';
import { TR333 } from './tr333.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR333 DeclaratieNummer unique for the aanbieder', () => {
  it('passes a new DeclaratieNummer, and one another aanbieder used', () => {
    const declaraties = new FakeDeclaratieState().addDeclaratie(declaratieState({ declaratieNummer: 'D2602' }), declaratieState({ aanbieder: '87654321', declaratieNummer: 'D2603' }));
    expect(TR333.check(declaratie({ declaratieNummer: 'D2603' }), declaratieContext({ declaraties }))).toEqual([]);
  });

  it('gives 9333 on the declaratie when the aanbieder used the number before, in any gemeente', () => {
    const declaraties = new FakeDeclaratieState().addDeclaratie(declaratieState({ gemeente: '0603', declaratieNummer: 'D2603', identificatie: 'RSW-1' }));
    expect(inEnglish(TR333.check(declaratie({ declaratieNummer: 'D2603' }), declaratieContext({ declaraties })))).toEqual([
      {
        rule: 'TR333',
        retourcode: '9333',
        path: '/Bericht/Declaratie',
        message: expect.stringMatching(/DeclaratieNummer D2603 was already used by aanbieder 12345678 for the declaratie of February 2026 to gemeente 0603 \(message RSW-1/),
      },
    ]);
  });
});
