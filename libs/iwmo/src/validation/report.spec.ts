import { boundErrors, ERRORS_OMITTED, errorsIn, type ValidationError } from './report';

const error = (code: string, i: number): ValidationError => ({ layer: 'rule', code, rule: null, message: `finding ${i}`, path: `/Bericht/Client[${i}]`, line: null });

describe('boundErrors', () => {
  it('leaves a list of at most the maximum as it is', () => {
    const errors = Array.from({ length: 3 }, (_, i) => error('0611', i));
    expect(boundErrors(errors, [], 3)).toEqual(errors);
  });

  it('keeps the first ones and counts the rest per kind, most frequent first', () => {
    const errors = [...Array.from({ length: 4 }, (_, i) => error('0611', i)), error('9338', 4), error('9338', 5), error('0611', 6)];
    const bounded = boundErrors(errors, [{ layer: 'xsd', code: 'IB001', count: 0 }], 3);
    expect(bounded.slice(0, 3)).toEqual(errors.slice(0, 3));
    expect(bounded[3]).toEqual({
      layer: 'rule', code: ERRORS_OMITTED, rule: null, path: null, line: null,
      omitted: [{ layer: 'rule', code: '0611', count: 2 }, { layer: 'rule', code: '9338', count: 2 }],
      message: 'Nog 4 fouten staan niet in deze lijst (2 × 0611, 2 × 9338); de lijst toont de eerste 3. Herstel deze en controleer het bericht opnieuw om de rest te zien.',
      text: expect.objectContaining({ key: 'xml.errors-omitted' }),
    });
    expect(errorsIn('en', bounded)[3]!.message).toBe(
      '4 more error(s) left out of this list (2 × 0611, 2 × 9338); it shows the first 3. Fix these and check the message again to see the rest.',
    );
  });

  it('adds errors that were never listed, and keeps the counts when bounded again', () => {
    const once = boundErrors([error('IB001', 0), error('IB001', 1)], [{ layer: 'xsd', code: 'IB001', count: 1_000 }], 1);
    expect(once[1]!.omitted).toEqual([{ layer: 'xsd', code: 'IB001', count: 1_000 }, { layer: 'rule', code: 'IB001', count: 1 }]);
    const twice = boundErrors([...once, error('0611', 2)], [], 1);
    expect(twice).toHaveLength(2);
    expect(twice[1]!.omitted!.reduce((n, o) => n + o.count, 0)).toBe(1_002);
  });
});
