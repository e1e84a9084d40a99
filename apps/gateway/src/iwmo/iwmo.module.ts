import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { MessageValidator, XsdValidationPool } from '@lib/iwmo';
import { DATABASE, PersistentStateStore, type Database } from '@lib/persistence';
import { MessageJudge } from '@lib/pipeline';
import { loadContractRegister, type RulesConfig } from '@lib/rules';

/** Injection token of the RulesConfig (the contract register for TR381 and TR418). */
export const RULES_CONFIG = Symbol('RULES_CONFIG');

@Injectable()
class XsdPoolShutdown implements OnApplicationShutdown {
  constructor(@Inject(XsdValidationPool) private readonly pool: XsdValidationPool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}

/** The standard's validation layers for the gateway: the XSD worker pool (schemas compiled at start), the validator, the rules and their state. */
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
    {
      provide: RULES_CONFIG,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RulesConfig => ({ contracts: loadContractRegister(config.contractsFile) }),
    },
    {
      provide: MessageJudge,
      inject: [MessageValidator, DATABASE, RULES_CONFIG],
      useFactory: (validator: MessageValidator, db: Database, rules: RulesConfig) => new MessageJudge(validator, new PersistentStateStore(db), rules),
    },
    XsdPoolShutdown,
  ],
  exports: [XsdValidationPool, MessageValidator, MessageJudge, RULES_CONFIG],
})
export class IwmoModule {}
