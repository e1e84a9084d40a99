import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS048 } from './rs048.rule';

describe('RS048 Vullen met een versienummer bestaande uit drie gehele getallen, gescheiden met punten.', () => {
  it('passes versions such as 1.0.0', () => {
    const message = okFixture('WMO302', 'toewijzing-retour-delft-akkoord.xml');
    expect(RS048.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Header of a retour for an XsltVersie of two numbers', () => {
    const message = changed(okFixture('WMO302', 'toewijzing-retour-delft-akkoord.xml'), (b) => {
      b.Header.XsltVersie = '1.0';
    });
    expect(inEnglish(RS048.check(message, context()))).toEqual([
      { rule: 'RS048', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('XsltVersie "1.0" is not a version of three whole numbers') },
    ]);
  });

  it('gives 0001 on the Header for a BasisschemaXsdVersie with a suffix', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      b.Header.XsdVersie.BasisschemaXsdVersie = '1.0.0-rc1';
    });
    expect(inEnglish(RS048.check(message, context()))).toEqual([
      { rule: 'RS048', retourcode: '0001', path: '/Bericht/Header', message: expect.stringContaining('XsdVersie/BasisschemaXsdVersie "1.0.0-rc1" is not a version') },
    ]);
  });
});
