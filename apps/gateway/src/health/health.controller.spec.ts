import { Logger, ServiceUnavailableException } from '@nestjs/common';
import type { Database } from '@lib/persistence';
import { CHECK_TIMEOUT_MS, HealthController, RedisClientSource } from './health.controller';

type Db = Pick<Database, 'query'>;
const upDb = { query: jest.fn(async () => ({ rows: [], rowCount: 1 })) } as unknown as Db & { query: jest.Mock };
const downDb: Db = { query: async () => Promise.reject(new Error('connection refused')) };
const redis = (ping: () => Promise<string>): RedisClientSource => ({ client: Promise.resolve({ ping }) });
const upRedis = redis(async () => 'PONG');

async function readiness(controller: HealthController): Promise<{ status: number; body: unknown }> {
  try {
    return { status: 200, body: await controller.ready() };
  } catch (error) {
    if (error instanceof ServiceUnavailableException) return { status: error.getStatus(), body: error.getResponse() };
    throw error;
  }
}

describe('HealthController', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']));

  it('is live whatever the dependencies do', () => {
    expect(new HealthController(downDb, redis(() => new Promise(() => undefined))).live()).toEqual({ status: 'ok' });
  });

  it('is ready when PostgreSQL and Redis answer', async () => {
    expect(await readiness(new HealthController(upDb, upRedis))).toEqual({
      status: 200,
      body: { status: 'ok', checks: { postgres: 'up', redis: 'up' }, failed: [] },
    });
    expect(upDb.query).toHaveBeenCalledWith('SELECT 1');
  });

  it('answers 503 naming PostgreSQL when it fails', async () => {
    expect(await readiness(new HealthController(downDb, upRedis))).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { postgres: 'down', redis: 'up' }, failed: ['postgres'] },
    });
  });

  it('answers 503 naming Redis when it fails or answers oddly', async () => {
    for (const source of [redis(async () => Promise.reject(new Error('ECONNREFUSED'))), redis(async () => 'LOADING')]) {
      expect(await readiness(new HealthController(upDb, source))).toMatchObject({ status: 503, body: { failed: ['redis'] } });
    }
  });

  it('counts a dependency that hangs as down after the timeout', async () => {
    jest.useFakeTimers();
    try {
      const hanging = new HealthController(upDb, { client: new Promise(() => undefined) });
      const pending = readiness(hanging);
      await jest.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
      expect(await pending).toMatchObject({ status: 503, body: { checks: { postgres: 'up', redis: 'down' } } });
    } finally {
      jest.useRealTimers();
    }
  });
});
