import { context } from '../testing/fake-state';
import { changed, inEnglish, okFixture } from './support/restricties.testing';
import { RS025 } from './rs025.rule';

describe('RS025 Maximale lengte 64 posities', () => {
  it('passes a Verwijzer Naam of 64 positions', () => {
    const message = changed(okFixture('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), (b) => {
      b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer.Naam = 'S'.repeat(64);
    });
    expect(RS025.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for a Verwijzer Naam of 65 positions', () => {
    const message = changed(okFixture('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), (b) => {
      b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer.Naam = 'S'.repeat(65);
    });
    expect(inEnglish(RS025.check(message, context()))).toEqual([
      { rule: 'RS025', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringContaining('Verwijzer/Naam "SSS') },
    ]);
  });
});
