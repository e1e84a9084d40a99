export type { AppConfig, LogLevelName, RetentionSettings, TestEnv } from './env';
export { DEFAULT_CONTRACTS_FILE, EnvValidationError, LOG_LEVELS, validateEnv, validateTestEnv } from './env';
export { APP_CONFIG, ConfigModule, nestLogLevels } from './config.module';
export { packageRoot, packageVersion } from './package-root';
