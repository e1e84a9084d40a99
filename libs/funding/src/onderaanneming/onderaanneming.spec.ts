import { render, text } from '@lib/i18n';
import type { DelegatedToewijzingRow, Opgave, Relatie } from '@lib/persistence';
import type { ToegewezenProductState } from '@lib/rules/state/toewijzing-state';
import { maskBsn, OnderaannemingError } from './errors';
import { checkOpgave, monthOf, type OpgaveContext, type OpgaveInput } from './opgaven';
import { conflicting, productenOverlap, validateRelatie } from './registry';

const relatie = (overrides: Partial<Relatie> = {}): Relatie => ({
  id: 'r1', hoofdaannemer: '12345678', onderaannemer: '11111111', gemeente: '0503', producten: [{ categorie: '02', code: '02A03' }],
  vanaf: '2026-01-01', totEnMet: '2026-10-31', goedkeuring: false, createdBy: 'admin', createdAt: new Date(0), ...overrides,
});
const current = (overrides: Partial<ToegewezenProductState> = {}): ToegewezenProductState => ({
  gemeente: '0503', aanbieder: '12345678', bsn: '999990019', toewijzingNummer: '100001', productCategorie: '02', productCode: '02A03',
  ingangsdatum: '2026-03-01', einddatum: '2026-12-31', redenWijziging: null, omvang: null, budget: null, toewijzingsdatum: '2026-02-20',
  toewijzingstijd: '09:30:00', referentieAanbieder: null, ...overrides,
});
const assignment: DelegatedToewijzingRow = {
  id: '1', relatieId: 'r1', gemeente: '0503', hoofdaannemer: '12345678', onderaannemer: '11111111', toewijzingNummer: '100001', bsn: '999990019',
  productCategorie: '02', productCode: '02A03', ingangsdatum: '2026-03-01', einddatum: '2026-12-31', messageId: 'm1',
};
const ctx = (overrides: Partial<OpgaveContext> = {}): OpgaveContext => ({
  onderaannemer: '11111111', current: current(), assignment, relatie: relatie(), opgaven: [], hoofdaannemerStarted: false, ...overrides,
});
const input = (overrides: Partial<OpgaveInput>): OpgaveInput => ({ hoofdaannemer: '12345678', gemeente: '0503', toewijzingNummer: '100001', soort: 'start', ...overrides });
const codes = (r: ReturnType<typeof checkOpgave>) => ('problems' in r ? r.problems.map((p) => p.code) : []);
const liveStart = { soort: 'start', begindatum: '2026-03-01', status: 'in_bericht' } as Opgave;

describe('relation registry', () => {
  it('names every invalid field', () => {
    const problems = validateRelatie({ hoofdaannemer: '1234', onderaannemer: '1234', gemeente: '0000', producten: [{ categorie: '02', code: 'x' }, { categorie: '02', code: 'x' }], vanaf: '2026-02-30' });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'hoofdaannemer:INVALID_AGB', 'onderaannemer:INVALID_AGB', 'onderaannemer:SAME_PARTY', 'gemeente:UNKNOWN_GEMEENTE', 'vanaf:INVALID_DATE',
      'producten[0].code:INVALID_CODE', 'producten[1].code:INVALID_CODE', 'producten[1]:DUPLICATE_PRODUCT',
    ]);
    expect(validateRelatie({ hoofdaannemer: '12345678', onderaannemer: '11111111', gemeente: '0503', producten: [{ categorie: '02' }], vanaf: '2026-01-01' })).toEqual([]);
  });

  it('says each problem in Dutch by default and in English on request, and the refusal names field and code before it', () => {
    const problems = validateRelatie({ hoofdaannemer: '12345678', onderaannemer: '11111111', gemeente: '0000', producten: [{ categorie: '02' }], vanaf: '2026-01-01' });
    expect(problems.map((p) => render(p.text))).toEqual(['"0000" is geen CBS-gemeentecode; geef de 4 cijfers, bijv. 0503 voor Delft.']);
    expect(problems.map((p) => render(p.text, 'en'))).toEqual(['"0000" is not a CBS gemeentecode; give the 4 digits, e.g. 0503 for Delft.']);
    const error = new OnderaannemingError('invalid', [...problems, { field: 'vanaf', code: 'INVALID_DATE', text: text('funding.onderaanneming.invalid-date', { value: 'x' }) }]);
    expect(error.message).toBe('gemeente (UNKNOWN_GEMEENTE): "0000" is geen CBS-gemeentecode; geef de 4 cijfers, bijv. 0503 voor Delft. vanaf (INVALID_DATE): "x" is geen datum; schrijf JJJJ-MM-DD.');
    expect(render(error.text, 'en')).toBe('gemeente (UNKNOWN_GEMEENTE): "0000" is not a CBS gemeentecode; give the 4 digits, e.g. 0503 for Delft. vanaf (INVALID_DATE): "x" is not a date; write YYYY-MM-DD.');
  });

  it('a whole category overlaps each code in it; different codes or categories do not', () => {
    expect(productenOverlap([{ categorie: '02' }], [{ categorie: '02', code: '02A03' }])).toBe(true);
    expect(productenOverlap([{ categorie: '02', code: '02A03' }], [{ categorie: '02', code: '02A03' }])).toBe(true);
    expect(productenOverlap([{ categorie: '02', code: '02A01' }], [{ categorie: '02', code: '02A03' }])).toBe(false);
    expect(productenOverlap([{ categorie: '01' }], [{ categorie: '02' }])).toBe(false);
  });

  it('conflicts only on the same hoofdaannemer and gemeente with a shared day', () => {
    const existing = [relatie()];
    const candidate = { hoofdaannemer: '12345678', gemeente: '0503', producten: [{ categorie: '02' }], vanaf: '2026-10-31', totEnMet: null };
    expect(conflicting(candidate, existing)).toHaveLength(1);
    expect(conflicting({ ...candidate, vanaf: '2026-11-01' }, existing)).toEqual([]);
    expect(conflicting({ ...candidate, gemeente: '0603' }, existing)).toEqual([]);
    expect(conflicting({ ...candidate, hoofdaannemer: '87654321' }, existing)).toEqual([]);
    expect(conflicting({ ...candidate, vanaf: '2025-01-01', totEnMet: '2025-12-31' }, existing)).toEqual([]);
  });
});

