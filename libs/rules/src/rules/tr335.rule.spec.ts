import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR335 } from './tr335.rule';

describe('TR335 Einddatum not more than 5 years before the DeclaratieDagtekening', () => {
  const declaratie = okFixture('WMO323', 'declaratie-delft-maart.xml'); // DeclaratieDagtekening 2026-04-03

  it('passes an Einddatum exactly 5 years before the DeclaratieDagtekening', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2021-04-01', Einddatum: '2021-04-03' };
    });
    expect(TR335.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie whose period ended longer ago', () => {
    const message = changed(declaratie, (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2021-04-01', Einddatum: '2021-04-02' };
    });
    expect(inEnglish(TR335.check(message, context()))).toEqual([
      {
        rule: 'TR335',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringContaining('ProductPeriode Einddatum 2021-04-02 lies more than 5 years before the DeclaratieDagtekening 2026-04-03'),
      },
    ]);
  });
});
