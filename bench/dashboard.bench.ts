/**
 * How fast the dashboard's pages are with a year of data for the four H4 gemeenten.
 *
 *   npm run build && npx tsx bench/dashboard.bench.ts [--toewijzingen 19500] [--aanbieders 30] [--runs 5]
 *
 * 1. Starts the built gateway as a process (test/e2e/harness.ts: a fresh PostgreSQL schema of its
 *    own, its own redis-server, no worker) and seeds a year of traffic straight into the tables
 *    (apps/gateway/src/dashboard/testing/dashboard-seed.ts seedYear): 19,500 toewijzingen give
 *    about 100,000 messages with deliveries, toewijzingen, starts and stops, and monthly
 *    declaraties with their prestaties and 325s; about 8% of the toewijzingen are delegated to
 *    onderaannemers (onderaanneming_toewijzingen, their prestaties as the onderaannemer's build
 *    lines) and about 5% of the answered prestaties are rejected by the gemeente's 325 with a
 *    retourcode. Then VACUUM ANALYZE, as autovacuum does after a bulk load.
 * 2. Server time: each page fetched over loopback with a logged-in session cookie, `runs` times
 *    after one warm-up; time from request to the last byte of the HTML.
 *    The money page reuses what it read while the tables are unchanged, so it is measured after a
 *    new toewijzing and declaratie (everything read and computed afresh), after a new toewijzing only,
 *    and unchanged.
 * 3. Full load in Chromium (Debian's /usr/bin/chromium, headless, playwright-core): navigation
 *    until the load event and every chart drawn (canvas[data-rendered]), `runs` times.
 *
 * Prints a markdown table and writes it, with the machine and the command, into docs/dashboard.md
 * (between the bench markers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { sealBsn } from '@lib/persistence';
import { loadContractRegister } from '@lib/funding';
import { seedYear } from '../apps/gateway/src/dashboard/testing/dashboard-seed';
import { Harness, REPO_ROOT } from '../test/e2e/harness';

const ADMIN_TOKEN = 'bench-dashboard-admin-token-0123456789';
const PASSWORD = 'bench dashboard password';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

async function main(): Promise<void> {
  const toewijzingen = option('toewijzingen', 19_500);
  const aanbieders = option('aanbieders', 30);
  const runs = option('runs', 5);
  const h = await Harness.start({ name: 'dashboard-bench', worker: false, logLevel: 'warn', env: { ADMIN_TOKEN } });
  try {
    const today = new Date().toISOString().slice(0, 10);
    let started = performance.now();
    const seeded = await seedYear(h.database, {
      today, toewijzingen, extraAanbieders: Math.max(0, aanbieders - 3), register: loadContractRegister(), seed: 1, log: (l) => console.log(l),
    });
    await h.database.exec('VACUUM ANALYZE');
    const counts = {
      messages: await h.count('SELECT count(*) AS n FROM messages'),
      deliveries: await h.count('SELECT count(*) AS n FROM deliveries'),
      toewijzingen: await h.count('SELECT count(*) AS n FROM toegewezen_product_versions'),
      prestaties: await h.count('SELECT count(*) AS n FROM prestaties'),
      delegated: await h.count('SELECT count(*) AS n FROM onderaanneming_toewijzingen'),
      verdicts: await h.count(`SELECT count(*) AS n FROM prestaties WHERE status = 'afgewezen' AND antwoord_id IS NOT NULL`),
      events: await h.count('SELECT count(*) AS n FROM message_events'),
    };
    console.log(`seeded in ${ms(performance.now() - started)}: ${JSON.stringify(counts)} (${seeded.messages} messages generated)`);

    const create = await fetch(`${h.gatewayUrl}/v1/admin/dashboard-users`, {
      method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', role: 'contractteam', password: PASSWORD }),
    });
    if (create.status !== 201) throw new Error(`creating the user: ${create.status} ${await create.text()}`);

    // log in over HTTP for the server timings
    const form = await fetch(`${h.gatewayUrl}/dashboard/login`);
    const loginCookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const login = await fetch(`${h.gatewayUrl}/dashboard/login`, {
      method: 'POST', redirect: 'manual', headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, username: 'bench', password: PASSWORD }).toString(),
    });
    const session = login.headers.getSetCookie().find((c) => c.startsWith('iwmo_dashboard='))!.split(';')[0]!;
    const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
    const { rows } = await h.database.query<{ id: string }>(`SELECT id FROM messages WHERE status = 'rejected' LIMIT 1`);
    // a new toewijzing version (outside every period shown) invalidates the money figures' cache, as a new 301 does
    let version = 0;
    const touch = () => h.database.query(
      `INSERT INTO toegewezen_product_versions (gemeente, aanbieder, bsn_hash, bsn_sealed, toewijzing_nummer, product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum,
                                                einddatum, message_id)
       VALUES ('0503', '12345678', $2, $3, $1, '01A01', '2000-01-01', '09:00:00', '2000-01-01', '2000-01-31', gen_random_uuid())`,
      [`9${++version}`, sealBsn('100000000').hash, sealBsn('100000000').sealed],
    );
    // and a declaratie (rejected as a whole, so the figures stay the same) the declared amounts', as a new 323 does
    const declaratie = () => h.database.query(
      `INSERT INTO declaraties (message_id, aanbieder, gemeente, identificatie, dagtekening, declaratie_nummer, periode_begin, periode_eind, totaal_bedrag, totaal_dc, status)
       VALUES (gen_random_uuid(), '12345678', '0503', $1, '2000-02-01', $1, '2000-01-01', '2000-01-31', 0, 'D', 'afgewezen')`,
      [`BENCH${++version}`],
    );
    const both = async () => {
      await touch();
      await declaratie();
    };
    const pages: Array<[string, string, (() => Promise<unknown>)?]> = [
      ['Flows (last 30 days, per day)', '/dashboard/flows'],
      ['Flows (a year, per month)', `/dashboard/flows?from=${yearAgo}&granularity=month`],
      ['Flows (a year, one gemeente)', `/dashboard/flows?from=${yearAgo}&granularity=week&gemeente=0503`],
      ['Rejects (last 90 days)', '/dashboard/rejects'],
      ['Rejects (a year)', `/dashboard/rejects?from=${yearAgo}`],
      ['Rejects (a year), the 325s\' prestaties with one code', `/dashboard/rejects?from=${yearAgo}&bron=gemeente&retourcode=9321`],
      ['Queues and deadlines', '/dashboard/queues'],
      ['Money (12 months), after a new toewijzing and declaratie', '/dashboard/money', both],
      ['Money (12 months), after a new toewijzing', '/dashboard/money', touch],
      ['Money (12 months), unchanged', '/dashboard/money'],
      ['Money per resultaatgebied, after a new toewijzing and declaratie', '/dashboard/money?split=resultaatgebied', both],
      ['Money per resultaatgebied, after a new toewijzing', '/dashboard/money?split=resultaatgebied', touch],
      ['Money per resultaatgebied, unchanged', '/dashboard/money?split=resultaatgebied'],
      ['Money per hoofd-/onderaannemer, after a new toewijzing and declaratie', '/dashboard/money?split=aannemer', both],
      ['Money per hoofd-/onderaannemer, unchanged', '/dashboard/money?split=aannemer'],
      ['One message', `/dashboard/messages/${rows[0]!.id}`],
      ['CSV export (money table)', '/dashboard/money/export.csv?table=money'],
    ];

    const server = new Map<string, number[]>();
    for (const [name, path, before] of pages) {
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        await before?.();
        started = performance.now();
        const response = await fetch(`${h.gatewayUrl}${path}`, { headers: { cookie: session } });
        await response.text();
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        if (i > 0) times.push(performance.now() - started); // the first run warms up
      }
      server.set(name, times);
    }

    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
    const full = new Map<string, number[]>();
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${h.gatewayUrl}/dashboard/login`);
      await page.fill('#username', 'bench');
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL('**/dashboard/flows'), page.click('form.login button[type=submit]')]);
      for (const [name, path, before] of pages.filter(([, p]) => !p.includes('/export.csv'))) {
        const times: number[] = [];
        for (let i = 0; i <= runs; i++) {
          await before?.();
          started = performance.now();
          await page.goto(`${h.gatewayUrl}${path}`, { waitUntil: 'load' });
          await page.waitForFunction(() => {
            const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<unknown> } }).document;
            return doc.querySelectorAll('canvas[data-chart]').length === doc.querySelectorAll('canvas[data-rendered="true"]').length;
          });
          if (i > 0) times.push(performance.now() - started);
        }
        full.set(name, times);
      }
    } finally {
      await browser.close();
    }

    const lines = [
      `| page | server: median | server: max | Chromium full load: median | Chromium: max |`,
      `|---|---:|---:|---:|---:|`,
      ...pages.map(([name]) => {
        const s = server.get(name)!;
        const f = full.get(name);
        return `| ${name} | ${ms(median(s))} | ${ms(Math.max(...s))} | ${f ? ms(median(f)) : '-'} | ${f ? ms(Math.max(...f)) : '-'} |`;
      }),
    ];
    const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL on loopback`;
    const data = `Data: ${counts.messages} messages (${counts.events} status events), ${counts.deliveries} deliveries, ${counts.toewijzingen} toewijzing versions (${counts.delegated} delegated to an onderaannemer), ${counts.prestaties} prestaties (${counts.verdicts} rejected by a 325); 4 gemeenten, ${aanbieders} aanbieders, one year.`;
    const report = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`,
      data,
      `Each figure over ${runs} runs after one warm-up. Server: request to last byte of the HTML over loopback. Chromium: navigation until the load event and every chart drawn.`,
      '"After a new toewijzing (and declaratie)": a toewijzing version (and a declaratie) was stored just before each run, so the money page re-reads the toewijzingen (and the declaraties) and recomputes; "unchanged": the results for the same filter are reused.',
      `Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (1, 5, 15 min).`,
      '',
      ...lines,
    ].join('\n');
    console.log(`\n${report}\n`);
    const docs = join(REPO_ROOT, 'docs', 'dashboard.md');
    const text = readFileSync(docs, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (text.includes(start) && text.includes(end)) {
      writeFileSync(docs, `${text.slice(0, text.indexOf(start) + start.length)}\n${report}\n${text.slice(text.indexOf(end))}`);
      console.log(`written to ${docs}`);
    }
  } finally {
    await h.teardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
