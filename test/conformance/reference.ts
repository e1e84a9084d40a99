import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Example } from './mutations';

/**
 * Where the official iWmo 3.2 material lies: `../shared/reference/iwmo-3.2`
 * relative to the repository root. It is reference data, not part of the
 * repository; CI provides it beside the checkout.
 */
export const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
export const REFERENCE_DIR = resolve(REPOSITORY_ROOT, '..', 'shared', 'reference', 'iwmo-3.2');
export const OFFICIAL_XSD_DIR = join(REFERENCE_DIR, 'xsd');
export const OFFICIAL_EXAMPLES_DIR = join(REFERENCE_DIR, 'voorbeeldberichten');
export const PROJECT_XSD_DIR = join(REPOSITORY_ROOT, 'schemas', 'iwmo-3.2');

/** the heen messages whose official XSDs and examples the reference holds */
export const MESSAGES = ['WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323'] as const;

export const referenceAvailable = (): boolean =>
  existsSync(join(OFFICIAL_XSD_DIR, 'basisschema.xsd')) &&
  MESSAGES.every(
    (m) => existsSync(join(OFFICIAL_XSD_DIR, `${m.toLowerCase()}.xsd`)) && existsSync(join(OFFICIAL_EXAMPLES_DIR, `${m}.xml`)),
  );

export const loadOfficialExamples = (): Example[] =>
  MESSAGES.map((message) => ({ message, xml: readFileSync(join(OFFICIAL_EXAMPLES_DIR, `${message}.xml`), 'utf8') }));

/** file name -> contents of every official XSD */
export const loadOfficialXsds = (): Map<string, string> =>
  new Map(
    readdirSync(OFFICIAL_XSD_DIR)
      .filter((f) => f.endsWith('.xsd'))
      .map((f) => [f, readFileSync(join(OFFICIAL_XSD_DIR, f), 'utf8')]),
  );
