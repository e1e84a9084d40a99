import { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { LoggerService } from '@nestjs/common';
import { AppConfig, nestLogLevels } from '@lib/config';
import { AuditRepository } from '@lib/persistence';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi';
import { xmlBodyReader } from './xml-body';
import { ProblemFilter } from './problem.filter';

import { XML_MEDIA_TYPES } from './media-types';

export const DOCS_PATH = 'docs';

export interface GatewayAppOptions {
  /** false silences Nest's logger (tests); default: levels from LOG_LEVEL. */
  readonly logger?: LoggerService | false;
}

/**
 * Builds the gateway, initialised but not listening, so end-to-end tests can
 * run it in-process (`await app.listen(0, '127.0.0.1')`) exactly as main.ts does.
 */
export async function createGatewayApp(config: AppConfig, options: GatewayAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    rawBody: true,
    logger: options.logger ?? nestLogLevels(config.logLevel),
    // Let a boot failure reach the caller instead of process.abort().
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // XML bodies arrive as a Buffer (req.body and req.rawBody), read without holding the event loop;
  // larger ones get 413. body-parser's raw parser takes the compressed ones (it inflates within the limit).
  app.use(xmlBodyReader(config.maxMessageBytes));
  app.useBodyParser('raw', { type: XML_MEDIA_TYPES, limit: config.maxMessageBytes });
  app.enableShutdownHooks();
  app.useGlobalFilters(new ProblemFilter(app.get(AuditRepository, { strict: false })));

  const document = openApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });

  await app.init();
  return app;
}

/** The URL a client on this machine uses to reach a listening app (0.0.0.0 and :: mean loopback here). */
export function localUrl(app: NestExpressApplication): string {
  const address = app.getHttpServer().address() as AddressInfo;
  const host =
    address.address === '0.0.0.0' ? '127.0.0.1'
      : address.address === '::' ? '[::1]'
        : address.family === 'IPv6' ? `[${address.address}]`
          : address.address;
  return `http://${host}:${address.port}`;
}
