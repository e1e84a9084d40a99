import { XMLBuilder } from 'fast-xml-parser';
import type { ParsedMessage } from './parse';
import { BASISSCHEMA_NAMESPACE, MESSAGE_TYPES, type MessageCode } from './registry';
import { complexType, rootType, type ResolvedComplexType } from './schema/schema-index';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
});

/**
 * Writes a typed message as iWmo 3.2 XML: elements in schema order, the message
 * namespace as prefix wmo3NN and the basisschema as iwmo (as the standard's own
 * examples do). Elements absent from the model are left out; values are written
 * as given, escaped.
 */
export function serialize(message: ParsedMessage): string {
  const code = message.code;
  const prefix = code.toLowerCase();
  const bericht = toOrdered(code, rootType(code), message.bericht as unknown as Record<string, unknown>, prefix);
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    [`${prefix}:Bericht`]: {
      [`@_xmlns:${prefix}`]: MESSAGE_TYPES[code].namespace,
      '@_xmlns:iwmo': BASISSCHEMA_NAMESPACE,
      ...bericht,
    },
  }) as string;
}

function toOrdered(code: MessageCode, type: ResolvedComplexType, value: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const elementPrefix = type.childNamespace === BASISSCHEMA_NAMESPACE ? 'iwmo' : prefix;
  for (const decl of type.elements) {
    const v = value[decl.name];
    if (v === undefined || v === null) continue;
    const childType = complexType(code, decl.type);
    const one = (item: unknown) => (childType ? toOrdered(code, childType, item as Record<string, unknown>, prefix) : String(item));
    out[`${elementPrefix}:${decl.name}`] = Array.isArray(v) ? v.map(one) : one(v);
  }
  return out;
}
