// Engine adapters for bench/xsd-engines.bench.ts.
//
// Plain ESM JavaScript on purpose: the one-shot 25 MB jobs run in child
// processes under plain `node` (see large-job.mjs). Running them under tsx
// would put tsx's loader (which transforms libxml2-wasm's 960 kB
// libxml2raw.mjs with esbuild) into the measured peak RSS: ~240 MB instead of
// ~55 MB just for importing libxml2-wasm. Types: engines.d.mts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);

/** @param {string} schemaDir @param {string} code */
export const xsdPath = (schemaDir, code) => path.join(schemaDir, `wmo${code}.xsd`);

// ---------------------------------------------------------------------------
// libxml2-wasm: schema compiled once per message type, reused for every message
// ---------------------------------------------------------------------------
export async function libxml2Engine(schemaDir) {
  const t0 = performance.now();
  const lx = await import('libxml2-wasm');
  const { xmlRegisterFsInputProviders } = await import('libxml2-wasm/lib/nodejs.mjs');
  xmlRegisterFsInputProviders();
  const loadMs = performance.now() - t0;
  /** @type {Map<string, any>} */
  const validators = new Map();

  /** (Re)compile the schema of a message type; returns milliseconds. */
  function compile(code) {
    const p = xsdPath(schemaDir, code);
    const t = performance.now();
    const doc = lx.XmlDocument.fromBuffer(fs.readFileSync(p), { url: p });
    let v;
    try {
      v = lx.XsdValidator.fromDoc(doc);
    } finally {
      doc.dispose();
    }
    const ms = performance.now() - t;
    validators.get(code)?.dispose();
    validators.set(code, v);
    return ms;
  }

  function detailsOf(e) {
    return (e.details ?? []).map((d) => `${d.line}:${d.col} ${String(d.message).trim()}`);
  }

  /** Parse + validate + dispose; timings split. */
  function validateTimed(code, buf) {
    if (!validators.has(code)) compile(code);
    const v = validators.get(code);
    const t0 = performance.now();
    let doc;
    try {
      doc = lx.XmlDocument.fromBuffer(buf);
    } catch (e) {
      if (e instanceof lx.XmlParseError) {
        return { valid: false, errors: ['not well-formed: ' + detailsOf(e).join('; ')], parseMs: performance.now() - t0, validateMs: 0 };
      }
      throw e;
    }
    const t1 = performance.now();
    try {
      v.validate(doc);
      return { valid: true, errors: [], parseMs: t1 - t0, validateMs: performance.now() - t1 };
    } catch (e) {
      if (e instanceof lx.XmlValidateError) {
        return { valid: false, errors: detailsOf(e), parseMs: t1 - t0, validateMs: performance.now() - t1 };
      }
      throw e;
    } finally {
      doc.dispose();
    }
  }

  return {
    name: 'libxml2-wasm',
    loadMs,
    compile,
    validateTimed,
    validateSync: (code, buf) => {
      const { valid, errors } = validateTimed(code, buf);
      return { valid, errors };
    },
    async validate(code, buf) {
      const { valid, errors } = validateTimed(code, buf);
      return { valid, errors };
    },
    close() {
      for (const v of validators.values()) v.dispose();
      validators.clear();
    },
  };
}

// ---------------------------------------------------------------------------
// xmllint-wasm: one call = new worker thread + wasm instance + xmllint run
// (schema parsed on every call; that is how the library is meant to be used)
// ---------------------------------------------------------------------------
export async function xmllintEngine(schemaDir, options = {}) {
  const t0 = performance.now();
  const { validateXML, memoryPages } = require('xmllint-wasm');
  const loadMs = performance.now() - t0;
  const basis = { fileName: 'basisschema.xsd', contents: fs.readFileSync(path.join(schemaDir, 'basisschema.xsd'), 'utf8') };
  /** @type {Map<string, {fileName: string, contents: string}>} */
  const schemas = new Map();
  const schemaFor = (code) => {
    let s = schemas.get(code);
    if (!s) {
      s = { fileName: `wmo${code}.xsd`, contents: fs.readFileSync(xsdPath(schemaDir, code), 'utf8') };
      schemas.set(code, s);
    }
    return s;
  };
  return {
    name: 'xmllint-wasm' + (options.stream ? ' --stream' : ''),
    loadMs,
    memoryPages,
    async validate(code, buf) {
      const r = await validateXML({
        xml: [{ fileName: 'message.xml', contents: buf }],
        schema: [schemaFor(code)],
        preload: [basis],
        ...(options.initialMemoryPages ? { initialMemoryPages: options.initialMemoryPages } : {}),
        ...(options.maxMemoryPages ? { maxMemoryPages: options.maxMemoryPages } : {}),
        ...(options.stream ? { stream: true } : {}),
      });
      return { valid: r.valid, errors: r.errors.map((e) => `${e.loc ? e.loc.lineNumber + ': ' : ''}${e.message}`) };
    },
    close() {},
  };
}

