import { INestApplicationContext } from '@nestjs/common';
import { validateEnv, validateTestEnv } from '@lib/config';
import { metricsAddress, registeredHandlers, startWorker } from './worker.app';

const { redisUrl } = validateTestEnv();

(redisUrl ? describe : describe.skip)('worker', () => {
  let app: INestApplicationContext | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('starts as a plain application context without HTTP', async () => {
    app = await startWorker(validateEnv({ REDIS_URL: redisUrl! }), { logger: false });
    expect(metricsAddress(app)).toBeUndefined();
    // The delivery processor is not there yet; nothing is required, so the worker starts.
    expect(registeredHandlers(app)).toEqual([]);
  });

  it('serves only /metrics when WORKER_METRICS_PORT is set', async () => {
    app = await startWorker(validateEnv({ REDIS_URL: redisUrl!, WORKER_METRICS_PORT: '0' }), { logger: false });
    const base = metricsAddress(app)!;
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('process_cpu_user_seconds_total{app="worker"}');
    expect((await fetch(`${base}/health/live`)).status).toBe(404);
  });
});
