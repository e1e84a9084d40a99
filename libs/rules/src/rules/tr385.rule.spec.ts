import { findingMessage } from '../rule';
import { NO_DECLARATIE_STATE, type DeclaredTotals } from '../state/declaratie-state';
import { context, fakeState } from '../testing/fake-state';
import { wmo301 } from '../testing/fake-toewijzing-state';
import { TR385 } from './tr385.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR385 no withdrawal (RedenWijziging 13) of a toewijzing with declared prestaties', () => {
  const declaredOn = (nummer: string, totals: DeclaredTotals) =>
    context({ state: fakeState({ declaraties: { ...NO_DECLARATIE_STATE, declared: (_g, _a, n) => (n === nummer ? totals : { volumePerEenheid: {}, bedrag: 0 }) } }) });
  const withdraw = wmo301([{ ToewijzingNummer: '260101', RedenWijziging: '13', Einddatum: '2026-02-01' }]);

  it('passes a withdrawal without declarations, or whose prestaties were credited (net zero)', () => {
    expect(TR385.check(withdraw, declaredOn('999', { volumePerEenheid: { '82': 3 }, bedrag: 120000 }))).toEqual([]);
    expect(TR385.check(withdraw, declaredOn('260101', { volumePerEenheid: { '82': 0 }, bedrag: 0 }))).toEqual([]);
  });

  it('passes a change that is not a withdrawal', () => {
    expect(TR385.check(wmo301([{ ToewijzingNummer: '260101', Einddatum: '2026-06-30' }]), declaredOn('260101', { volumePerEenheid: { '82': 3 }, bedrag: 120000 }))).toEqual([]);
  });

  it('gives 9385 on the ToegewezenProduct that withdraws a toewijzing with declared prestaties', () => {
    expect(inEnglish(TR385.check(withdraw, declaredOn('260101', { volumePerEenheid: { '82': 3 }, bedrag: 120000 })))).toEqual([
      {
        rule: 'TR385',
        retourcode: '9385',
        path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]',
        message: expect.stringMatching(/cannot be withdrawn \(RedenWijziging 13\).*net €1,200\.00, volume 3 \(Eenheid 82\)/),
      },
    ]);
  });

  it('says the finding in Dutch by default, the net amount in Dutch euros', () => {
    expect(TR385.check(withdraw, declaredOn('260101', { volumePerEenheid: {}, bedrag: 120000 })).map((f) => findingMessage(f, 'nl'))).toEqual([
      'Toewijzing 260101 kan niet worden ingetrokken (RedenWijziging 13): aanbieder 12345678 heeft erop gedeclareerd en de prestaties zijn niet gecrediteerd (netto €\u00a01.200,00). ' +
        'Beëindig de toewijzing in plaats daarvan met een Einddatum, of vraag de aanbieder eerst de prestaties te crediteren.',
    ]);
  });
});
