import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS139 } from './cs139.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS139 Geboortedatum agrees with DatumGebruik', () => {
  it('passes a full date without DatumGebruik and a year-only date with DatumGebruik 2', () => {
    expect(CS139.check(load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), context())).toEqual([]);
    expect(CS139.check(load('WMO315', 'vot-midden-delfland-onderaannemer-ongewone-prefixen.xml'), context())).toEqual([]);
  });

  it.each([
    ['1', '1949-09-01'],
    ['2', '1953-01-01'],
    ['3', '1900-01-01'],
  ] as const)('passes DatumGebruik %s with Datum %s', (gebruik, datum) => {
    const message = load('WMO305', 'start-delft-twee-producten.xml');
    message.bericht.Client.Geboortedatum = { Datum: datum, DatumGebruik: gebruik };
    expect(CS139.check(message, context())).toEqual([]);
  });

  it.each([
    ['1', '1949-09-14'],
    ['2', '1953-06-01'],
    ['3', '1953-01-01'],
  ] as const)('gives 0001 on the Client for DatumGebruik %s with Datum %s', (gebruik, datum) => {
    const message = load('WMO307', 'stop-delft-tijdelijk-ongewone-prefixen.xml');
    message.bericht.Client.Geboortedatum = { Datum: datum, DatumGebruik: gebruik };
    expect(inEnglish(CS139.check(message, context()))).toEqual([
      { rule: 'CS139', retourcode: '0001', path: '/Bericht/Client', message: expect.stringMatching(new RegExp(`^Client Geboortedatum ${datum} does not agree with DatumGebruik ${gebruik}`)) },
    ]);
  });

  it('gives 0001 on the Relatie in a 301', () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.Relaties!.Relatie[0]!.Geboortedatum!.DatumGebruik = '3';
    expect(inEnglish(CS139.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Relaties/Relatie[1]', message: expect.stringMatching(/1900-01-01/) })]);
  });
});
