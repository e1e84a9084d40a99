/**
 * The declaratie builder at scale: one aanbieder with 10,000 clients in one gemeente, 2.5 toewijzingen each on
 * average (stapeling: ORH and SPF for everyone, GEZ for half), in PostgreSQL.
 *
 *   node --expose-gc --import tsx bench/declaratie-build.bench.ts [--clients 10000]
 *
 * 1. build March (no history): time, the builder's phases, peak RSS during the build;
 * 2. the March declaratie is accepted and approved (its prestaties toegekend), then a retroactive raise of every
 *    SPF tarief from 2026-03-01 is announced, and April is built: every client's March SPF prestatie is credited and
 *    declared again next to April's lines: time and peak RSS again.
 * Each built WMO323 is then checked like the gateway does: XSD (layers 1-2) and all rules (layers 3-5) on the
 * state, and the findings counted (0 expected). The store is a fresh schema in BENCH_DATABASE_URL (default: the
 * test database on loopback), dropped afterwards. Prints the figures for docs/declaraties.md.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { MessageValidator, XsdValidationPool } from '@lib/iwmo';
import * as persistence from '@lib/persistence';
import { PgDatabase, PgliteDatabase, PersistentStateStore, runMigrations, sealBsns, type Database } from '@lib/persistence';
import { MessageJudge } from '@lib/pipeline';
import { ContractRegister, findingMessage } from '@lib/rules';
import { buildDeclaratie, DeclaratieBuilder, DeclaratieBuildRepository } from '@lib/funding';
import { useBenchKeys } from './lib/bench-keys';
import { bsnSequence } from './lib/generate';
import { openBenchStore } from './lib/bench-store';

const GEMEENTE = '0503';
const AANBIEDER = '12345678'; // contracted for ORH, SPF and GEZ in the illustrative register
const TODAY = '2026-07-01';
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const CLIENTS = arg('--clients', 10_000);
const MB = 1024 * 1024;

type RegisterJson = { producten: Array<{ productCode: string; resultaatgebied: string; tarieven: Array<{ vanaf: string; tariefPerMaand: number }> }> };
const registerJson = (): RegisterJson => JSON.parse(readFileSync(join(__dirname, '..', 'config', 'h4-contracts.json'), 'utf8')) as RegisterJson;

/** Peak resident memory while fn runs, sampled every 20 ms (and at the end). */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakRss: number; rssBefore: number }> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms: performance.now() - started, peakRss: peak, rssBefore };
  } finally {
    clearInterval(timer);
  }
}


/** Toewijzingen and starts in bulk (as accepted 301s and 305s would leave them). */
async function seed(db: Database): Promise<number> {
  const nextBsn = bsnSequence();
  const rows: Array<[string, string, string, string, string, string | null]> = []; // bsn, nummer, categorie, code, ingangsdatum, omvang eenheid
  let nummer = 7_000_000;
  for (let c = 0; c < CLIENTS; c++) {
    const bsn = nextBsn();
    // one in ten starts mid-March on a toewijzing without Omvang: a prorated month in euro's
    const mid = c % 10 === 0;
    rows.push([bsn, String(nummer++), '01', `01A0${(c % 4) + 1}`, '2026-01-01', '82']);
    rows.push([bsn, String(nummer++), '02', `02A0${(c % 6) + 1}`, mid ? '2026-03-11' : '2026-01-01', mid ? null : '82']);
    if (c % 2 === 0) rows.push([bsn, String(nummer++), '02', `02E0${(c % 6) + 1}`, '2026-01-01', '82']);
  }
  const col = (i: number) => rows.map((r) => r[i]);
  const bsns = sealBsns(rows.map((r) => r[0]));
  const message = randomUUID();
  await db.query(
    `INSERT INTO toegewezen_product_versions (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, product_categorie, product_code, toewijzingsdatum,
                                              toewijzingstijd, ingangsdatum, einddatum, volume, eenheid, frequentie, message_id)
     SELECT $1, $2, u.bsn_hash, u.bsn_sealed, u.nummer, u.categorie, u.code, '2025-12-15', '09:00:00', u.ingang, '2026-12-31',
            CASE WHEN u.eenheid IS NULL THEN NULL ELSE '1' END, u.eenheid, CASE WHEN u.eenheid IS NULL THEN NULL ELSE '4' END, $3
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[], $10::text[])
         AS u (bsn_hash, nummer, categorie, code, ingang, eenheid, bsn_sealed)`,
    [GEMEENTE, AANBIEDER, message, bsns.hashes, col(1), col(2), col(3), col(4), col(5), bsns.sealed],
  );
  await db.query(
    `INSERT INTO start_producten (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, product_categorie, product_code, toewijzing_ingangsdatum, begindatum, message_id)
     SELECT $1, $2, u.bsn_hash, u.bsn_sealed, u.nummer, u.categorie, u.code, u.ingang, u.ingang, $3
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[]) AS u (bsn_hash, nummer, categorie, code, ingang, bsn_sealed)`,
    [GEMEENTE, AANBIEDER, message, bsns.hashes, col(1), col(2), col(3), col(4), bsns.sealed],
  );
  return rows.length;
}

