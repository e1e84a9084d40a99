import { parse, serialize } from '@lib/iwmo';
import type { BuiltLine } from './declaratie-build';
import { toWmo323, wmo323Xml } from './wmo323';

const line = (over: Partial<BuiltLine>): BuiltLine => ({
  soort: 'nieuw', bsn: '999990019', toewijzingNummer: '100001', productCategorie: '02', productCode: '02A03', periodeBegin: '2026-03-01', periodeEind: '2026-03-31',
  geleverdVolume: 1, eenheid: '82', productTarief: 33100, bedrag: 33100, debetCredit: 'D', vorigReferentieNummer: null, onderaannemer: null,
  onderaannemerPrestatieId: null, dagenGeleverd: 31, group: 'g', ...over,
});

describe('the built WMO323', () => {
  const lines = [
    line({ bsn: '999990032', eenheid: '83', productTarief: null, geleverdVolume: 17529, bedrag: 17529, periodeBegin: '2026-03-01', periodeEind: '2026-03-31' }),
    line({ soort: 'credit', debetCredit: 'C', vorigReferentieNummer: 'OWN&<REF>"1\'' }),
    line({ soort: 'debet', productTarief: 34000, bedrag: 34000 }),
  ];
  const { message, paths } = toWmo323({ aanbieder: '12345678', gemeente: '0503', periode: '2026-04' }, lines, {
    declaratieNummer: 'GD0000000001', identificatie: 'GB0000000001', dagtekening: '2026-05-04', referentieNummers: ['GR1', 'GR2', 'GR3'],
  });

  it('groups prestaties per client in BSN order, with the month as DeclaratiePeriode and the net total', () => {
    expect(message.bericht.Header).toMatchObject({ BerichtCode: '484', Afzender: '12345678', Ontvanger: '0503', BerichtIdentificatie: { Identificatie: 'GB0000000001', Dagtekening: '2026-05-04' } });
    expect(message.bericht.Declaratie.DeclaratiePeriode).toEqual({ Begindatum: '2026-04-01', Einddatum: '2026-04-30' });
    expect(message.bericht.Declaratie.TotaalIngediendBedrag).toEqual({ TotaalBedrag: String(17529 - 33100 + 34000), DebetCredit: 'D' });
    expect(message.bericht.Declaratie.Clienten.Client.map((c) => [c.Bsn, c.Prestaties.Prestatie.length])).toEqual([['999990019', 2], ['999990032', 1]]);
    expect(paths).toEqual([
      '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]',
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
    ]);
    const euro = message.bericht.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!;
    expect(euro).not.toHaveProperty('ProductTarief');
  });

  it('is written as serialize writes it, without the indentation, and reads back as the same message', () => {
    const xml = wmo323Xml(message);
    expect(xml).toBe(serialize(message).replace(/>\s+</g, '><'));
    expect(parse(Buffer.from(xml))).toEqual(message);
  });
});
