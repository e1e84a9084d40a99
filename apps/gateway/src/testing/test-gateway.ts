/**
 * Test support: the real gateway app in this process, listening on a free loopback port, on the
 * real Redis and on one database backend: PostgreSQL (a fresh schema) or the embedded PGlite in a
 * temporary DATA_DIR. Import in spec files only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv, validateTestEnv } from '@lib/config';
import { DATABASE, PartyRepository, type Database, type PartyRole } from '@lib/persistence';
import { assertPgliteCanLoad, type DatabaseBackend, type TestDatabase } from '@lib/persistence/testing';
import { createGatewayApp, localUrl } from '../gateway.app';

export interface TestGateway {
  readonly app: NestExpressApplication;
  readonly url: string;
  readonly db: Database;
  /** Registers a party and gives it an API key; returns the key. */
  addParty(role: PartyRole, code: string, name: string): Promise<string>;
  /** Stops the app and removes its DATA_DIR and its test database. */
  close(): Promise<void>;
}

/**
 * Starts the gateway on `backend` with SEED_DEMO off, the test Redis, and `env` on top (e.g.
 * ADMIN_TOKEN, WORKER_MODE). `label` names the temporary DATA_DIR.
 */
export async function startTestGateway(label: string, backend: DatabaseBackend, env: Record<string, string> = {}): Promise<TestGateway> {
  const { redisUrl } = validateTestEnv();
  if (!redisUrl) throw new Error('startTestGateway needs TEST_REDIS_URL (the test command sets it)');
  let test: TestDatabase | undefined;
  if (backend.name === 'pglite') assertPgliteCanLoad();
  else test = await backend.create();
  const dataDir = mkdtempSync(join(tmpdir(), `iwmo-${label}-`));
  const close = async () => {
    await app?.close();
    await test?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  };
  let app: NestExpressApplication | undefined;
  try {
    const config = validateEnv({
      PORT: '0', DATA_DIR: dataDir, REDIS_URL: redisUrl, SEED_DEMO: 'false',
      ...(test ? { DATABASE_URL: test.url! } : {}),
      ...env,
    });
    app = await createGatewayApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await close();
    throw error;
  }
  const db = app.get<Database>(DATABASE);
  const parties = new PartyRepository(db);
  return {
    app,
    url: localUrl(app),
    db,
    addParty: async (role, code, name) => {
      const party = await parties.create({ role, code, name });
      return (await parties.createKey(party.id, 'test')).key;
    },
    close,
  };
}
