/**
 * Mutations of valid messages for the hostile-input property test and the
 * heap benchmark: bytes flipped, elements deleted or duplicated, values
 * replaced by boundary, long, unicode or injection strings, the body cut short.
 */
import fc from 'fast-check';

/** Replacement values: boundaries, long, unicode, and injection strings (some escaped as XML text, some raw). */
export const HOSTILE_VALUES = [
  '', ' ', '0', '-1', '00000000', '99999999999999999999', '1e309', 'NaN', '2026-02-30', '9999-12-31', '0001-01-01', '25:61:61',
  'x'.repeat(5_000), 'é'.repeat(300), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓', '\u202Eevil\u202C', '\uFEFF', 'line\nbreak\ttab',
  "'; DROP TABLE messages; --", '" OR "1"="1', 'Robert\'); DELETE FROM deliveries; --',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '${7*7}{{7*7}}',
  '../../../etc/passwd', '%2e%2e%2f', '%00', '&xxe;', '&#0;', '&#x1F;', '\u0000', ']]>', '<![CDATA[<x/>]]>', '<!-- -->',
];

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete' | 'duplicate'; element: number }
  | { kind: 'replace'; element: number; value: string }
  | { kind: 'truncate'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), element: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), element: fc.nat(), value: fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 40, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Elements with text only (no child elements): where values live. */
function leaves(xml: string): Array<{ start: number; end: number; open: string; close: string }> {
  return [...xml.matchAll(/<((?:[\w.-]+:)?[\w.-]+)>([^<]*)<\/\1>/g)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, open: `<${m[1]}>`, close: `</${m[1]}>`,
  }));
}

export function mutate(xml: string, mutations: Mutation[]): Buffer {
  let text = xml;
  let bytes: Buffer | undefined;
  for (const m of mutations) {
    if (m.kind === 'flip' || m.kind === 'truncate') {
      bytes ??= Buffer.from(text);
      if (bytes.length === 0) continue;
      if (m.kind === 'flip') bytes[m.at % bytes.length] = m.byte;
      else bytes = bytes.subarray(0, m.at % bytes.length);
      text = bytes.toString('utf8');
      continue;
    }
    const all = leaves(text);
    if (all.length === 0) continue;
    const leaf = all[m.element % all.length]!;
    const element = text.slice(leaf.start, leaf.end);
    const replacement = 'value' in m ? `${leaf.open}${m.value}${leaf.close}` : m.kind === 'duplicate' ? element + element : '';
    text = text.slice(0, leaf.start) + replacement + text.slice(leaf.end);
    bytes = undefined;
  }
  return bytes ?? Buffer.from(text);
}
