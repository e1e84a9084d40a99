import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS100 } from './cs100.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS100 declaratie periods from 2021-01-01 on', () => {
  it('passes periods in 2026', () => {
    expect(CS100.check(load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes a ProductPeriode starting on 2021-01-01', () => {
    const message = load('WMO323', 'declaratie-rijswijk-halve-maand-default-ns.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode = { Begindatum: '2021-01-01', Einddatum: '2021-01-31' };
    expect(CS100.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie for a ProductPeriode in 2020', () => {
    const message = load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductPeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' };
    expect(inEnglish(CS100.check(message, context()))).toEqual([
      {
        rule: 'CS100',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
        message: expect.stringMatching(/ProductPeriode of Prestatie THW-WL-26090002 has Begindatum 2020-12-01 and Einddatum 2020-12-31 \(CS100\)/),
      },
    ]);
  });

  it('gives 0001 on the Declaratie for a DeclaratiePeriode in 2020', () => {
    const message = load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    message.bericht.Declaratie.DeclaratiePeriode.Begindatum = '2020-12-01';
    expect(inEnglish(CS100.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Declaratie', message: expect.stringMatching(/DeclaratiePeriode has Begindatum 2020-12-01 \(CS100\)/) })]);
  });
});
