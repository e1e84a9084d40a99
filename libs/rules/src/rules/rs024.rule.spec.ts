import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS024 } from './rs024.rule';

describe('RS024 Maximale lengte 36 posities', () => {
  it('passes a ReferentieAanbieder of 36 positions', () => {
    const message = changed(okFixture('WMO319', 'antwoord-rijswijk-in-onderzoek.xml'), (b) => {
      b.Antwoord.ReferentieAanbieder = '123e4567-e89b-12d3-a456-426614174000';
    });
    expect(RS024.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Antwoord for a ReferentieAanbieder of 37 positions', () => {
    const message = changed(okFixture('WMO319', 'antwoord-rijswijk-in-onderzoek.xml'), (b) => {
      b.Antwoord.ReferentieAanbieder = '123e4567-e89b-12d3-a456-4266141740001';
    });
    expect(inEnglish(RS024.check(message, context()))).toEqual([
      { rule: 'RS024', retourcode: '0001', path: '/Bericht/Antwoord', message: expect.stringContaining('ReferentieAanbieder "123e4567-e89b-12d3-a456-4266141740001" is 37 characters long (RS024); at most 36 are allowed') },
    ]);
  });
});
