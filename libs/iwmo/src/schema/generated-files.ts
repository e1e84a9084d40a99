import { MESSAGE_CODES, MESSAGE_TYPES } from '../registry';
import { messageTypesTs } from './types-writer';
import { basisschemaXsd, messageXsd } from './xsd-writer';

/** Every file derived from the schema model, as [path relative to the repository root, content]. */
export function generatedFiles(): Array<[string, string]> {
  return [
    ['schemas/iwmo-3.2/basisschema.xsd', basisschemaXsd()],
    ...MESSAGE_CODES.map((code): [string, string] => [`schemas/iwmo-3.2/${MESSAGE_TYPES[code].schemaFile}`, messageXsd(code)]),
    ['libs/iwmo/src/generated/message-types.ts', messageTypesTs()],
  ];
}
