/**
 * The scenario suite: sequences of messages with the verdict each must get, run
 * through `iwmo replay` and through the gateway's HTTP API, which must agree with
 * each other and with the expectation. A scenario is a folder under
 * test/scenarios/ with its messages (*.xml, run in name order) and expected.json:
 * [{ "file": "01-toewijzing.xml", "accepted": true, "retourcodes": [] }, ...].
 * retourcodes lists the distinct codes that signal a finding, in any order.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { DATABASE, type Database } from '@lib/persistence';
import { testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { replayCommand, type ReplayLine } from '../../apps/cli/src/replay.command';
import { createGatewayApp, localUrl } from '../../apps/gateway/src/gateway.app';
import { gatewaySender } from './gateway-sender';

interface Expected {
  file: string;
  accepted: boolean;
  retourcodes: string[];
}

const ROOT = __dirname;
const scenarios = readdirSync(ROOT)
  .filter((name) => statSync(join(ROOT, name)).isDirectory())
  .sort();
const { redisUrl } = validateTestEnv();
const postgres = testDatabaseBackends().find((b) => b.name === 'postgres');

const verdict = (l: { accepted: boolean; retourcodes: string[] }) => ({ accepted: l.accepted, retourcodes: [...l.retourcodes].sort() });

function scenario(name: string) {
  const dir = join(ROOT, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
  return { dir, expected, files };
}

async function replay(paths: string[]): Promise<ReplayLine[]> {
  let out = '';
  const sink = new Writable({ write: (chunk, _enc, done) => { out += String(chunk); done(); } });
  await replayCommand(paths, { json: true }, sink as unknown as typeof process.stdout);
  return out.trim().split('\n').map((l) => JSON.parse(l) as ReplayLine);
}

/** The rules across messages and on external sources (issue: the rule engine), each of which a scenario must trigger. */
const MUST_COVER = [
  'TR056', 'TR332', 'TR379', 'TR385', 'TR019', 'TR063', 'TR382', 'TR071', 'TR074', 'TR326', 'TR413', 'TR414', 'TR415',
  'TR347', 'TR349', 'TR350', 'TR351', 'TR357', 'TR361', 'TR373', 'TR374', 'TR375', 'TR411', 'TR412', 'TR359', 'TR360', 'TR365',
  'TR304', 'TR307', 'TR308', 'TR314', 'TR318', 'TR319', 'TR321', 'TR322', 'TR323', 'TR333', 'TR338', 'TR339', 'TR340', 'TR341',
  'TR346', 'TR369', 'TR384', 'TR387', 'TR388', 'TR389', 'TR390', 'TR366', 'TR367', 'TR135', 'TR378', 'TR381', 'TR418',
];
const triggered = new Set<string>();

describe('scenario files', () => {
  it.each(scenarios)('%s lists a verdict for every message, in order', (name) => {
    const { expected, files } = scenario(name);
    expect(expected.map((e) => e.file)).toEqual(files);
  });
});

describe.each(scenarios)('scenario %s through iwmo replay', (name) => {
  it('gives the expected verdicts', async () => {
    const { dir, expected, files } = scenario(name);
    const lines = await replay(files.map((f) => join(dir, f)));
    for (const line of lines) for (const e of line.errors) if (e.rule) triggered.add(e.rule);
    expect(lines.map((l, i) => ({ file: files[i], ...verdict(l), errors: l.errors.map((e) => `${e.rule ?? e.code}: ${e.message}`) }))).toEqual(
      expected.map((e) => ({ file: e.file, ...verdict(e), errors: expect.any(Array) })),
    );
  });
});

// Runs after the replay suites above (Jest runs describe blocks in order).
describe('scenario coverage', () => {
  it('triggers every rule across messages and on external sources in some scenario', () => {
    expect(MUST_COVER.filter((rule) => !triggered.has(rule))).toEqual([]);
  });
});

// The same sequences through the real gateway (HTTP, PostgreSQL, Redis), each on an emptied database.
(postgres && redisUrl ? describe : describe.skip)('scenarios through the gateway HTTP API', () => {
  let app: NestExpressApplication;
  let url: string;
  let db: Database;
  let test: TestDatabase;

  beforeAll(async () => {
    test = await postgres!.create();
    const config = validateEnv({ PORT: '0', DATABASE_URL: test.url!, REDIS_URL: redisUrl!, SEED_DEMO: 'false', WORKER_MODE: 'separate' });
    app = await createGatewayApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = localUrl(app);
    db = app.get<Database>(DATABASE);
  });
  afterAll(async () => {
    await app?.close();
    await test?.dispose();
  });

  async function emptyDatabase(): Promise<void> {
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'`,
    );
    await db.exec(`TRUNCATE ${rows.map((r) => `"${r.table_name}"`).join(', ')} CASCADE`);
  }

  it.each(scenarios)('%s gives the same verdicts as iwmo replay', async (name) => {
    await emptyDatabase();
    const { dir, expected, files } = scenario(name);
    const send = gatewaySender(url, db);
    const got: Array<{ file: string; accepted: boolean; retourcodes: string[] }> = [];
    for (const file of files) {
      const body = await send(readFileSync(join(dir, file)));
      got.push({ file, accepted: body.status === 'accepted' && body.retourcodes.length === 0, retourcodes: body.retourcodes });
    }
    expect(got.map((g) => ({ file: g.file, ...verdict(g) }))).toEqual(expected.map((e) => ({ file: e.file, ...verdict(e) })));
  });
});