// ---------------------------------------------------------------------------
// xsd-schema-validator: one call = one JVM (java support.XMLValidator),
// schema compiled by Xerces (JDK) on every call
// ---------------------------------------------------------------------------

/** Directory of the installed package. */
export const installedXsvDir = () => path.dirname(require.resolve('xsd-schema-validator/package.json'));

/**
 * The installed package ships support/XMLValidator.class compiled for Java 21
 * (class file 65); the JDK on PATH here is 17, so the helper cannot even load,
 * and the library reports every document as "invalid" with no messages.
 * Its postinstall would normally delete the class and recompile it with the
 * local javac. We reproduce exactly that in a copy under bench/out, without
 * touching node_modules.
 */
export async function prepareXsvCopy(targetDir) {
  const src = installedXsvDir();
  fs.rmSync(targetDir, { recursive: true, force: true });
  fs.cpSync(src, targetDir, { recursive: true });
  fs.rmSync(path.join(targetDir, 'support', 'XMLValidator.class'), { force: true });
  const xsv = require(path.join(targetDir, 'lib', 'validator.js'));
  const t = performance.now();
  await xsv.setup(); // javac support/XMLValidator.java, as the package's postinstall does
  return { dir: targetDir, compileMs: performance.now() - t };
}

/** Run the installed package once on a valid document and report what it says. */
export async function probeInstalledXsv(schemaDir, code, xml) {
  const xsv = require(path.join(installedXsvDir(), 'lib', 'validator.js'));
  try {
    const r = await xsv.validateXML(xml, xsdPath(schemaDir, code));
    return { valid: r.valid, result: r.result, messages: r.messages ?? [] };
  } catch (e) {
    return { valid: false, result: e.result ?? String(e.message), messages: e.messages ?? [] };
  }
}

export async function jvmEngine(schemaDir, options = {}) {
  const pkgDir = options.packageDir ?? installedXsvDir();
  const t0 = performance.now();
  const xsv = require(path.join(pkgDir, 'lib', 'validator.js'));
  await xsv.setup(); // compiles the helper class once if missing
  const loadMs = performance.now() - t0;
  return {
    name: 'xsd-schema-validator',
    loadMs,
    /** buf: message bytes; with options.fileInput and a file path, pass { file } instead of piping text on stdin */
    async validate(code, buf, file) {
      const input = file && options.fileInput ? { file } : buf.toString('utf8');
      try {
        const r = await xsv.validateXML(input, xsdPath(schemaDir, code));
        return { valid: r.valid, errors: r.messages ?? [] };
      } catch (e) {
        if (e && e.valid === false) {
          // The library maps *any* non-zero JVM exit to "invalid". Without a
          // single diagnostic it is an engine failure, not a verdict.
          if (!e.messages || e.messages.length === 0) {
            throw new Error(`xsd-schema-validator: JVM failed without diagnostics (status=${e.result})`);
          }
          // stderr chunks may carry several diagnostics; split them again
          const errors = e.messages.flatMap((m) => String(m).split(/(?=\[(?:error|fatal|warning)\] )/)).filter(Boolean);
          return { valid: false, errors };
        }
        throw e;
      }
    },
    close() {},
  };
}

/** The java command line xsd-schema-validator spawns (used to measure the JVM's own peak RSS). */
export function jvmCommand(schemaDir, code, file, packageDir = installedXsvDir()) {
  return ['java', '-Dfile.encoding=UTF-8', '-classpath', `${packageDir}:${process.cwd()}`, 'support.XMLValidator', `-file=${file}`, `-schema=${xsdPath(schemaDir, code)}`];
}
