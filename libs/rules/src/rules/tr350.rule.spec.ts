import { context, fakeState } from '../testing/fake-state';
import { FakeToewijzingState, wmo317 } from '../testing/fake-toewijzing-state';
import { TR350 } from './tr350.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR350 every OngewijzigdProduct is an actuele toewijzing of the client', () => {
  const toewijzingen = new FakeToewijzingState()
    .withProduct({ toewijzingNummer: '1' })
    .withProduct({ toewijzingNummer: '3', einddatum: '2026-05-31' })
    .withProduct({ toewijzingNummer: '5', bsn: '999990032' });
  const judge = (nummers: string[]) =>
    inEnglish(
      TR350.check(
        wmo317({ OngewijzigdeProducten: { OngewijzigdProduct: nummers.map((ToewijzingNummer) => ({ ToewijzingNummer })) } }, { dagtekening: '2026-06-10' }),
        context({ state: fakeState({ toewijzingen }) }),
      ),
    );

  it('passes an actuele toewijzing of the client', () => {
    expect(judge(['1'])).toEqual([]);
  });

  it('gives 9350 on each OngewijzigdProduct that is unknown, ended or of another client', () => {
    const findings = judge(['1', '9', '3', '5']);
    expect(findings.map((f) => [f.retourcode, f.path])).toEqual([
      ['9350', '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[2]'],
      ['9350', '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[3]'],
      ['9350', '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[4]'],
    ]);
    expect(findings[0].message).toMatch(/ToewijzingNummer 9 .* no toewijzing with this number/);
    expect(findings[1].message).toMatch(/ended on 2026-05-31, before the Dagtekening 2026-06-10/);
    expect(findings[2].message).toMatch(/another client/);
  });
});
