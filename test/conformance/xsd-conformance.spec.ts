import { XsdValidationPool, type XsdResult } from '@lib/iwmo';
import { describeMutation, generateMutations, MUTATION_KINDS, type Mutation, type MutationSet } from './mutations';
import { OfficialSchemas } from './official-schemas';
import {
  loadOfficialExamples,
  loadOfficialXsds,
  MESSAGES,
  OFFICIAL_XSD_DIR,
  PROJECT_XSD_DIR,
  REFERENCE_DIR,
  referenceAvailable,
} from './reference';
import { xmllintVerdicts } from './xmllint-check';

/**
 * Conformance of the project's own XSDs (schemas/iwmo-3.2, generated from
 * libs/iwmo/src/schema) with the official iWmo 3.2 XSDs: on the official
 * examples and on some 2,300 seeded mutations of them, the project's schemas
 * must give exactly the verdict (valid / invalid) of the official schemas.
 *
 * The reference material (official XSDs and voorbeeldberichten) is not part of
 * the repository: it lies in ../shared/reference/iwmo-3.2 beside the checkout,
 * where CI has it. Where it is absent this suite is skipped, and says so.
 */

const SEED = 0x1f3a_2032; // iWmo 3.2; change it only on purpose: the mutation set is part of the test
/**
 * Enough to take one mutation of every group (see groupOf in mutations.ts): every element of the
 * examples removed, duplicated and swapped, every simple type with every applicable bad value.
 * About 2,250 groups today; validating them takes a few seconds.
 */
const BUDGET = 2300;
const XMLLINT_SAMPLE = 30;
const MIN_VALID = 100;
const MIN_INVALID = 100;

const hasReference = referenceAvailable();
if (!hasReference) {
  console.warn(
    `XSD conformance suite SKIPPED: the official iWmo 3.2 reference material was not found at ${REFERENCE_DIR} ` +
      '(../shared/reference/iwmo-3.2 relative to the repository root; it is not part of the repository, CI has it).',
  );
}
// Conditional describe: the official reference material is not part of the repository (it lies in
// ../shared beside the checkout; CI has it). Run where it exists, skip visibly where it does not.
const describeWithReference = hasReference ? describe : describe.skip;
const suiteName = hasReference
  ? 'XSD conformance: project schemas vs official iWmo 3.2 schemas'
  : 'XSD conformance (SKIPPED: ../shared/reference/iwmo-3.2 not found; the reference material is not in the repository, CI has it)';

const isValid = (r: XsdResult) => r.wellFormed && r.schemaFound && r.issues.length === 0;
const firstIssue = (r: XsdResult) =>
  !r.wellFormed ? 'not well-formed' : !r.schemaFound ? `no schema for {${r.rootNamespace ?? ''}}` : (r.issues[0]?.message ?? 'valid');
const verdict = (valid: boolean) => (valid ? 'valid' : 'invalid');

interface Outcome {
  mutation: Mutation;
  project: XsdResult;
  official: XsdResult;
}

