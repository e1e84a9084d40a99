import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type MessageCode, type ParsedMessageOf } from '@lib/iwmo';
import { context } from '../testing/fake-state';
import { CS003 } from './cs003.rule';
import { inEnglish } from './support/restricties.testing';

const load = <C extends MessageCode>(code: C, file: string) =>
  parse(readFileSync(join(__dirname, '../../../../test/fixtures', code.toLowerCase(), 'ok', file))) as ParsedMessageOf<C>;

describe('CS003 an end date on or after the start of its period', () => {
  it('passes the fixtures: products, a Contact Periode and TeWijzigenProducten', () => {
    expect(CS003.check(load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml'), context())).toEqual([]);
    expect(CS003.check(load('WMO315', 'vot-delft-stapeling-default-ns.xml'), context())).toEqual([]);
    expect(CS003.check(load('WMO317', 'vow-westland-ongewijzigd-tewijzigen-nieuw.xml'), context())).toEqual([]);
  });

  it('passes an end date equal to the start date', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    const product = message.bericht.Client.ToegewezenProducten.ToegewezenProduct[0]!;
    product.Einddatum = product.Ingangsdatum;
    expect(CS003.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the ToegewezenProduct for an Einddatum before the Ingangsdatum', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    message.bericht.Client.ToegewezenProducten.ToegewezenProduct[2]!.Einddatum = '2026-05-31';
    expect(inEnglish(CS003.check(message, context()))).toEqual([
      {
        rule: 'CS003',
        retourcode: '0001',
        path: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[3]',
        message: 'ToegewezenProduct has Einddatum 2026-05-31 before Ingangsdatum 2026-06-01 (CS003); the end date must be on or after the start date.',
      },
    ]);
  });

  it('gives 0001 on the Contact for a Periode that ends before it begins', () => {
    const message = load('WMO301', 'toewijzing-westland-na-vow-verwisselde-prefixen.xml');
    message.bericht.Client.Contactgegevens.Contact[1]!.Periode!.Einddatum = '2026-05-03';
    expect(inEnglish(CS003.check(message, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Contactgegevens/Contact[2]', message: expect.stringMatching(/Contact Periode has Einddatum 2026-05-03 before Begindatum 2026-05-04/) })]);
  });

  it('gives 0001 on the AangevraagdProduct and on the TeWijzigenProduct', () => {
    const vot = load('WMO315', 'vot-delft-stapeling-default-ns.xml');
    vot.bericht.Client.AangevraagdeProducten.AangevraagdProduct[1]!.ToewijzingEinddatum = '2026-04-30';
    expect(inEnglish(CS003.check(vot, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]', message: expect.stringMatching(/ToewijzingEinddatum 2026-04-30 before ToewijzingIngangsdatum 2026-05-01/) })]);
    const vow = load('WMO317', 'vow-delft-omvang-default-ns.xml');
    vow.bericht.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Einddatum = '2026-09-30';
    expect(inEnglish(CS003.check(vow, context()))).toEqual([expect.objectContaining({ path: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]' })]);
  });
});
