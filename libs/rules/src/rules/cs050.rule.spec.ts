import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS050 } from './cs050.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS050 NaamGebruik agrees with the Partnernaam', () => {
  it('passes a client with Partnernaam and NaamGebruik 4, a relatie without and 1', () => {
    expect(CS050.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
  });

  it('passes a relatie that is an organisation: no Partnernaam, NaamGebruik 6', () => {
    const message = load('WMO301', 'toewijzing-rijswijk-na-verzoek-default-ns.xml');
    message.bericht.Client.Relaties!.Relatie[0]!.Naam.NaamGebruik = '6';
    expect(CS050.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Client for a Partnernaam with NaamGebruik 6', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.Naam.NaamGebruik = '5';
    expect(inEnglish(CS050.check(message, context()))).toEqual([
      { rule: 'CS050', retourcode: '0001', path: '/Bericht/Client', message: expect.stringMatching(/Client Naam has a Partnernaam and NaamGebruik 5/) },
    ]);
  });

  it('gives 0001 on the Relatie for NaamGebruik 2 without Partnernaam', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.Relaties!.Relatie[0]!.Naam.NaamGebruik = '2';
    expect(inEnglish(CS050.check(message, context()))).toEqual([
      expect.objectContaining({ path: '/Bericht/Client/Relaties/Relatie[1]', message: expect.stringMatching(/Relatie Naam has no Partnernaam and NaamGebruik 2/) }),
    ]);
  });
});
