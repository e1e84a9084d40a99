import { context } from '../testing/fake-state';
import { changed, okFixture, inEnglish } from './support/restricties.testing';
import { TR006 } from './tr006.rule';

describe('TR006 Contact has a Telefoon, or Huis and Postcode', () => {
  const toewijzing = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');

  it('passes a Contact with Huis and Postcode but no Telefoon', () => {
    const message = changed(toewijzing, (b) => {
      delete b.Client.Contactgegevens.Contact[0]!.Telefoon;
    });
    expect(TR006.check(message, context())).toEqual([]);
  });

  it('gives 0001 on the Contact when it has no Telefoon and no Postcode', () => {
    const message = changed(toewijzing, (b) => {
      const contact = b.Client.Contactgegevens.Contact[0]!;
      delete contact.Telefoon;
      delete contact.Adres!.Postcode;
    });
    expect(inEnglish(TR006.check(message, context()))).toEqual([
      {
        rule: 'TR006',
        retourcode: '0001',
        path: '/Bericht/Client/Contactgegevens/Contact[1]',
        message: expect.stringContaining('Contact[1] (Soort 01) has no Telefoon and its Adres has a Huis but no Postcode'),
      },
    ]);
  });

  it("checks a Relatie's Contact too", () => {
    const message = changed(toewijzing, (b) => {
      const contact = b.Client.Relaties!.Relatie[0]!.Contact;
      delete contact.Telefoon;
      delete contact.Adres;
    });
    expect(inEnglish(TR006.check(message, context()))).toEqual([expect.objectContaining({ rule: 'TR006', path: '/Bericht/Client/Relaties/Relatie[1]/Contact' })]);
  });
});