async function main(): Promise<void> {
  useBenchKeys(persistence);
  const store = await openBenchStore({ PgDatabase, PgliteDatabase });
  const pool = await XsdValidationPool.start({ threads: 1 });
  try {
    const { db } = store;
    await runMigrations(db);
    const toewijzingen = await seed(db);
    console.log(`node ${process.version}; ${cpus().length} cores ${cpus()[0]?.model ?? ''}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; PostgreSQL; ${CLIENTS} clients, ${toewijzingen} toewijzingen (${(toewijzingen / CLIENTS).toFixed(2)} per client), gemeente ${GEMEENTE} (proratie kalenderdagen)`);

    const v1 = ContractRegister.fromJson(registerJson());
    const raisedJson = registerJson();
    for (const p of raisedJson.producten.filter((x) => x.resultaatgebied === 'SPF')) {
      const march = p.tarieven.filter((t) => t.vanaf <= '2026-03-01').at(-1)!;
      p.tarieven.push({ vanaf: '2026-03-01', tariefPerMaand: march.tariefPerMaand + 500 });
    }
    const v2 = ContractRegister.fromJson(raisedJson);

    const results: string[] = [];
    /** The first two phases on their own (the rest of a build: judging with all rules, numbering, XML, storing). */
    const phases = async (periode: string, register: ContractRegister) => {
      let t = performance.now();
      const loaded = await new DeclaratieBuildRepository(db).load({ aanbieder: AANBIEDER, gemeente: GEMEENTE, periode });
      const load = performance.now() - t;
      t = performance.now();
      const computed = buildDeclaratie({ aanbieder: AANBIEDER, gemeente: GEMEENTE, periode, ...loaded, register, delegated: new Map() });
      const compute = performance.now() - t;
      return `load ${load.toFixed(0)} ms (${loaded.toewijzingen.length} toewijzingen, ${loaded.prestaties.length} earlier prestaties), compute ${compute.toFixed(0)} ms (${computed.lines.length} lines)`;
    };
    const check = async (label: string, register: ContractRegister, xml: string) => {
      const bytes = Buffer.from(xml);
      // the exchange's limit is 25 MB; the check reads larger ones too, to count findings
      const judge = new MessageJudge(new MessageValidator(pool, 200 * MB), new PersistentStateStore(db), { contracts: register }, () => TODAY);
      const t = performance.now();
      const checked = await judge.validate(bytes);
      const xsdErrors = checked.report.errors.length;
      const judgement = checked.parsed ? await judge.judgeParsed(checked.report, checked.parsed) : undefined;
      const ms = performance.now() - t;
      console.log(`  check ${label}: ${(bytes.length / MB).toFixed(1)} MB, XSD errors ${xsdErrors}, rule findings ${judgement?.findings.length ?? 'n/a'} (${ms.toFixed(0)} ms)`);
      if (judgement?.findings.length) console.log(`    first: ${judgement.findings[0]!.rule} ${findingMessage(judgement.findings[0]!, 'en')}`);
      return checked.parsed ? { parsed: checked.parsed, findings: judgement!.findings } : undefined;
    };

    // 1. March (in a function of its own, so that its declaratie can be collected before April is measured)
    await (async () => {
      console.log(`  phases 2026-03: ${await phases('2026-03', v1)}`);
      const march = await measured(() => new DeclaratieBuilder(db, v1, undefined, () => TODAY).build({ aanbieder: AANBIEDER, gemeente: GEMEENTE, periode: '2026-03', dryRun: false, builtBy: 'bench', dagtekening: '2026-04-02' }));
      const m = march.value.summary;
      console.log(`build 2026-03: ${march.ms.toFixed(0)} ms, peak RSS ${(march.peakRss / MB).toFixed(0)} MB (${(march.rssBefore / MB).toFixed(0)} MB before); ${m.lines.nieuw} nieuw lines, totaal EUR ${(m.totaal.bedrag / 100).toFixed(2)}`);
      results.push(`| March, first month (${m.lines.nieuw} prestaties) | ${(march.ms / 1000).toFixed(1)} s | ${(march.peakRss / MB).toFixed(0)} MB (${(march.rssBefore / MB).toFixed(0)} before) | ${(Buffer.byteLength(march.value.build!.xml) / MB).toFixed(1)} MB |`);
      const marchChecked = await check('2026-03', v1, march.value.build!.xml);

      // accepted, then approved by a 325 that lists nothing
      await db.transaction((tx) => PersistentStateStore.apply(tx, marchChecked!.parsed, { messageId: randomUUID(), findings: marchChecked!.findings }));
      await db.query(`UPDATE declaraties SET status = 'beantwoord'`);
      await db.query(`UPDATE prestaties SET status = 'toegekend' WHERE status = 'ingediend'`);
    })();

    // 2. April, after the retroactive raise of SPF from 1 March
    console.log(`  phases 2026-04: ${await phases('2026-04', v2)}`);
    const april = await measured(() => new DeclaratieBuilder(db, v2, undefined, () => TODAY).build({ aanbieder: AANBIEDER, gemeente: GEMEENTE, periode: '2026-04', dryRun: false, builtBy: 'bench', dagtekening: '2026-05-04' }));
    const a = april.value.summary;
    const lines = a.lines.nieuw + a.lines.credit + a.lines.debet + a.lines.herindiening;
    console.log(`build 2026-04 with corrections: ${april.ms.toFixed(0)} ms, peak RSS ${(april.peakRss / MB).toFixed(0)} MB (${(april.rssBefore / MB).toFixed(0)} MB before); ${a.lines.nieuw} nieuw, ${a.lines.credit} credit, ${a.lines.debet} debet; totaal EUR ${(a.totaal.bedrag / 100).toFixed(2)} ${a.totaal.debetCredit}; ${a.skipped.length} left out`);
    results.push(`| April after a retroactive SPF raise (${a.lines.nieuw} nieuw + ${a.lines.credit} credit + ${a.lines.debet} debet) | ${(april.ms / 1000).toFixed(1)} s | ${(april.peakRss / MB).toFixed(0)} MB (${(april.rssBefore / MB).toFixed(0)} before) | ${(Buffer.byteLength(april.value.build!.xml) / MB).toFixed(1)} MB |`);
    await check('2026-04', v2, april.value.build!.xml);
    console.log(`  (${lines} prestaties in April's declaratie)`);

    console.log('\n| build | time | peak RSS | WMO323 size |\n|---|---|---|---|');
    for (const r of results) console.log(r);
  } finally {
    await pool.close();
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
