/**
 * `iwmo demo seed` end to end: the built gateway (SEED_DEMO on, so it seeds the demo parties and writes
 * the dev keys file) and worker on PostgreSQL and Redis, and the built CLI as a child process that
 * fills them over HTTP. Then what a demo shows: the messages per type, the rejects, the corrections,
 * the dead letters, the money page above the suppression threshold, and the refusal of a second run.
 * Logs and the CLI's output: test-artifacts/e2e/demo-seed-<time>-<pid>/.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTestEnv } from '@lib/config';
import { CLIENTS_PER_PAIR, UNREACHABLE_AANBIEDER } from '../../apps/cli/src/demo/demo-plan';
import { Harness, REPO_ROOT } from './harness';

const { databaseUrl } = validateTestEnv();
const CLI_MAIN = join(REPO_ROOT, 'dist', 'apps', 'cli', 'src', 'main.js');
const DELIVERY_ATTEMPTS = 3;
/** The illustrative register contracts 10 gemeente-aanbieder pairs: 12345678 and 87654321 in all four, 11223344 in 0503 and 1842. */
const PAIRS = 10;
const CLIENTS = PAIRS * CLIENTS_PER_PAIR;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_MAIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME }, maxBuffer: 16 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** The rows of a dashboard CSV export as objects keyed by its header. */
function csvRows(text: string): Array<Record<string, string>> {
  const [header, ...lines] = text.replace(/^\ufeff/, '').trim().split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
}

