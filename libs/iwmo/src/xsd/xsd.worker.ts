import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { MAX_XSD_ISSUES, type XsdIssue, type XsdResult, type XsdTask, type XsdWorkerData } from './xsd-protocol';

/**
 * A worker thread of the XSD validation pool. It compiles every schema once at
 * start-up with libxml2 (WebAssembly) and then validates messages against the
 * schema of their root namespace. Runs off the main thread so that a 25 MB
 * declaratie does not block the gateway's event loop.
 */

type Libxml2 = typeof import('libxml2-wasm');
// libxml2-wasm is an ES module with top-level await; CommonJS output would turn a plain
// import() into require(), which cannot load it.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

const TARGET_NAMESPACE = /targetNamespace="([^"]+)"/;

async function start() {
  const lib = (await importEsm('libxml2-wasm')) as Libxml2;
  const nodeIo = (await importEsm('libxml2-wasm/lib/nodejs.mjs')) as { xmlRegisterFsInputProviders(): boolean };
  nodeIo.xmlRegisterFsInputProviders();
  const { schemaDir } = workerData as XsdWorkerData;
  // No network, no external entities, no DTD loading: messages never need them.
  const parseOption = lib.ParseOption.XML_PARSE_NONET | lib.ParseOption.XML_PARSE_NO_XXE;

  const validators = new Map<string, InstanceType<Libxml2['XsdValidator']>>();
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.xsd') && f !== 'basisschema.xsd')) {
    const path = join(schemaDir, file);
    const source = readFileSync(path);
    const namespace = TARGET_NAMESPACE.exec(source.toString('utf8', 0, 4096))?.[1];
    if (!namespace) throw new Error(`${path} has no targetNamespace`);
    const schemaDoc = lib.XmlDocument.fromBuffer(source, { url: path, option: parseOption });
    try {
      validators.set(namespace, lib.XsdValidator.fromDoc(schemaDoc));
    } finally {
      schemaDoc.dispose();
    }
  }

  const toIssues = (details: Array<{ message: string; line?: number; xpath?: string | null }>): XsdIssue[] =>
    details.slice(0, MAX_XSD_ISSUES).map((d) => ({ message: d.message.trim(), line: d.line || null, xpath: d.xpath ?? null }));
  const omitted = (details: readonly unknown[]) => Math.max(0, details.length - MAX_XSD_ISSUES);

  return function validate(task: XsdTask): XsdResult {
    let doc: InstanceType<Libxml2['XmlDocument']>;
    try {
      doc = lib.XmlDocument.fromBuffer(task.xml, { option: parseOption });
    } catch (error) {
      const details = (error as { details?: Array<{ message: string; line?: number }> }).details ?? [];
      const issues = details.length ? toIssues(details) : [{ message: String((error as Error).message), line: null, xpath: null }];
      return { wellFormed: false, rootNamespace: null, rootName: null, schemaFound: false, issues, issuesOmitted: omitted(details) };
    }
    try {
      const root = doc.root;
      const rootNamespace = root.namespaceUri || null;
      const validator = rootNamespace ? validators.get(rootNamespace) : undefined;
      const result: XsdResult = { wellFormed: true, rootNamespace, rootName: root.name, schemaFound: !!validator, issues: [], issuesOmitted: 0 };
      if (!validator) return result;
      try {
        validator.validate(doc);
      } catch (error) {
        if (!(error instanceof lib.XmlValidateError)) throw error;
        result.issues = toIssues(error.details);
        result.issuesOmitted = omitted(error.details);
      }
      return result;
    } finally {
      doc.dispose();
    }
  };
}

// Piscina accepts a module whose export is a promise of the task handler.
module.exports = start();
