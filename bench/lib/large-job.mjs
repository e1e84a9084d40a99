// One-shot job for the 25 MB case, run in its own `node` child process so that
// process.resourceUsage().maxRSS is an honest per-engine peak.
//   node bench/lib/large-job.mjs <job> '<json config>'
// Prints one line: RESULT {json}
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { libxml2Engine, xmllintEngine, jvmEngine } from './engines.mjs';

const [job, cfgJson] = process.argv.slice(2);
const cfg = JSON.parse(cfgJson ?? '{}');
const { file, schemaDir, code = '323' } = cfg;

const out = { job, ok: true };
const mb = (b) => Math.round((b / 1024 / 1024) * 10) / 10;

async function main() {
  const t0 = performance.now();
  switch (job) {
    case 'baseline': {
      const buf = fs.readFileSync(file);
      out.readMs = performance.now() - t0;
      out.bytes = buf.length;
      break;
    }
    case 'libxml2': {
      const e = await libxml2Engine(schemaDir);
      out.loadMs = e.loadMs;
      out.compileMs = e.compile(code);
      const t = performance.now();
      const buf = fs.readFileSync(file);
      out.readMs = performance.now() - t;
      const r = e.validateTimed(code, buf);
      Object.assign(out, { valid: r.valid, errors: r.errors.slice(0, 3), parseMs: r.parseMs, validateMs: r.validateMs });
      out.workMs = performance.now() - t; // read + parse + validate
      e.close();
      break;
    }
    case 'xmllint': {
      const e = await xmllintEngine(schemaDir, cfg.xmllint ?? {});
      out.loadMs = e.loadMs;
      const t = performance.now();
      const buf = fs.readFileSync(file);
      try {
        const r = await e.validate(code, buf);
        Object.assign(out, { valid: r.valid, errors: r.errors.slice(0, 3) });
      } catch (err) {
        out.ok = false;
        out.error = String(err?.message ?? err).split('\n').filter(Boolean).slice(-3).join(' | ').slice(0, 400);
      }
      out.workMs = performance.now() - t; // read + worker + wasm + schema + parse + validate
      break;
    }
    case 'jvm': {
      const e = await jvmEngine(schemaDir, { packageDir: cfg.packageDir, fileInput: true });
      const t = performance.now();
      const r = await e.validate(code, Buffer.alloc(0), file);
      Object.assign(out, { valid: r.valid, errors: r.errors.slice(0, 3) });
      out.workMs = performance.now() - t; // JVM start + schema + streaming validation of the file
      break;
    }
    case 'saxes': {
      const { SaxesParser } = await import('saxes');
      const t = performance.now();
      const parser = new SaxesParser();
      let elements = 0;
      parser.on('opentag', () => { elements++; });
      await new Promise((resolve, reject) => {
        const s = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
        s.on('data', (chunk) => { try { parser.write(chunk); } catch (err) { reject(err); s.destroy(); } });
        s.on('end', resolve);
        s.on('error', reject);
      });
      parser.close();
      out.elements = elements;
      out.workMs = performance.now() - t;
      break;
    }
    case 'fxp': {
      const { XMLParser } = await import('fast-xml-parser');
      const t = performance.now();
      const text = fs.readFileSync(file, 'utf8');
      out.readMs = performance.now() - t;
      const t1 = performance.now();
      const obj = new XMLParser().parse(text);
      out.parseMs = performance.now() - t1;
      const clients = obj?.Bericht?.Declaratie?.Clienten?.Client;
      out.clients = Array.isArray(clients) ? clients.length : clients ? 1 : 0;
      out.workMs = performance.now() - t;
      break;
    }
    default:
      throw new Error(`unknown job ${job}`);
  }
  out.totalInProcessMs = performance.now() - t0;
}

try {
  await main();
} catch (err) {
  out.ok = false;
  out.error = String(err?.stack ?? err).slice(0, 500);
}
out.maxRssMB = mb(process.resourceUsage().maxRSS * 1024);
out.rssAtEndMB = mb(process.memoryUsage().rss);
process.stdout.write('RESULT ' + JSON.stringify(out) + '\n');
// xmllint-wasm / libxml2-wasm leave nothing pending, but be explicit
process.exit(0);
