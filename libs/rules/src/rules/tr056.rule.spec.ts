import { parse } from '@lib/iwmo';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { findingMessage } from '../rule';
import { context, fakeState, FakeHeaderState } from '../testing/fake-state';
import { TR056 } from './tr056.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR056 unique Identificatie per Afzender and message type', () => {
  const message = parse(sampleWmo305());

  it('passes a new Identificatie, and the same Identificatie of another sender or type', () => {
    const header = new FakeHeaderState().useIdentificatie('87654321', 'WMO305', 'START-0001').useIdentificatie('12345678', 'WMO307', 'START-0001');
    expect(TR056.check(message, context({ state: fakeState({ header }) }))).toEqual([]);
  });

  it('gives 9056 on the header when the Afzender used it before for this type', () => {
    const header = new FakeHeaderState().useIdentificatie('12345678', 'WMO305', 'START-0001');
    expect(inEnglish(TR056.check(message, context({ state: fakeState({ header }) })))).toEqual([
      expect.objectContaining({ rule: 'TR056', retourcode: '9056', path: '/Bericht/Header', message: expect.stringMatching(/START-0001 was already used by 12345678/) }),
    ]);
  });

  it('says the finding in Dutch by default', () => {
    const header = new FakeHeaderState().useIdentificatie('12345678', 'WMO305', 'START-0001');
    expect(TR056.check(message, context({ state: fakeState({ header }) })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Identificatie START-0001 is al gebruikt door 12345678 voor een WMO305; geef elk bericht een nieuwe Identificatie.',
    ]);
  });
});
