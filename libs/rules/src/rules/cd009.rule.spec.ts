import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD009 } from './cd009.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD009 Periode only on a tijdelijk verblijfadres (Soort 04)', () => {
  it('passes a Periode on a Contact with Soort 04', () => {
    expect(CD009.check(load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the Contact for a Periode on another Soort', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    message.bericht.Client.Contactgegevens.Contact[1]!.Soort = '03';
    expect(inEnglish(CD009.check(message, context()))).toEqual([
      { rule: 'CD009', retourcode: '0001', path: '/Bericht/Client/Contactgegevens/Contact[2]', message: expect.stringMatching(/Soort 03 and a Periode/) },
    ]);
  });

  it("checks a Relatie's Contact too", () => {
    const message = load('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    message.bericht.Client.Relaties!.Relatie[0]!.Contact.Periode = { Begindatum: '2026-01-01' };
    expect(inEnglish(CD009.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Relaties/Relatie[1]/Contact' })]);
  });
});
