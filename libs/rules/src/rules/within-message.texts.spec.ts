import { findingMessage, type Finding } from '../rule';
import { context } from '../testing/fake-state';
import { CD005 } from './cd005.rule';
import { CD080 } from './cd080.rule';
import { CS002 } from './cs002.rule';
import { CS100 } from './cs100.rule';
import { CS335 } from './cs335.rule';
import { RS001 } from './rs001.rule';
import { RS008 } from './rs008.rule';
import { RS033 } from './rs033.rule';
import { RS037 } from './rs037.rule';
import { changed, okFixture } from './support/restricties.testing';

/** A rule's findings said in Dutch and in English. */
const both = (findings: Finding[]) => findings.map((f) => ({ nl: findingMessage(f, 'nl'), en: findingMessage(f, 'en') }));

describe('the within-message rules say their findings in Dutch and in English', () => {
  it('CD005: Dutch by default, with the element names as the standard spells them', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      delete b.Client.Contactgegevens.Contact[0]!.Adres!.LandCode;
    });
    const [finding] = CD005.check(message, context());
    expect(finding).toEqual(expect.objectContaining({ text: { key: 'CD005.postcode-without-landcode', params: { postcode: '2611AB' } } }));
    expect(findingMessage(finding!)).toBe('Adres heeft Postcode 2611AB maar geen LandCode (CD005); vul LandCode (NL voor een Nederlands adres).');
    expect(findingMessage(finding!, 'en')).toBe('Adres has Postcode 2611AB but no LandCode (CD005); fill LandCode (NL for a Dutch address).');
  });

  it('CD080: a phrase among the parameters is said in the same language', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      const product = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
      delete product.Product!.Code;
      delete product.Einddatum;
    });
    expect(both(CD080.check(message, context()))).toEqual([
      {
        nl: expect.stringMatching(/^ToegewezenProduct heeft geen Product Code en geen Einddatum, maar wel Omvang \(Volume .*\) \(CD080\); een aspecifiek of generiek product krijgt geen Omvang: laat Omvang leeg/),
        en: expect.stringMatching(/^ToegewezenProduct has no Product Code and no Einddatum, yet has Omvang \(Volume .*\) \(CD080\); an aspecific or generic product gets no Omvang/),
      },
    ]);
  });

  it('CS002: the masked Bsn in both languages', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.Bsn = '123456789';
    });
    expect(both(CS002.check(message, context()))).toEqual([
      {
        nl: 'Bsn ******789 voldoet niet aan de 11-proef (CS002); controleer het BSN van deze cliënt in de BRP.',
        en: 'Bsn ******789 fails the 11-proef (CS002); check the BSN of this client against the BRP.',
      },
    ]);
  });

  it('CS100: the Prestatie and both dates as phrases', () => {
    const message = changed(okFixture('WMO323', 'declaratie-westland-tariefcorrectie-ongewone-prefixen.xml'), (b) => {
      b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[1]!.ProductPeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' };
    });
    expect(both(CS100.check(message, context()))).toEqual([
      {
        nl: 'ProductPeriode van Prestatie THW-WL-26090002 heeft Begindatum 2020-12-01 en Einddatum 2020-12-31 (CS100); een declaratie gaat over perioden vanaf 2021-01-01: controleer de datums van de periode.',
        en: 'ProductPeriode of Prestatie THW-WL-26090002 has Begindatum 2020-12-01 and Einddatum 2020-12-31 (CS100); a declaratie covers periods from 2021-01-01 on: check the dates of the period.',
      },
    ]);
  });

  it('CS335: an empty Einddatum is "(leeg)" in Dutch', () => {
    const message = changed(okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml'), (b) => {
      const product = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
      product.RedenWijziging = '13';
      delete product.Einddatum;
    });
    expect(both(CS335.check(message, context()))).toEqual([
      { nl: expect.stringMatching(/RedenWijziging 13 \(verwijderd\) met Ingangsdatum \S+ en Einddatum \(leeg\) \(CS335\); maak de Einddatum gelijk aan de Ingangsdatum/), en: expect.stringMatching(/and Einddatum \(empty\) \(CS335\)/) },
    ]);
  });

  it('RS008: the restrictie sentence with its problem and fix, singular in both languages', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.Geslacht = '12' as never;
    });
    expect(both(RS008.check(message, context()))).toEqual([
      {
        nl: expect.stringMatching(/^Geslacht "12" is 2 tekens lang \(RS008\); maximaal 1 teken toegestaan: vul een van de codes uit de codelijst \([0-9, ]+\)\.$/),
        en: expect.stringMatching(/^Geslacht "12" is 2 characters long \(RS008\); at most 1 is allowed: fill one of the codes of its code list \([0-9, ]+\)\.$/),
      },
    ]);
  });

  it('RS001: a negative amount, with the hint on DebetCredit', () => {
    const message = changed(okFixture('WMO323', 'declaratie-delft-maart.xml'), (b) => {
      b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.IngediendBedrag.Bedrag = '-39800';
    });
    expect(both(RS001.check(message, context()))).toEqual([
      {
        nl: 'IngediendBedrag/Bedrag "-39800" is lager dan het minimum van 0 (RS001); vul 0 of meer (een credit wordt aangegeven met DebetCredit C, niet met een minteken).',
        en: 'IngediendBedrag/Bedrag "-39800" is below the minimum of 0 (RS001); fill 0 or more (a credit is shown with DebetCredit C, not with a minus sign).',
      },
    ]);
  });

  it('RS037: the element named in the fix is a phrase of its own', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.Bsn = '12345678';
    });
    expect(both(RS037.check(message, context()))).toEqual([
      {
        nl: 'Bsn "12345678" bestaat niet uit precies 9 cijfers (RS037); vul het Bsn met 9 cijfers, inclusief voorloopnullen, zonder spaties of andere tekens.',
        en: 'Bsn "12345678" is not exactly 9 digits (RS037); fill the Bsn as 9 digits, including leading zeros, without spaces or other characters.',
      },
    ]);
  });

  it('RS033: an empty element', () => {
    const message = changed(okFixture('WMO305', 'start-delft-twee-producten.xml'), (b) => {
      b.Client.Bsn = '  ';
    });
    expect(both(RS033.check(message, context()))).toEqual([
      {
        nl: 'Bsn is aanwezig maar leeg (RS033); vul het element, of laat het weg als het geen waarde heeft (als het optioneel is).',
        en: 'Bsn is present but empty (RS033); fill it, or leave the element out when it has no value (if it is optional).',
      },
    ]);
  });
});
