import { codesByClass, retourClassOf } from './retour-class';

describe('retourClassOf', () => {
  it('finds the deepest class with RetourCodes in the retourbericht', () => {
    expect(retourClassOf('WMO305', '/Bericht/Client/StartProducten/StartProduct[2]/Begindatum')).toBe('/Bericht/Client/StartProducten/StartProduct[2]');
    expect(retourClassOf('WMO305', '/Bericht/Client/Bsn')).toBe('/Bericht/Client');
    expect(retourClassOf('WMO301', '/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode')).toBe('/Bericht/Client/Contactgegevens/Contact[1]');
    expect(retourClassOf('WMO323', '/Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[2]/Eenheid')).toBe(
      '/Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[2]',
    );
  });

  it('adds the position libxml2 leaves out on a single repeating element', () => {
    expect(retourClassOf('WMO305', '/Bericht/Client/StartProducten/StartProduct/Begindatum')).toBe('/Bericht/Client/StartProducten/StartProduct[1]');
    expect(retourClassOf('WMO323', '/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]/Eenheid')).toBe(
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
    );
  });

  it('puts a finding on the declaratie as a whole on the declaratie (DeclaratieAntwoord in the 325)', () => {
    expect(retourClassOf('WMO323', '/Bericht/Declaratie')).toBe('/Bericht/Declaratie');
    expect(retourClassOf('WMO323', '/Bericht/Declaratie/TotaalIngediendBedrag')).toBe('/Bericht/Declaratie');
  });

  it('puts header findings and paths outside any class on the header', () => {
    expect(retourClassOf('WMO305', '/Bericht/Header/BerichtIdentificatie/Dagtekening')).toBe('/Bericht/Header');
    expect(retourClassOf('WMO305', '/Bericht')).toBe('/Bericht/Header');
  });

  it('groups distinct codes per class', () => {
    const codes = codesByClass('WMO305', [
      { path: '/Bericht/Client/StartProducten/StartProduct[1]/Begindatum', retourcode: '0001' },
      { path: '/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering', retourcode: '0001' },
      { path: null, retourcode: '9056' },
    ]);
    expect(Object.fromEntries(codes)).toEqual({ '/Bericht/Client/StartProducten/StartProduct[1]': ['0001'], '/Bericht/Header': ['9056'] });
  });
});
