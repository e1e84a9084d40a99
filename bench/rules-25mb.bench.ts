/**
 * All rules on a 25 MB declaratie against a store holding its toewijzingen, next to the
 * XSD validation of the same file measured in the same run.
 *
 *   npm run build && npx tsx bench/rules-25mb.bench.ts [--pglite]
 *
 * The store is a fresh schema in the PostgreSQL of BENCH_DATABASE_URL (default: the test
 * database on loopback), or the embedded PGlite with --pglite. For every prestatie of the
 * generated WMO323 the store gets the matching ToegewezenProduct (one WMO301 per client,
 * applied through the toewijzing state repository), and the contract register gets the
 * generator's products and tarieven, so the declaratie is judged as a clean one would be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as persistenceSources from '@lib/persistence';
import { useBenchKeys } from './lib/bench-keys';
import { AGB_AANBIEDER, GEMEENTE_DELFT, generateLargeWmo323, PRODUCTS } from './lib/generate';
import { storeToewijzingenFor } from './lib/large-declaratie';
import { openBenchStore } from './lib/bench-store';

const DIST = join(__dirname, '..', 'dist', 'libs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(lib: string): T => require(join(DIST, lib, 'src', 'index.js')) as T;
const iwmo = load<typeof import('../libs/iwmo/src')>('iwmo');
const persistence = load<typeof import('../libs/persistence/src')>('persistence');
const rules = load<typeof import('../libs/rules/src')>('rules');

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;


/** The contract register with the generator's products and tarieven and the generator's aanbieder contracted. */
function register() {
  const json = JSON.parse(readFileSync(join(__dirname, '..', 'config', 'h4-contracts.json'), 'utf8'));
  json.producten = PRODUCTS.map((p, i) => ({
    productCode: p.code, resultaatgebied: 'SPF', trede: i + 1, omschrijving: `bench ${p.code}`, gemeenten: [GEMEENTE_DELFT],
    geldigVanaf: '2020-01-01', geldigTotEnMet: null, tarieven: [{ vanaf: '2020-01-01', tariefPerMaand: p.tarief }],
  }));
  json.contracten.push({ aanbieder: AGB_AANBIEDER, naam: 'bench', gemeenten: [GEMEENTE_DELFT], percelen: ['SPF'], vanaf: '2020-01-01', totEnMet: null });
  return rules.ContractRegister.fromJson(json, 'bench register');
}

async function main(): Promise<void> {
  const large = generateLargeWmo323();
  const bytes = readFileSync(large.path);
  console.log(`node ${process.version}; WMO323 of ${(bytes.length / 1024 / 1024).toFixed(1)} MB: ${large.prestaties} prestaties, ${large.clients} clients`);

  // large-declaratie.ts stores the toewijzingen through the sources, the rules below run on dist
  useBenchKeys(persistence, persistenceSources);
  const store = await openBenchStore(persistence, { pglite: process.argv.includes('--pglite') });
  const pool = await iwmo.XsdValidationPool.start({ threads: 1 });
  try {
    await persistence.runMigrations(store.db);
    const declaratie = iwmo.parse(bytes);
    if (declaratie.code !== 'WMO323') throw new Error('expected a WMO323');

    // The toewijzingen the declaratie relates to: one WMO301 per client, applied as the gateway does (bench/lib/large-declaratie.ts).
    let t = performance.now();
    const products = await storeToewijzingenFor(store.db, bytes, 1);
    console.log(`store: ${products} toegewezen products of ${declaratie.bericht.Declaratie.Clienten.Client.length} clients loaded in ${ms(t)} (set-up, not measured below)\n`);

    const config = { contracts: register() };
    let queries = 0;
    const counting: import('../libs/persistence/src').Queryable = {
      query: (sql, params) => { queries++; return store.db.query(sql, params); },
      exec: (sql) => store.db.exec(sql),
    };
    const rows: string[] = [];
    const rssBefore = process.resourceUsage().maxRSS;
    for (let run = 1; run <= 2; run++) {
      t = performance.now();
      const xsd = await pool.validate(bytes);
      const xsdMs = performance.now() - t;
      if (xsd.issues.length) throw new Error(`XSD: ${xsd.issues[0]!.message}`);
      t = performance.now();
      const message = await iwmo.parseAsync(bytes);
      const parseMs = performance.now() - t;
      queries = 0;
      t = performance.now();
      const state = await new persistence.PersistentStateStore(counting).load(message);
      const loadMs = performance.now() - t;
      t = performance.now();
      const findings = rules.judge(message, { today: '2025-04-03', state, config });
      const rulesMs = performance.now() - t;
      const byRule = new Map<string, number>();
      for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      rows.push(`| ${run} | ${(xsdMs / 1000).toFixed(2)} | ${(parseMs / 1000).toFixed(2)} | ${(loadMs / 1000).toFixed(2)} (${queries} queries) | ${(rulesMs / 1000).toFixed(2)} (${rules.ALL_RULES.length} rules) | ${findings.length}${byRule.size ? ` (${[...byRule].map(([r, n]) => `${r}: ${n}`).join(', ')})` : ''} |`);
    }
    console.log('| run | XSD s | typed model s | state load s | all rules s | findings |\n|---|---|---|---|---|---|');
    rows.forEach((r) => console.log(r));
    console.log(`\npeak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${(rssBefore / 1024).toFixed(0)} MB after generating the file and filling the store)`);
  } finally {
    await pool.close();
    await store.close();
  }
}

void main();
