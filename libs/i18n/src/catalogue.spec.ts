import * as enSections from './catalogue/en/sections';
import * as nlSections from './catalogue/nl/sections';
import { en } from './catalogue/en';
import { nl } from './catalogue/nl';
import type { Section } from './catalogue/section';
import { langOf } from './lang';
import { render, renderStored, text, type TextKey } from './text';

/** Any parameter a text asks for, as a recognisable value. */
const anyParams = new Proxy({}, { get: (_, name) => (typeof name === 'string' ? `«${name}»` : undefined) });
const say = (section: Section, key: string): string => (section[key] as (p: unknown) => string)(anyParams);

describe('the catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(Object.keys(nlSections))('section %s has no key of another section (a duplicate would silently win)', (name) => {
    const mine = new Set(Object.keys((nlSections as Record<string, Section>)[name]));
    for (const [other, section] of Object.entries(nlSections as Record<string, Section>)) {
      if (other === name) continue;
      expect(Object.keys(section).filter((k) => mine.has(k))).toEqual([]);
    }
    expect(Object.keys((enSections as Record<string, Section>)[name]).sort()).toEqual([...mine].sort());
  });

  it('say every text in both languages, with every parameter it names and nothing undefined', () => {
    for (const key of Object.keys(nl)) {
      for (const [lang, catalogue] of [['nl', nl], ['en', en]] as const) {
        const said = say(catalogue as Section, key);
        expect({ key, lang, said }).toEqual({ key, lang, said: expect.stringMatching(/\S/) });
        expect({ key, lang, said }).not.toEqual({ key, lang, said: expect.stringMatching(/undefined|\[object Object\]|NaN/) });
      }
    }
  });
});

describe('render', () => {
  it('refuses a key that no catalogue has', () => {
    expect(() => render({ key: 'NO-SUCH-KEY' as TextKey }, 'en')).toThrow("no text 'NO-SUCH-KEY' in the en catalogue");
  });

  it('keeps the stored words of a text this version does not know', () => {
    expect(renderStored({ key: 'NO-SUCH-KEY', params: {} }, 'nl', 'de oude woorden')).toBe('de oude woorden');
    expect(renderStored('not a text', 'en', 'old words')).toBe('old words');
  });

  it('makes texts that are plain JSON', () => {
    const keys = Object.keys(nl) as TextKey[];
    if (keys.length === 0) return;
    const made = (text as (key: TextKey, params?: object) => ReturnType<typeof text>)(keys[0], anyParams);
    expect(JSON.parse(JSON.stringify({ key: made.key }))).toEqual({ key: keys[0] });
  });
});

describe('langOf', () => {
  it.each([
    ['en', 'en'], ['en-GB', 'en'], ['EN_us', 'en'], ['nl', 'nl'], ['nl-NL', 'nl'], ['', 'nl'], [undefined, 'nl'], ['de', 'nl'], ['fr-BE', 'nl'],
  ])('reads %p as %p', (value, lang) => {
    expect(langOf(value)).toBe(lang);
  });
});
