import { AddressInfo } from 'node:net';
import { INestApplication, INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, nestLogLevels } from '@lib/config';
import { JOB_HANDLERS, JobHandlers } from '@lib/queue';
import { WorkerModule } from './worker.module';

export interface WorkerAppOptions {
  /** false silences Nest's logger (tests); default: levels from LOG_LEVEL. */
  readonly logger?: LoggerService | false;
}

/**
 * Starts the worker: a Nest application context, or an HTTP application
 * serving only GET /metrics when WORKER_METRICS_PORT is set.
 */
export async function startWorker(config: AppConfig, options: WorkerAppOptions = {}): Promise<INestApplicationContext> {
  const module = WorkerModule.forRoot(config);
  const nestOptions = { logger: options.logger ?? nestLogLevels(config.logLevel), abortOnError: false };
  if (config.workerMetricsPort === undefined) {
    const context = await NestFactory.createApplicationContext(module, nestOptions);
    context.enableShutdownHooks();
    return context;
  }
  const app = await NestFactory.create<NestExpressApplication>(module, nestOptions);
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  try {
    await app.listen(config.workerMetricsPort, config.host);
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** 'http://host:port' of the metrics server, or undefined when the worker has no HTTP. */
export function metricsAddress(app: INestApplicationContext): string | undefined {
  if (!('getHttpServer' in app)) return undefined;
  const address = (app as INestApplication).getHttpServer().address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** 'queue/job' for every registered handler, for the start-up log. */
export function registeredHandlers(app: INestApplicationContext): string[] {
  const handlers = app.get<JobHandlers>(JOB_HANDLERS);
  return Object.entries(handlers).flatMap(([queue, jobs]) => Object.keys(jobs ?? {}).map((job) => `${queue}/${job}`));
}
