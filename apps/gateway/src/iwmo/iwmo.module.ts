import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { MessageValidator, XsdValidationPool } from '@lib/iwmo';

@Injectable()
class XsdPoolShutdown implements OnApplicationShutdown {
  constructor(@Inject(XsdValidationPool) private readonly pool: XsdValidationPool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}

/** The standard's validation layers 1-2 for the gateway: the XSD worker pool (schemas compiled at start) and the validator. */
@Global()
@Module({
  providers: [
    {
      provide: XsdValidationPool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => XsdValidationPool.start({ schemaDir: config.schemaDir, threads: config.xsdThreads }),
    },
    {
      provide: MessageValidator,
      inject: [XsdValidationPool, APP_CONFIG],
      useFactory: (pool: XsdValidationPool, config: AppConfig) => new MessageValidator(pool, config.maxMessageBytes),
    },
    XsdPoolShutdown,
  ],
  exports: [XsdValidationPool, MessageValidator],
})
export class IwmoModule {}
