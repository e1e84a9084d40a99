import { render } from '@lib/i18n';
import { okFixture } from './restricties.testing';
import {
  dateProblem,
  elementsOfType,
  integerValue,
  isRealDate,
  keyValue,
  maxLength,
  minValue,
  periodsOverlap,
  sameProduct,
  shortPath,
  timeProblem,
  yearsBefore,
  type ElementAt,
  type ProductPeriod,
  type Violation,
} from './restricties';

/** A violation's problem and fix in English words. */
const english = (violation: Violation) => violation && violation.map((t) => render(t, 'en'));

describe('restricties support', () => {
  it('finds elements of a data type with their path and the class they belong to', () => {
    const message = okFixture('WMO301', 'toewijzing-delft-orh-en-begeleiding.xml');
    expect(elementsOfType(message, ['LDT_Telefoonnummer']).map((e) => [e.path, e.classPath, e.value])).toEqual([
      ['/Bericht/Client/Relaties/Relatie[1]/Contact/Telefoon/Telefoon01/Telefoonnummer', '/Bericht/Client/Relaties/Relatie[1]/Contact', '0612345678'],
      ['/Bericht/Client/Contactgegevens/Contact[1]/Telefoon/Telefoon01/Telefoonnummer', '/Bericht/Client/Contactgegevens/Contact[1]', '0152145678'],
    ]);
  });

  it('places 323 findings on the Prestatie, the Client or the Declaratie', () => {
    const message = okFixture('WMO323', 'declaratie-delft-maart.xml');
    const classes = new Set(elementsOfType(message, ['LDT_Datum', 'LDT_BurgerServicenummer']).map((e) => e.classPath));
    expect([...classes]).toEqual([
      '/Bericht/Header',
      '/Bericht/Declaratie',
      '/Bericht/Declaratie/Clienten/Client[1]',
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]',
      '/Bericht/Declaratie/Clienten/Client[2]',
      '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]',
    ]);
  });

  it('places retour findings on the classes that carry RetourCodes', () => {
    const message = okFixture('WMO325', 'declaratie-antwoord-westland-deels-afgewezen-default-ns.xml');
    expect(elementsOfType(message, ['LDT_Bedrag', 'LDT_TotaalBedrag']).map((e) => e.classPath)).toEqual([
      '/Bericht/DeclaratieAntwoord',
      '/Bericht/DeclaratieAntwoord',
      '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]',
      '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]',
    ]);
  });

  it('knows calendar dates and times', () => {
    expect(['2028-02-29', '2000-02-29', '2026-12-31'].map(isRealDate)).toEqual([true, true, true]);
    expect(['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '0000-01-01', '26-01-01'].map(isRealDate)).toEqual([false, false, false, false, false, false]);
    expect(dateProblem('2026-03-01')).toBeNull();
    expect(english(dateProblem('2026-03-01-01:00'))).toEqual(['has a time zone', 'a date is filled without time zone: send it as 2026-03-01']);
    expect(english(dateProblem('01-03-2026'))?.[0]).toBe('is not a date in the form YYYY-MM-DD');
    expect(timeProblem('10:15:00')).toBeNull();
    expect(timeProblem('10:15:00.5')).toBeNull();
    expect(timeProblem('24:00:00')).toBeNull();
    expect(english(timeProblem('10:15:00Z'))?.[0]).toBe('has a time zone');
    expect(english(timeProblem('10:60:00'))?.[0]).toBe('is not an existing time of day');
    expect(yearsBefore('2026-02-28', 120)).toBe('1906-02-28');
  });

  it('reads whole numbers as XML Schema does and checks their bounds', () => {
    expect(integerValue(' +0042 ')).toBe(42n);
    expect(integerValue('-0')).toBe(0n);
    expect(integerValue('12.50')).toBeNull();
    const bedrag: ElementAt = { path: '/Bericht/X/Bedrag', classPath: '/Bericht/X', name: 'Bedrag', type: 'LDT_Bedrag', value: '', leaf: true };
    expect(minValue(0n)('-0', bedrag)).toBeNull();
    expect(english(minValue(0n)('-1', bedrag))).toEqual(['is below the minimum of 0', 'fill 0 or more (a credit is shown with DebetCredit C, not with a minus sign)']);
    expect(keyValue('0042')).toBe('42');
    expect(keyValue(' ZD-1 ')).toBe('ZD-1');
  });

  it('counts length in characters, not UTF-16 units', () => {
    const naam: ElementAt = { path: '/Bericht/Client/Naam/Voorletters', classPath: '/Bericht/Client', name: 'Voorletters', type: 'LDT_Voorletters', value: '', leaf: true };
    expect(maxLength(2)('😀😀', naam)).toBeNull();
    expect(english(maxLength(1)('éé', naam))).toEqual(['is 2 characters long', 'at most 1 is allowed: shorten it to 1 character']);
  });

  it('points at the code list when a coded element is too long', () => {
    const geslacht: ElementAt = { path: '/Bericht/Client/Geslacht', classPath: '/Bericht/Client', name: 'Geslacht', type: 'LDT_Geslacht', value: '', leaf: true };
    expect(english(maxLength(1)('12', geslacht))).toEqual(['is 2 characters long', 'at most 1 is allowed: fill one of the codes of its code list (0, 1, 2)']);
  });

  it('decides when two products are the same for the overlap rules', () => {
    const p = (categorie: string | undefined, code: string | undefined): ProductPeriod => ({ path: '', categorie, code, begin: '2026-01-01', end: undefined });
    expect(sameProduct(p('02', '02A01'), p('02', '02A01'))).toBe(true);
    expect(sameProduct(p('02', '02A01'), p('02', '02A02'))).toBe(false);
    expect(sameProduct(p('02', undefined), p('02', '02A02'))).toBe(true);
    expect(sameProduct(p('01', undefined), p('02', undefined))).toBe(false);
    expect(sameProduct(p(undefined, undefined), p('07', '07A01'))).toBe(true);
    expect(sameProduct(p(undefined, undefined), p('13', '13A01'))).toBe(false);
    expect(sameProduct(p('14', '14A01'), p('14', '14A01'))).toBe(false);
    expect(periodsOverlap({ ...p('01', undefined), end: '2026-06-30' }, { ...p('01', undefined), begin: '2026-06-30' })).toBe(true);
    expect(periodsOverlap({ ...p('01', undefined), end: '2026-06-29' }, { ...p('01', undefined), begin: '2026-06-30' })).toBe(false);
  });

  it('names class paths briefly', () => {
    expect(shortPath('/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]')).toBe('Client[1]/Prestatie[2]');
    expect(shortPath('/Bericht/Client/Relaties/Relatie[1]/Contact')).toBe('Relatie[1]/Contact');
    expect(shortPath('/Bericht/Client/Verzoek')).toBe('Verzoek');
  });
});
