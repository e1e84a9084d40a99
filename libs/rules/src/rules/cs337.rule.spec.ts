import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS337 } from './cs337.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS337 a ProductPeriode lies within one calendar month', () => {
  it('passes whole and partial months', () => {
    expect(CS337.check(load('WMO323', 'declaratie-delft-maart.xml'), context())).toEqual([]);
    expect(CS337.check(load('WMO323', 'declaratie-rijswijk-halve-maand-default-ns.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie for a ProductPeriode across months', () => {
    const message = load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[3]!.ProductPeriode.Einddatum = '2026-10-31';
    expect(inEnglish(CS337.check(message, context()))).toEqual([
      {
        rule: 'CS337',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[4]',
        message: expect.stringMatching(/THW-WL-26090004 has ProductPeriode 2026-09-01 to 2026-10-31/),
      },
    ]);
  });

  it('gives 0001 for the same month of another year', () => {
    const message = load('WMO323', 'declaratie-rijswijk-halve-maand-default-ns.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2027-03-31';
    expect(inEnglish(CS337.check(message, context()))).toHaveLength(1);
  });
});