describe('opgave checks', () => {
  it('refuses an unknown, foreign or withdrawn toewijzing before anything else', () => {
    expect(codes(checkOpgave(input({ begindatum: '2026-03-01' }), ctx({ current: undefined })))).toEqual(['NO_TOEWIJZING']);
    expect(codes(checkOpgave(input({ begindatum: '2026-03-01' }), ctx({ onderaannemer: '22222222' })))).toEqual(['NOT_DELEGATED_TO_YOU']);
    expect(codes(checkOpgave(input({ begindatum: '2026-03-01' }), ctx({ assignment: undefined })))).toEqual(['NOT_DELEGATED_TO_YOU']);
    expect(codes(checkOpgave(input({ begindatum: '2026-03-01' }), ctx({ current: current({ redenWijziging: '13' }) })))).toEqual(['WITHDRAWN']);
  });

  it('keeps dates within the toewijzing and the delegation', () => {
    expect(codes(checkOpgave(input({ begindatum: '2026-02-28' }), ctx()))).toEqual(['OUTSIDE_TOEWIJZING']);
    expect(codes(checkOpgave(input({ begindatum: '2026-11-01' }), ctx()))).toEqual(['OUTSIDE_DELEGATION']);
    expect(codes(checkOpgave(input({ begindatum: '2026-13-01' }), ctx()))).toEqual(['INVALID_DATE']);
    expect(checkOpgave(input({ begindatum: '2026-03-01' }), ctx())).toEqual({ opgave: { soort: 'start', begindatum: '2026-03-01', einddatum: null, redenBeeindiging: null, periode: null } });
  });

  it('wants a stop after its start, with a valid RedenBeeindiging', () => {
    const stop = input({ soort: 'stop', begindatum: '2026-03-01', einddatum: '2026-06-30', redenBeeindiging: '02' });
    expect(codes(checkOpgave(stop, ctx()))).toEqual(['NO_START']);
    expect('opgave' in checkOpgave(stop, ctx({ opgaven: [liveStart] }))).toBe(true);
    expect('opgave' in checkOpgave(stop, ctx({ hoofdaannemerStarted: true }))).toBe(true);
    expect(codes(checkOpgave({ ...stop, einddatum: '2026-02-27' }, ctx({ opgaven: [liveStart] })))).toEqual(['STOP_BEFORE_START', 'OUTSIDE_TOEWIJZING']);
    expect(codes(checkOpgave({ ...stop, redenBeeindiging: '99' }, ctx({ opgaven: [liveStart] })))).toEqual(['INVALID_REDEN']);
    expect(codes(checkOpgave(stop, ctx({ opgaven: [{ ...liveStart, status: 'afgewezen' }] })))).toEqual(['NO_START']);
  });

  it('settles a prestatie on the part of the month the toewijzing and the delegation cover', () => {
    expect(checkOpgave(input({ soort: 'prestatie', periode: '2026-03' }), ctx())).toMatchObject({ opgave: { begindatum: '2026-03-01', einddatum: '2026-03-31', periode: '2026-03-01' } });
    expect(checkOpgave(input({ soort: 'prestatie', periode: '2026-10' }), ctx({ relatie: relatie({ totEnMet: '2026-10-20' }) }))).toMatchObject({ opgave: { begindatum: '2026-10-01', einddatum: '2026-10-20' } });
    expect(codes(checkOpgave(input({ soort: 'prestatie', periode: '2026-03', einddatum: '2026-04-02' }), ctx()))).toEqual(['OUTSIDE_PERIODE']);
    expect(codes(checkOpgave(input({ soort: 'prestatie', periode: '2027-01' }), ctx()))).toEqual(['OUTSIDE_TOEWIJZING']);
    expect(codes(checkOpgave(input({ soort: 'prestatie', periode: '2026-3' }), ctx()))).toEqual(['INVALID_PERIODE']);
    const reported = { soort: 'prestatie', periode: '2026-03-01', status: 'goedgekeurd' } as Opgave;
    expect(codes(checkOpgave(input({ soort: 'prestatie', periode: '2026-03' }), ctx({ opgaven: [reported] })))).toEqual(['DUPLICATE_PRESTATIE']);
    expect('opgave' in checkOpgave(input({ soort: 'prestatie', periode: '2026-03' }), ctx({ opgaven: [{ ...reported, status: 'afgewezen' }] }))).toBe(true);
  });

  it('knows month ends and masks a Bsn', () => {
    expect(monthOf('2028-02')).toEqual({ begin: '2028-02-01', eind: '2028-02-29' });
    expect(monthOf('2026-12')).toEqual({ begin: '2026-12-01', eind: '2026-12-31' });
    expect(maskBsn('999990019')).toBe('******019');
  });
});
