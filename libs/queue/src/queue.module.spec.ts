import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { ConfigModule, validateEnv, validateTestEnv } from '@lib/config';
import { QueueModule } from './queue.module';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queues';

const { redisUrl } = validateTestEnv();

(redisUrl ? describe : describe.skip)('QueueModule on Redis', () => {
  @Module({ imports: [ConfigModule.forRoot(validateEnv({ REDIS_URL: redisUrl! })), QueueModule.forRoot()] })
  class TestModule {}

  it('registers the queues with their default job options and the key prefix', async () => {
    const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    try {
      const queue = app.get<Queue>(getQueueToken(QueueName.Delivery));
      await queue.waitUntilReady();
      expect(queue.defaultJobOptions).toMatchObject(DEFAULT_JOB_OPTIONS);
      expect(queue.opts.prefix).toBe('iwmo');
      // The connection is ioredis (redisOptionsFromUrl), which answers PING as the health check uses it.
      const client = (await queue.client) as unknown as { ping(): Promise<string> };
      expect(await client.ping()).toBe('PONG');
    } finally {
      await app.close();
    }
  });

  // BullMQ used to end the process with an unhandled 'error' when a queue was
  // closed while its connection was still starting (QueueShutdown prevents it).
  it('survives being closed at any moment of start-up', async () => {
    for (let i = 0; i < 60; i++) {
      const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
      await new Promise((resolve) => setTimeout(resolve, i % 7));
      await app.close();
    }
  });
});

describe('QueueModule without Redis', () => {
  // Nothing listens on port 1: the connection keeps failing, and closing must still end quietly.
  @Module({ imports: [ConfigModule.forRoot(validateEnv({ REDIS_URL: 'redis://127.0.0.1:1' })), QueueModule.forRoot()] })
  class UnreachableModule {}

  it('closes cleanly while the connection never came up', async () => {
    for (let i = 0; i < 3; i++) {
      const app = await NestFactory.createApplicationContext(UnreachableModule, { logger: false });
      await new Promise((resolve) => setTimeout(resolve, 50 * i));
      await app.close();
    }
    // A late 'error' without a listener would surface after close; give it the chance.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
});