describeWithReference(suiteName, () => {
  let projectPool: XsdValidationPool;
  let officialPool: XsdValidationPool;
  let mutationSet: MutationSet;
  let mutations: Mutation[];
  let outcomes: Outcome[];

  beforeAll(async () => {
    [projectPool, officialPool] = await Promise.all([
      XsdValidationPool.start({ schemaDir: PROJECT_XSD_DIR, threads: 2 }),
      XsdValidationPool.start({ schemaDir: OFFICIAL_XSD_DIR, threads: 2 }),
    ]);
    mutationSet = generateMutations(loadOfficialExamples(), OfficialSchemas.load(OFFICIAL_XSD_DIR), { seed: SEED, budget: BUDGET });
    mutations = mutationSet.mutations;
    outcomes = await Promise.all(
      mutations.map(async (mutation) => {
        const xml = Buffer.from(mutation.xml, 'utf8');
        const [project, official] = await Promise.all([projectPool.validate(xml), officialPool.validate(xml)]);
        return { mutation, project, official };
      }),
    );
  });

  afterAll(async () => {
    await Promise.all([projectPool?.close(), officialPool?.close()]);
  });

  describe('the official examples', () => {
    it.each(MESSAGES.map((m) => [m]))('%s is valid against the official and the project schemas', async (message) => {
      const example = loadOfficialExamples().find((e) => e.message === message)!;
      const xml = Buffer.from(example.xml, 'utf8');
      const [official, project] = await Promise.all([officialPool.validate(xml), projectPool.validate(xml)]);
      expect({ official: firstIssue(official), project: firstIssue(project) }).toEqual({ official: 'valid', project: 'valid' });
    });
  });

  describe('the mutation set', () => {
    it('is large, deterministic and spread over every message, kind of change and kind of element', () => {
      expect(mutations.length).toBeGreaterThanOrEqual(1000);
      // the budget takes one of every group at least (raise BUDGET when this fails after adding variants)
      expect(mutations.length).toBeGreaterThanOrEqual(mutationSet.groups);
      expect(new Set(mutations.map((m) => m.message))).toEqual(new Set(MESSAGES));
      expect(new Set(mutations.map((m) => m.kind))).toEqual(new Set(MUTATION_KINDS));
      const elementKinds: Array<Mutation['elementKind']> = ['root', 'message-complex', 'message-leaf', 'basis-complex', 'basis-leaf', 'document'];
      expect(new Set(mutations.map((m) => m.elementKind))).toEqual(new Set(elementKinds));
      for (const message of MESSAGES) {
        const kinds = new Set(mutations.filter((m) => m.message === message).map((m) => m.elementKind));
        // every example has elements of every kind except, possibly, complex basisschema elements
        const missing = elementKinds.filter((k) => k !== 'basis-complex' && !kinds.has(k));
        expect({ message, missing }).toEqual({ message, missing: [] });
      }
      const again = generateMutations(loadOfficialExamples(), OfficialSchemas.load(OFFICIAL_XSD_DIR), { seed: SEED, budget: BUDGET });
      expect(again.mutations.map((m) => m.xml)).toEqual(mutations.map((m) => m.xml));
    });

    it(`holds both verdicts (at least ${MIN_VALID} valid and ${MIN_INVALID} invalid mutations)`, () => {
      const valid = outcomes.filter((o) => isValid(o.official)).length;
      expect(valid).toBeGreaterThanOrEqual(MIN_VALID);
      expect(outcomes.length - valid).toBeGreaterThanOrEqual(MIN_INVALID);
      // spelling the namespaces differently must never change the verdict (a check on the generator)
      const misspelled = outcomes.filter((o) => o.mutation.kind === 'namespace-spelling' && !isValid(o.official));
      expect(misspelled.map((o) => `${describeMutation(o.mutation)}: ${firstIssue(o.official)}`)).toEqual([]);
    });
  });

  it('the project schemas agree with the official schemas on every mutation', () => {
    const disagreements = outcomes.filter((o) => isValid(o.project) !== isValid(o.official));

    const perKind = MUTATION_KINDS.map((kind) => {
      const ofKind = outcomes.filter((o) => o.mutation.kind === kind);
      const valid = ofKind.filter((o) => isValid(o.official)).length;
      return `${kind}=${ofKind.length}(${valid} valid)`;
    }).join(' ');
    const agreeing = outcomes.length - disagreements.length;
    const validTotal = outcomes.filter((o) => isValid(o.official)).length;
    console.log(
      `xsd-conformance: ${outcomes.length} mutations of ${MESSAGES.length} messages ` +
        `(${validTotal} valid, ${outcomes.length - validTotal} invalid per the official XSDs): ${perKind}; ` +
        `agreement ${agreeing}/${outcomes.length} (${((100 * agreeing) / outcomes.length).toFixed(1)} %)`,
    );

    if (disagreements.length) {
      const lines = disagreements.map(
        (d) =>
          `- ${describeMutation(d.mutation)}\n    official: ${verdict(isValid(d.official))} (${firstIssue(d.official)})` +
          `\n    project:  ${verdict(isValid(d.project))} (${firstIssue(d.project)})`,
      );
      throw new Error(
        `the project's schemas disagree with the official schemas on ${disagreements.length} of ${outcomes.length} mutations:\n` +
          lines.join('\n'),
      );
    }
  });

  it(`a second engine (xmllint-wasm) gives the official schemas' verdict on a sample of ${XMLLINT_SAMPLE} mutations`, async () => {
    // every n-th mutation with an official schema for its root: deterministic and spread over the set
    const checkable = outcomes.filter((o) => o.official.schemaFound);
    const step = Math.floor(checkable.length / XMLLINT_SAMPLE);
    const sample = Array.from({ length: XMLLINT_SAMPLE }, (_, i) => checkable[i * step]);
    const xsdFileOf = (namespace: string) => `${/\/(wmo\d{3})\/schema$/.exec(namespace)![1]}.xsd`;
    const xmllint = await xmllintVerdicts(
      sample.map((o, i) => ({ id: `mutation-${i}`, xml: o.mutation.xml, xsdFile: xsdFileOf(o.official.rootNamespace!) })),
      loadOfficialXsds(),
    );
    const differing = sample
      .map((o, i) => ({ o, xmllint: xmllint.get(`mutation-${i}`) }))
      .filter(({ o, xmllint: v }) => v !== isValid(o.official))
      .map(
        ({ o, xmllint: v }) =>
          `- ${describeMutation(o.mutation)}: libxml2-wasm ${verdict(isValid(o.official))} (${firstIssue(o.official)}), xmllint-wasm ${v === undefined ? 'no verdict' : verdict(v)}`,
      );
    expect(new Set(sample.map((o) => isValid(o.official))).size).toBe(2);
    expect(differing.join('\n')).toBe('');
  });
});
