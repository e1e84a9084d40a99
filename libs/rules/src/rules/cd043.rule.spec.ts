import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CD043 } from './cd043.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CD043 BeschikkingIngangsdatum filled exactly when BeschikkingNummer is', () => {
  it('passes a product with both and a product with neither', () => {
    expect(CD043.check(load('WMO315', 'vot-delft-stapeling-default-ns.xml'), context())).toEqual([]);
  });

  it('gives 0001 on the AangevraagdProduct for a BeschikkingNummer without date', () => {
    const message = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    delete message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[0]!.BeschikkingIngangsdatum;
    expect(inEnglish(CD043.check(message, context()))).toEqual([
      { rule: 'CD043', retourcode: '0001', path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', message: expect.stringMatching(/BeschikkingNummer 503260077 but no BeschikkingIngangsdatum/) },
    ]);
  });

  it('gives 0001 for a BeschikkingIngangsdatum without BeschikkingNummer', () => {
    const message = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    message.bericht.Client.AangevraagdeProducten.AangevraagdProduct[1]!.BeschikkingIngangsdatum = '2026-05-01';
    expect(inEnglish(CD043.check(message, context()))).toEqual([
      expect.objectContaining({ path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]', message: expect.stringMatching(/but no BeschikkingNummer/) }),
    ]);
  });
});
