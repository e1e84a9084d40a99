import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD060 } from './cd060.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD060 VorigReferentieNummer filled exactly on a credit prestatie', () => {
  it('passes a credit with and debets without VorigReferentieNummer', () => {
    expect(CD060.check(load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml'), context())).toEqual([]);
    expect(CD060.check(load('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Prestatie for a credit without VorigReferentieNummer', () => {
    const message = load('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml');
    delete message.bericht.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer;
    expect(inEnglish(CD060.check(message, context()))).toEqual([
      {
        rule: 'CD060',
        retourcode: '0001',
        path: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
        message: expect.stringMatching(/THW-WL-26090001 is a credit \(DebetCredit C\) without VorigReferentieNummer/),
      },
    ]);
  });

  it('gives 0001 for a debet with VorigReferentieNummer, in the 325 too', () => {
    const message = load('WMO323', 'declaratie-delft-maart.xml');
    message.bericht.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'ZD2602-0003';
    expect(inEnglish(CD060.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]' })]);
    const antwoord = load('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml');
    antwoord.bericht.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer = 'X1';
    expect(inEnglish(CD060.check(antwoord, context()))).toEqual([
      expect.objectContaining({ path: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]', message: expect.stringMatching(/is a debet/) }),
    ]);
  });
});
