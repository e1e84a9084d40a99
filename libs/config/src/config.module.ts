import { DynamicModule, Global, LogLevel, Module } from '@nestjs/common';
import { AppConfig, LogLevelName, validateEnv } from './env';

/** Injection token of the validated AppConfig: `@Inject(APP_CONFIG) config: AppConfig`. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Makes the AppConfig injectable everywhere. Each entry point validates the
 * environment once and passes the result in, so tests can hand over their own.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = validateEnv()): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

const NEST_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest wants the list of enabled levels: LOG_LEVEL and everything more severe. */
export function nestLogLevels(level: LogLevelName): LogLevel[] {
  return NEST_LEVELS.slice(0, NEST_LEVELS.indexOf(level) + 1);
}
