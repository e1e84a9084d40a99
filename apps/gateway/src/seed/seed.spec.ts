/**
 * The dev seed through the real gateway app, on the real Redis and on both
 * databases: what a developer finds in the dev keys file, and that the keys
 * survive a restart.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { DATABASE, PartyRepository, type Database } from '@lib/persistence';
import { assertPgliteCanLoad, testDatabaseBackends, type TestDatabase } from '@lib/persistence/testing';
import { createGatewayApp, localUrl } from '../gateway.app';
import type { DevKeys } from './dev-keys.file';

const { redisUrl } = validateTestEnv();
const backends = testDatabaseBackends().map((b) => [b.name, b] as const);

(redisUrl ? describe.each(backends) : describe.skip.each(backends))('dev seed on %s', (name, backend) => {
  let test: TestDatabase | undefined;
  let dataDir: string;
  let keysFile: string;

  beforeAll(async () => {
    if (name === 'pglite') assertPgliteCanLoad();
    else test = await backend.create();
    dataDir = mkdtempSync(join(tmpdir(), 'iwmo-seed-'));
    keysFile = join(dataDir, 'dev-keys.json');
  });
  afterAll(async () => {
    await test?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Starts the gateway with the seed on (PGlite files, or the PostgreSQL schema, kept across starts), runs fn, stops it. */
  async function withGateway<T>(fn: (app: NestExpressApplication, url: string) => Promise<T>): Promise<T> {
    const config = validateEnv({
      PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl!, SEED_DEMO: 'true', WORKER_MODE: 'separate',
      ...(test ? { DATABASE_URL: test.url! } : {}),
    });
    const app = await createGatewayApp(config, { logger: false });
    try {
      await app.listen(0, '127.0.0.1');
      return await fn(app, localUrl(app));
    } finally {
      await app.close();
    }
  }
  const readKeys = () => JSON.parse(readFileSync(keysFile, 'utf8')) as DevKeys;
  const status = async (url: string, path: string, token: string) => (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } })).status;

  let first: DevKeys;

  it('seeds the H4 gemeenten and demo aanbieders, each with a working key, in a 0600 file with a working admin token', async () => {
    first = await withGateway(async (_app, url) => {
      const keys = readKeys();
      expect(statSync(keysFile).mode & 0o777).toBe(0o600);
      expect(keys.parties.map((p) => [p.role, p.code, p.name])).toEqual([
        ['gemeente', '0503', 'Delft'], ['gemeente', '0603', 'Rijswijk'], ['gemeente', '1783', 'Westland'], ['gemeente', '1842', 'Midden-Delfland'],
        ['aanbieder', '12345678', 'Demo Thuiszorg'], ['aanbieder', '87654321', 'Demo Begeleiding'], ['aanbieder', '11223344', 'Demo Dagbesteding'],
      ]);
      for (const party of keys.parties) expect(await status(url, '/v1/mailbox', party.apiKey)).toBe(200);
      expect(await status(url, '/v1/admin/parties', keys.adminToken!)).toBe(200);
      // The file learns the address actually listened on (PORT=0 here) once the server is up.
      expect(readKeys().gatewayUrl).toBe(url);
      return readKeys();
    });
  });

  it('keeps the keys that still work across a restart, replaces a revoked one, and generates a new admin token', async () => {
    await withGateway(async (app) => {
      const parties = new PartyRepository(app.get<Database>(DATABASE));
      const revoked = first.parties.find((p) => p.code === '87654321')!;
      await parties.revokeKey(revoked.apiKey.split('_')[1]!);
    });
    const second = readKeys();
    await withGateway(async (app, url) => {
      const third = readKeys();
      expect(statSync(keysFile).mode & 0o777).toBe(0o600);
      for (const party of third.parties) {
        const before = first.parties.find((p) => p.code === party.code)!;
        if (party.code === '87654321') expect(party.apiKey).not.toBe(before.apiKey);
        else expect(party.apiKey).toBe(before.apiKey);
        expect(await status(url, '/v1/mailbox', party.apiKey)).toBe(200);
      }
      expect(second.parties).toEqual(first.parties);
      expect(third.adminToken).not.toBe(first.adminToken);
      expect(await status(url, '/v1/admin/parties', first.adminToken!)).toBe(401);
      expect(await status(url, '/v1/admin/parties', third.adminToken!)).toBe(200);
      // One seed key per party plus the replacement: nothing piles up across restarts.
      const db = app.get<Database>(DATABASE);
      expect(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM api_keys')).rows[0]!.n)).toBe(8);
      expect((await new PartyRepository(db).list()).length).toBe(7);
    });
  });

  it('seeds one dashboard user per role whose password logs in and survives a restart', async () => {
    const login = async (url: string, username: string, password: string) => {
      const form = await fetch(`${url}/dashboard/login`);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
      const response = await fetch(`${url}/dashboard/login`, {
        method: 'POST', redirect: 'manual',
        headers: { cookie: form.headers.getSetCookie()[0]!.split(';')[0]!, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, username, password }).toString(),
      });
      return response.status;
    };
    const users = await withGateway(async (_app, url) => {
      const seeded = readKeys().dashboardUsers!;
      expect(seeded.map((u) => [u.username, u.role, u.party])).toEqual([
        ['contractteam', 'contractteam', null], ['delft', 'gemeente', '0503'], ['demo-thuiszorg', 'aanbieder', '12345678'], ['admin', 'admin', null],
      ]);
      for (const u of seeded) expect(await login(url, u.username, u.password)).toBe(303);
      return seeded;
    });
    await withGateway(async (_app, url) => {
      expect(readKeys().dashboardUsers).toEqual(users);
      expect(await login(url, 'delft', users[1]!.password)).toBe(303);
    });
  });
});

(redisUrl ? describe : describe.skip)('gateway with SEED_DEMO=false', () => {
  it('seeds nothing and writes no keys file', async () => {
    assertPgliteCanLoad();
    const dataDir = mkdtempSync(join(tmpdir(), 'iwmo-noseed-'));
    try {
      const app = await createGatewayApp(validateEnv({ PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl!, SEED_DEMO: 'false', WORKER_MODE: 'separate' }), { logger: false });
      try {
        expect(await app.get(PartyRepository).list()).toEqual([]);
      } finally {
        await app.close();
      }
      expect(() => statSync(join(dataDir, 'dev-keys.json'))).toThrow(/ENOENT/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
