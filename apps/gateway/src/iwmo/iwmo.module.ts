import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lib/config';
import { MessageValidator, XsdValidationPool } from '@lib/iwmo';
import { DATABASE, PersistentStateStore, type Database } from '@lib/persistence';
import { MessageJudge } from '@lib/pipeline';
import { ContractRegisterStore, LiveContractRegister } from '@lib/funding';
import type { RulesConfig } from '@lib/rules';

/**
 * Injection token of the RulesConfig. Its `contracts` is a getter on the LiveContractRegister: every
 * judgement and every declaratie build reads the latest register version (docs/contracts.md).
 */
export const RULES_CONFIG = Symbol('RULES_CONFIG');

@Injectable()
class XsdPoolShutdown implements OnApplicationShutdown {
  constructor(@Inject(XsdValidationPool) private readonly pool: XsdValidationPool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }
}

@Injectable()
class ContractRegisterShutdown implements OnApplicationShutdown {
  constructor(@Inject(LiveContractRegister) private readonly live: LiveContractRegister) {}

  onApplicationShutdown(): void {
    this.live.stop();
  }
}

/**
 * The register versions live in the database. With none stored yet, CONTRACTS_FILE becomes
 * version 1 (an invalid file stops the start, listing every problem); after that the database
 * is the register and the file is only compared, to point out a file changed since.
 */
async function startContractRegister(store: ContractRegisterStore, config: AppConfig): Promise<LiveContractRegister> {
  const logger = new Logger('ContractRegister');
  const seed = await store.seedFromFile(config.contractsFile);
  const { version, illustrative } = seed.latest;
  if (seed.seeded) logger.log(`contract register version 1 seeded from ${config.contractsFile}`);
  else if (seed.fileIsStored === false) {
    logger.warn(
      `${config.contractsFile} (CONTRACTS_FILE) is none of the stored register versions; the gateway uses version ${version} from the database. ` +
        'To use the file, upload it as a new version: iwmo admin contracts upload <file> --reason "..."',
    );
  }
  if (illustrative) logger.warn(`contract register version ${version} is ILLUSTRATIVE (example tarieven and contracts, not the real contract; docs/contracts.md)`);
  else logger.log(`contract register version ${version} in use`);
  return LiveContractRegister.start(store, { refreshMs: config.contractsRefreshMs, log: logger });
}

/** The standard's validation layers for the gateway: the XSD worker pool (schemas compiled at start), the validator, the rules, their state and the contract register. */
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
      provide: ContractRegisterStore,
      inject: [DATABASE],
      useFactory: (db: Database) => new ContractRegisterStore(db),
    },
    {
      provide: LiveContractRegister,
      inject: [ContractRegisterStore, APP_CONFIG],
      useFactory: startContractRegister,
    },
    {
      provide: RULES_CONFIG,
      inject: [LiveContractRegister],
      useFactory: (live: LiveContractRegister): RulesConfig => ({
        get contracts() {
          return live.current();
        },
      }),
    },
    {
      provide: MessageJudge,
      inject: [MessageValidator, DATABASE, RULES_CONFIG],
      useFactory: (validator: MessageValidator, db: Database, rules: RulesConfig) => new MessageJudge(validator, new PersistentStateStore(db), rules),
    },
    XsdPoolShutdown,
    ContractRegisterShutdown,
  ],
  exports: [XsdValidationPool, MessageValidator, MessageJudge, RULES_CONFIG, ContractRegisterStore, LiveContractRegister],
})
export class IwmoModule {}
