import { text, type Text } from '@lib/i18n';
import { RETOURCODES } from '@lib/iwmo';

/**
 * What an aanbieder does about a rejected prestatie, per retourcode of a declaratie-antwoord
 * (WMO325), as a catalogue text. The meaning of each code is in libs/iwmo/src/codelists/retourcodes.ts;
 * this adds the remedy. Codes not listed fall back to "correct what the rule names and declare again".
 */
const FIXES: Readonly<Record<string, Text>> = {
  '0001': text('funding.fix.0001'),
  '0611': text('funding.fix.0611'),
  '8017': text('funding.fix.8017'),
  '8021': text('funding.fix.8021'),
  '8187': text('funding.fix.8187'),
  '9307': text('funding.fix.9307'),
  '9308': text('funding.fix.9308'),
  '9319': text('funding.fix.9319'),
  '9321': text('funding.fix.9321'),
  '9322': text('funding.fix.9322'),
  '9338': text('funding.fix.9338'),
  '9339': text('funding.fix.9339'),
  '9340': text('funding.fix.9340'),
  '9341': text('funding.fix.9341'),
  '9346': text('funding.fix.9346'),
  '9366': text('funding.fix.9366'),
  '9367': text('funding.fix.9367'),
  '9369': text('funding.fix.9369'),
  '9384': text('funding.fix.9384'),
  '9387': text('funding.fix.9387'),
  '9388': text('funding.fix.9388'),
  '9389': text('funding.fix.9389'),
  '9390': text('funding.fix.9390'),
  'S329': text('funding.fix.S329'),
};

/** The remedy for a retourcode, or a general one naming the rule when none is written out. */
export function fixFor(code: string): Text {
  const fix = FIXES[code];
  if (fix) return fix;
  const info = RETOURCODES[code];
  return info?.rule ? text('funding.fix.rule', { rule: info.rule, betekenis: info.betekenis }) : text('funding.fix.general');
}
