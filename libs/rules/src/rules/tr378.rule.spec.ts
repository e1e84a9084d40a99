import { parse } from '@lib/iwmo';
import { sampleWmo305 } from '@lib/iwmo/testing/sample-messages';
import { context } from '../testing/fake-state';
import { TR378 } from './tr378.rule';
import { inEnglish } from './support/restricties.testing';

describe('TR378 existing CBS gemeentecode', () => {
  it('passes an existing gemeente (Delft 0503) as Ontvanger of an aanbieder message', () => {
    expect(TR378.check(parse(sampleWmo305()), context())).toEqual([]);
  });

  it('gives S300 for a gemeentecode that is not in the CBS overview', () => {
    const message = parse(sampleWmo305().replace('<wmo305:Ontvanger>0503<', '<wmo305:Ontvanger>0999<'));
    expect(inEnglish(TR378.check(message, context()))).toEqual([
      expect.objectContaining({ rule: 'TR378', retourcode: 'S300', path: '/Bericht/Header', message: expect.stringMatching(/Ontvanger 0999/) }),
    ]);
  });
});