(databaseUrl ? describe : describe.skip)('iwmo demo seed end to end (built gateway, worker and CLI; PostgreSQL, Redis, HTTP)', () => {
  let h: Harness;
  let keysFile: string;
  let first: Run;

  beforeAll(async () => {
    h = await Harness.start({ name: 'demo-seed', deliveryAttempts: DELIVERY_ATTEMPTS, deliveryBackoffMs: 50, logLevel: 'warn', env: { SEED_DEMO: 'true' } });
    keysFile = join(h.artifacts, 'data', 'dev-keys.json');
    first = await cli(['demo', 'seed', '--url', h.gatewayUrl, '--keys-file', keysFile, '--wait', '120']);
    writeFileSync(join(h.artifacts, 'demo-seed.stdout.txt'), first.stdout);
    writeFileSync(join(h.artifacts, 'demo-seed.stderr.txt'), first.stderr);
  }, 600_000);
  afterAll(async () => {
    await h?.teardown();
  }, 60_000);

  const keys = () => JSON.parse(readFileSync(keysFile, 'utf8')) as { parties: Array<{ code: string; apiKey: string }>; dashboardUsers: Array<{ username: string; password: string }> };
  const keyOf = (code: string) => keys().parties.find((p) => p.code === code)!.apiKey;
  const count = (sql: string, params: unknown[] = []) => h.count(sql, params);

  it('runs to the end: progress on stderr, a Dutch summary on stdout, exit 0', () => {
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('demo: [1/7]');
    expect(first.stderr).toContain('demo: [7/7]');
    expect(first.stdout).toMatch(/^Demodata geladen: \d{4}-\d{2} t\/m \d{4}-\d{2}/);
    expect(first.stdout).toMatch(/BERICHT\s+VERSTUURD\s+GEACCEPTEERD\s+AFGEWEZEN/);
    expect(first.stdout).toContain(`Dead letters: ${CLIENTS_PER_PAIR} bezorging(en) aan de onbereikbare webhook van ${UNREACHABLE_AANBIEDER.code}`);
    expect(first.stdout).toMatch(/Correcties: [1-9]\d* creditregel\(s\) en [1-9]\d* debetregel\(s\)/);
  });

  it('sent every kind of message through the API, the parties answering each other', async () => {
    const accepted = (type: string, byGateway = false) =>
      count(`SELECT count(*) AS n FROM messages WHERE message_type = $1 AND status = 'accepted' AND made_by_gateway = $2`, [type, byGateway]);
    expect(await accepted('WMO301')).toBe(CLIENTS + CLIENTS_PER_PAIR); // and the unreachable aanbieder's
    expect(await accepted('WMO302')).toBe(CLIENTS);
    expect(await accepted('WMO305')).toBe(CLIENTS);
    expect(await accepted('WMO306')).toBe(CLIENTS);
    const stops = await accepted('WMO307');
    expect(stops).toBeGreaterThanOrEqual(PAIRS * 2);
    expect(await accepted('WMO308')).toBe(stops);
    expect(await accepted('WMO323')).toBe(PAIRS * 3); // three completed months
    expect(await accepted('WMO325')).toBe(PAIRS * 3); // the gemeenten' answers
    expect(await accepted('WMO325', true)).toBeGreaterThanOrEqual(1); // the gateway's own on a prestatie at a wrong tarief
    // every mailbox read empty: nothing left pending for a demo party
    expect(await count(`SELECT count(*) AS n FROM deliveries WHERE channel = 'mailbox' AND status <> 'acked'`)).toBe(0);
  });

  it('has rejects: whole messages (TR056, TR019, XSD) and prestaties, by the gateway (TR418) and by a gemeente', async () => {
    const rejected = (await h.database.query<{ retourcodes: string[] }>(`SELECT retourcodes FROM messages WHERE status = 'rejected' AND made_by_gateway = false`)).rows;
    expect(rejected.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rejected.flatMap((r) => r.retourcodes))).toEqual(new Set(['9056', '9019', '0001']));
    expect(await count(`SELECT count(*) AS n FROM messages WHERE message_type = 'WMO323' AND '0611' = ANY (retourcodes)`)).toBeGreaterThanOrEqual(1);

    const response = await h.get(keyOf('12345678'), '/v1/declaraties?limit=1000');
    const declaraties = (await response.json()) as Array<{ afgewezenPrestatiesDoorGateway: number; afgewezenDoorGemeente: number; ingediend: number; toegekend: number; open: number; afgewezenDoorGateway: number }>;
    expect(declaraties).toHaveLength(12);
    expect(declaraties.reduce((n, d) => n + d.afgewezenPrestatiesDoorGateway, 0)).toBeGreaterThanOrEqual(1);
    expect(declaraties.reduce((n, d) => n + d.afgewezenDoorGemeente, 0)).toBeGreaterThan(0);
    for (const d of declaraties) expect(d.afgewezenDoorGateway + d.afgewezenDoorGemeente + d.toegekend + d.open).toBe(d.ingediend);
    expect(declaraties.every((d) => d.open === 0)).toBe(true); // every declaratie answered
  });

  it('corrected the months paid at the old tarief (credit and debet) and declared rejected prestaties again', async () => {
    // what the gemeenten received and granted, not what was built
    const credits = await count(`SELECT count(*) AS n FROM prestaties WHERE debet_credit = 'C' AND vorig_referentie_nummer IS NOT NULL AND status = 'toegekend'`);
    const creditedMonths = await count(`SELECT count(DISTINCT (bsn, toewijzing_nummer, periode_begin)) AS n FROM prestaties WHERE debet_credit = 'C'`);
    // each credited month declared again at the new tarief: two debets of the month are toegekend, the first credited
    const redeclared = await count(
      `SELECT count(*) AS n FROM (SELECT bsn, toewijzing_nummer, periode_begin FROM prestaties WHERE debet_credit = 'D' AND status = 'toegekend'
         GROUP BY 1, 2, 3 HAVING count(DISTINCT product_tarief) = 2) x`,
    );
    const herindieningen = await count(`SELECT count(*) AS n FROM declaratie_build_lines l JOIN prestaties p ON p.referentie_nummer = l.referentie_nummer AND p.aanbieder = l.aanbieder
      WHERE l.soort = 'herindiening' AND p.status = 'toegekend'`);
    expect([credits > 0, creditedMonths, herindieningen > 0]).toEqual([true, redeclared, true]);
    expect(await count(`SELECT count(*) AS n FROM contract_register_versions`)).toBe(2); // the register file and the tariefreparatie
  });

  it('dead-lettered every delivery to the aanbieder whose webhook does not answer, after DELIVERY_ATTEMPTS attempts', async () => {
    const dead = (await h.database.query<{ attempts: number; last_error: string }>(
      `SELECT d.attempts, d.last_error FROM deliveries d JOIN parties p ON p.id = d.party_id WHERE p.code = $1 AND d.status = 'dead'`, [UNREACHABLE_AANBIEDER.code],
    )).rows;
    expect(dead).toHaveLength(CLIENTS_PER_PAIR);
    for (const d of dead) {
      expect(d.attempts).toBe(DELIVERY_ATTEMPTS);
      expect(d.last_error).toMatch(/ECONNREFUSED/);
    }
    expect(await count(`SELECT count(*) AS n FROM deliveries WHERE status = 'dead'`)).toBe(CLIENTS_PER_PAIR);
  });

  it('fills the money page: every gemeente, every month, each aanbieder with figures above the threshold', async () => {
    const user = keys().dashboardUsers.find((u) => u.username === 'contractteam')!;
    const form = await fetch(`${h.gatewayUrl}/dashboard/login`);
    const cookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const login = await fetch(`${h.gatewayUrl}/dashboard/login`, {
      method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, username: user.username, password: user.password }).toString(),
    });
    expect(login.status).toBe(303);
    const session = login.headers.getSetCookie()[0]?.split(';')[0] ?? cookie;
    const money = async (split: string) => {
      const response = await fetch(`${h.gatewayUrl}/dashboard/money/export.csv?table=money&split=${split}`, { headers: { cookie: session } });
      expect(response.status).toBe(200);
      return csvRows(await response.text());
    };
    const months = [...new Set((await money('totaal')).map((r) => r['maand']!))].sort();
    expect(months).toHaveLength(4);
    const declared = months.slice(0, 3);
    for (const split of ['totaal', 'aanbieder', 'resultaatgebied']) {
      const rows = await money(split);
      expect(rows.filter((r) => Object.values(r).includes('onderdrukt'))).toEqual([]);
      for (const r of rows) expect(Number(r['cliënten met toewijzing'])).toBeGreaterThanOrEqual(5);
      if (split === 'totaal') {
        expect(new Set(rows.map((r) => r['gemeente']!.slice(0, 4)))).toEqual(new Set(['0503', '0603', '1783', '1842']));
        for (const r of rows) {
          expect(Number(r['toegewezen'])).toBeGreaterThan(0);
          if (declared.includes(r['maand']!)) {
            expect(Number(r['cliënten gedeclareerd'])).toBeGreaterThanOrEqual(5);
            expect(Number(r['toegekend'])).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('refuses a second run on the seeded gateway with one line and exit 2, and sends nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM messages');
    const second = await cli(['demo', 'seed', '--url', h.gatewayUrl, '--keys-file', keysFile]);
    expect(second.code).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/^iwmo: de demodata staan al in deze gateway \(aanbieder 99000001 van de demodata bestaat al\); een tweede run wordt geweigerd[^\n]*\n$/);
    expect(await count('SELECT count(*) AS n FROM messages')).toBe(before);
  });
});
