import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS325 } from './cs325.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS325 an amount of 0 is debet', () => {
  it('passes the fixtures, including a TotaalToegekendBedrag of 0 D', () => {
    expect(CS325.check(load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml'), context())).toEqual([]);
    expect(CS325.check(load('WMO325', 'declaratie-antwoord-rijswijk-declaratienummer-niet-uniek-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it('passes a credit of more than 0', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.TotaalIngediendBedrag.DebetCredit = 'C';
    expect(CS325.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Declaratie for a TotaalIngediendBedrag of 0 C', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: '0', DebetCredit: 'C' };
    expect(inEnglish(CS325.check(message, context()))).toEqual([
      { rule: 'CS325', retourcode: '0001', path: '/Bericht/Declaratie', message: 'TotaalIngediendBedrag is 0 with DebetCredit C (CS325); an amount of 0 is always D (debet).' },
    ]);
  });

  it('gives 0001 on the Prestatie for an IngediendBedrag of 00 C', () => {
    const message = load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.IngediendBedrag.Bedrag = '00';
    expect(inEnglish(CS325.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' })]);
  });

  it('gives 0001 on the DeclaratieAntwoord for a TotaalToegekendBedrag of 0 C', () => {
    const message = load('WMO325', 'declaratie-antwoord-rijswijk-declaratienummer-niet-uniek-ongewone-prefixen.xml');
    message.bericht.DeclaratieAntwoord!.TotaalToegekendBedrag.DebetCredit = 'C';
    expect(inEnglish(CS325.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/DeclaratieAntwoord', message: expect.stringMatching(/^TotaalToegekendBedrag is 0/) })]);
  });
});
