import { INestApplicationContext } from '@nestjs/common';
import { validateEnv, validateTestEnv } from '@lib/config';
import { testDatabaseBackends, TestDatabase } from '@lib/persistence/testing';
import { RetentionScheduler } from './retention/retention.scheduler';
import { metricsAddress, registeredHandlers, startWorker } from './worker.app';

const { redisUrl } = validateTestEnv();
// The worker shares PostgreSQL with the gateway; with the embedded database it runs inside the gateway instead.
const postgres = testDatabaseBackends().find((b) => b.name === 'postgres');

(redisUrl && postgres ? describe : describe.skip)('worker', () => {
  let app: INestApplicationContext | undefined;
  let test: TestDatabase;
  beforeEach(async () => {
    test = await postgres!.create();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await test.dispose();
  });

  const env = (more: Record<string, string> = {}) => validateEnv({ REDIS_URL: redisUrl!, DATABASE_URL: test.url!, ...more });

  it('starts as a plain application context without HTTP, with the delivery handler', async () => {
    app = await startWorker(env(), { logger: false });
    expect(metricsAddress(app)).toBeUndefined();
    expect(registeredHandlers(app)).toEqual(['delivery/deliver']);
  });

  it('schedules the retention purge', async () => {
    app = await startWorker(env({ RETENTION_INTERVAL_MINUTES: '15' }), { logger: false });
    expect(app.get(RetentionScheduler).scheduled).toBe(true);
  });

  it('serves only /metrics when WORKER_METRICS_PORT is set', async () => {
    app = await startWorker(env({ WORKER_METRICS_PORT: '0' }), { logger: false });
    const base = metricsAddress(app)!;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toContain('process_cpu_user_seconds_total{app="worker"}');
    expect(text).toContain('iwmo_delivery_attempts_total{outcome="delivered",app="worker"} 0');
    expect(text).toMatch(/iwmo_queue_depth\{state="waiting",app="worker"\} \d+/);
    expect((await fetch(`${base}/health/live`)).status).toBe(404);
  });
});
