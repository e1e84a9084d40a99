/**
 * The one environment schema of the gateway, the worker and the CLI. It is
 * validated once at boot; everything else receives the typed, frozen
 * AppConfig. This is the only file that reads process.env.
 */
import 'reflect-metadata';
import { isIP as ipFamily } from 'node:net';
import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn, IsOptional, IsString,
  MinLength, isFQDN, isIP, ValidateBy, ValidationError,
  ValidationOptions, validateSync,
} from 'class-validator';
import { packageRoot } from './package-root';

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** The validated configuration. Paths are absolute. */
export interface AppConfig {
  readonly host: string;
  readonly port: number;
  readonly workerMetricsPort: number | undefined;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly redisUrl: string;
  readonly maxMessageBytes: number;
  readonly xsdThreads: number;
  /** messages of at least this many bytes are judged in the large-submission thread(s) */
  readonly largeMessageBytes: number;
  /** threads for large submissions (PostgreSQL only; 0: judged on the event loop like the rest) */
  readonly largeMessageThreads: number;
  /** large messages held waiting for a thread; beyond that 503 BUSY */
  readonly largeMessageQueue: number;
  readonly schemaDir: string;
  readonly logLevel: LogLevelName;
  /** token for the admin API (and `iwmo admin`); undefined: generated at start and written to devKeysFile */
  readonly adminToken: string | undefined;
  /** seed the H4 gemeenten and demo aanbieders with development keys at start */
  readonly seedDemo: boolean;
  /** where the development keys (and a generated admin token) are written */
  readonly devKeysFile: string;
  /** master keys for personal data at rest, "id:base64,..." (the first active); secret */
  readonly encryptionKeys: string | undefined;
  /** a JSON file of master keys {"active", "keys"}; unset with encryptionKeys unset: a development key file under dataDir */
  readonly encryptionKeyFile: string | undefined;
  /** the key of the BSN lookup hashes, base64 of 32 bytes (else the key file's "lookupKey"); secret */
  readonly encryptionLookupKey: string | undefined;
  /** delivery attempts before a delivery is dead-lettered */
  readonly deliveryAttempts: number;
  /** first retry delay of a delivery (doubles each attempt, with jitter) */
  readonly deliveryBackoffMs: number;
  /** how long a webhook receiver may take to answer */
  readonly webhookTimeoutMs: number;
  /**
   * networks (CIDR) a webhook may point into although they are loopback, private, link-local and
   * the like; default none, loopback with the embedded database (development)
   */
  readonly webhookAllowedNetworks: readonly string[];
  /** true when the delivery worker runs inside the gateway process (embedded PGlite is single-process) */
  readonly embeddedWorker: boolean;
  /** the contract register (product codes and tarieven per gemeente, contracted aanbieders) for TR381 and TR418 */
  readonly contractsFile: string;
  /** party API requests per party per minute, across all gateway processes; 0: no limit */
  readonly rateLimitPerMinute: number;
  /** failed authentications per client address per minute before 429 (0: off) */
  readonly authFailuresPerMinute: number;
  /** how often a gateway process checks the database for a newer contract register version */
  readonly contractsRefreshMs: number;
  /** idle minutes before a dashboard session expires */
  readonly dashboardSessionMinutes: number;
  /** the dashboard shows no aggregate over fewer clients than this (small groups are suppressed) */
  readonly dashboardMinGroup: number;
  /** what is kept how long, and how the worker's purge runs (docs/retention.md) */
  readonly retention: RetentionSettings;
}

/** Retention periods in days, 0 meaning keep forever (docs/retention.md). */
export interface RetentionSettings {
  /** body of a rejected message (and of the gateway's retourbericht on it) */
  readonly rejectedDays: number;
  /** body of every message */
  readonly messageDays: number;
  /** rule state no rule can need any more: toewijzingen ended, verzoeken handled, declaraties of past periods */
  readonly stateDays: number;
  /** every audit log entry */
  readonly auditDays: number;
  /** refused audit log entries (probes, bad keys) */
  readonly auditRefusedDays: number;
  /** time between two purge runs of a worker */
  readonly intervalMs: number;
  /** rows per purge statement */
  readonly batchSize: number;
}

/** Raised at boot with one line per bad variable, so an operator fixes them all in one go. */
export class EnvValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvValidationError';
  }
}

type RawEnv = Readonly<Record<string, string | undefined>>;

// Integers are parsed strictly ("8080", not "8080abc" or "1e3"); anything else
// is left as a string so that @IsInt reports it.
const ToInt = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value));

function IsUrlWithScheme(schemes: readonly string[], options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isUrlWithScheme',
      constraints: [schemes],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && urlScheme(value) !== undefined && schemes.includes(urlScheme(value)!),
        defaultMessage: () => `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`,
      },
    },
    options,
  );
}

function IsIntInRange(min: number, max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isIntInRange',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max,
        defaultMessage: () => `must be a whole number from ${min} to ${max}`,
      },
    },
    options,
  );
}

/** A retention period in days: a whole number up to 100 years, 0 meaning keep forever. */
function RetentionDays(): PropertyDecorator {
  return (target, property) => {
    ToInt()(target, property);
    IsIntInRange(0, 36_500)(target, property as string);
  };
}

/** "a.b.c.d/n" or an address, IPv4 or IPv6. */
function isNetwork(text: string): boolean {
  const [address = '', prefix, ...rest] = text.split('/');
  const family = ipFamily(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
}

const listOf = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean);

function IsNetworkList(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isNetworkList',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (value.toLowerCase() === 'none' || listOf(value).every(isNetwork)),
        defaultMessage: () => 'must be "none" or comma-separated IP addresses or CIDR networks, e.g. 10.20.0.0/16,fd00:1::/64',
      },
    },
    options,
  );
}

function IsHost(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isHost',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (isIP(value) || isFQDN(value, { require_tld: false })),
        defaultMessage: () => 'must be an IP address or a host name',
      },
    },
    options,
  );
}

function IsDirectory(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isDirectory',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isDirectory(resolve(value)),
        defaultMessage: () => 'is not a directory',
      },
    },
    options,
  );
}

function urlScheme(value: string): string | undefined {
  try {
    return new URL(value).protocol.replace(/:$/, '');
  } catch {
    return undefined;
  }
}

/** The contract register version 1 is seeded from when CONTRACTS_FILE is not set: the illustrative H4 register. */
export const DEFAULT_CONTRACTS_FILE = join(packageRoot(), 'config', 'h4-contracts.json');

/** Variable names as operators write them; defaults are the field initialisers. */
class EnvSchema {
  /** Interface the gateway's HTTP server binds to; loopback unless deliberately exposed. */
  @IsHost()
  HOST = '127.0.0.1';

  /** Port of the gateway's HTTP server (0 picks a free port, for tests). */
  @ToInt() @IsIntInRange(0, 65535)
  PORT = 8080;

  /** When set, the worker serves GET /metrics on HOST at this port (0: any free port); otherwise it has no HTTP at all. */
  @IsOptional() @ToInt() @IsIntInRange(0, 65535)
  WORKER_METRICS_PORT?: number;

  /** PostgreSQL connection string; unset means the embedded PGlite database under DATA_DIR. */
  @IsOptional() @IsUrlWithScheme(['postgres', 'postgresql'])
  DATABASE_URL?: string;

  /** Directory for local state (PGlite files in DATA_DIR/pglite); relative paths are taken from the working directory. */
  @IsString()
  DATA_DIR = '.data';

  /** Redis for the BullMQ queues (redis:// or rediss:// for TLS; /N selects database N). */
  @IsUrlWithScheme(['redis', 'rediss'])
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Largest accepted message body; 25 MiB is the limit of the national exchange (IB003/IB012). */
  @ToInt() @IsIntInRange(1024, 1024 * 1024 * 1024)
  MAX_MESSAGE_BYTES = 26_214_400;

  /** Worker threads for XSD validation; the default leaves room for the event loop on small machines. */
  @ToInt() @IsIntInRange(1, 256)
  XSD_THREADS = Math.min(4, availableParallelism());

  /** Messages of at least this many bytes are judged and stored in a thread of their own, so the event loop stays free. */
  @ToInt() @IsIntInRange(1024, 1024 * 1024 * 1024)
  LARGE_MESSAGE_BYTES = 1_048_576;

  /** Threads for large messages (with PostgreSQL; each takes two at a time); 0 judges them on the event loop. */
  @ToInt() @IsIntInRange(0, 16)
  LARGE_MESSAGE_THREADS = 1;

  /** Large messages held waiting for a free thread; more at once are answered 503 BUSY with Retry-After. */
  @ToInt() @IsIntInRange(1, 1000)
  LARGE_MESSAGE_QUEUE = 8;

  /** Directory of the iWmo 3.2 XSDs; defaults to the project's schemas/iwmo-3.2. */
  @IsDirectory()
  SCHEMA_DIR = join(packageRoot(), 'schemas', 'iwmo-3.2');

  /** Most verbose Nest log level written (error < warn < log < debug < verbose). */
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevelName = 'log';

  /** Bearer token of the admin API; unset: a random one is generated at each start and written to DEV_KEYS_FILE. */
  @IsOptional() @IsString() @MinLength(24, { message: 'must be at least 24 characters' })
  ADMIN_TOKEN?: string;

  /** "true" seeds the four H4 gemeenten and demo aanbieders with development API keys (default: true with the embedded database). */
  @IsOptional() @IsIn(['true', 'false'], { message: 'must be true or false' })
  SEED_DEMO?: 'true' | 'false';

  /** File the development keys are written to (mode 0600); relative paths are taken from the working directory. */
  @IsOptional() @IsString()
  DEV_KEYS_FILE?: string;

  /**
   * Master keys that encrypt personal data at rest (message bodies, webhook secrets), as
   * "id:base64key,id:base64key" with the active one first (docs/encryption.md). Prefer
   * ENCRYPTION_KEY_FILE; with neither, a development key is made under DATA_DIR, with a warning.
   */
  @IsOptional() @IsString()
  ENCRYPTION_KEYS?: string;

  /** A JSON file of master keys {"active": "<id>", "keys": {"<id>": "<base64 key>"}} (mode 0600, kept apart from the database). */
  @IsOptional() @IsString()
  ENCRYPTION_KEY_FILE?: string;

  /**
   * The key of the lookup hashes (HMAC) by which the state tables find a client's rows without
   * its BSN in plaintext, base64 of 32 bytes. It never rotates. Needed with ENCRYPTION_KEYS;
   * with a key file it may be the file's "lookupKey" instead (docs/encryption.md).
   */
  @IsOptional() @IsString()
  ENCRYPTION_LOOKUP_KEY?: string;

  /** Attempts per webhook delivery before it is dead-lettered (an operator can requeue it). */
  @ToInt() @IsIntInRange(1, 100)
  DELIVERY_ATTEMPTS = 8;

  /** Delay before the first retry of a delivery in ms; it doubles per attempt, with jitter. */
  @ToInt() @IsIntInRange(10, 3_600_000)
  DELIVERY_BACKOFF_MS = 1000;

  /** Time a webhook receiver has to answer, in ms. */
  @ToInt() @IsIntInRange(100, 600_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /**
   * Networks a webhook URL may point into although they are loopback, private, link-local, CGNAT
   * or otherwise not public ("10.20.0.0/16,fd00:1::/64"; "none" for none). Default: none, but
   * loopback (127.0.0.0/8, ::1) with the embedded database, where receivers run on the same machine
   * in development (docs/faults-and-hostile-input.md, "Webhook targets").
   */
  @IsOptional() @IsNetworkList()
  WEBHOOK_ALLOWED_NETWORKS?: string;

  /** "inline" runs the delivery worker inside the gateway process; "separate" expects apps/worker. Default: inline with the embedded database (PGlite serves one process), separate with DATABASE_URL. */
  @IsOptional() @IsIn(['inline', 'separate'], { message: 'must be inline or separate' })
  WORKER_MODE?: 'inline' | 'separate';

  /** Contract register JSON (docs/contracts.md); default: the illustrative H4 register config/h4-contracts.json. */
  @IsString()
  CONTRACTS_FILE = DEFAULT_CONTRACTS_FILE;

  /** Party API requests per party (API key owner) per minute, counted in Redis across gateway processes; 0 turns the limit off (docs/faults-and-hostile-input.md). */
  @ToInt() @IsIntInRange(0, 1_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /**
   * Requests that fail authentication (no, unknown, wrong or revoked key; wrong admin token) per
   * client address per minute before the address is answered 429 without a look at the key;
   * 0 turns the limit off (docs/faults-and-hostile-input.md).
   */
  @ToInt() @IsIntInRange(0, 1_000_000)
  AUTH_FAILURES_PER_MINUTE = 30;

  /** How often (ms) each gateway process checks for a newer contract register version saved by another process. */
  @ToInt() @IsIntInRange(100, 3_600_000)
  CONTRACTS_REFRESH_MS = 5000;

  /** Idle minutes after which a dashboard log-in session expires (docs/dashboard.md). */
  @ToInt() @IsIntInRange(1, 24 * 60)
  DASHBOARD_SESSION_MINUTES = 30;

  /** Smallest number of clients the dashboard shows an aggregate for; smaller groups are suppressed. */
  @ToInt() @IsIntInRange(1, 1000)
  DASHBOARD_MIN_GROUP = 5;

  /** Days a rejected message's body is kept; then only its row, verdict and history remain. 0 keeps it (docs/retention.md). */
  @RetentionDays()
  RETENTION_REJECTED_DAYS = 30;

  /** Days any message body is kept: 8 years covers the 7-year fiscal term counted from the end of the year (docs/retention.md). 0 keeps it. */
  @RetentionDays()
  RETENTION_MESSAGE_DAYS = 2922;

  /** Days rule state is kept after no rule can need it (toewijzing ended, verzoek handled, declaratieperiode past). 0 keeps it. */
  @RetentionDays()
  RETENTION_STATE_DAYS = 2922;

  /** Days an audit log entry is kept (5 years, the NEN 7513 term for logs of access to client data). 0 keeps it. */
  @RetentionDays()
  RETENTION_AUDIT_DAYS = 1826;

  /** Days a refused audit log entry (bad keys, probes, other parties' messages) is kept. 0: as RETENTION_AUDIT_DAYS. */
  @RetentionDays()
  RETENTION_AUDIT_REFUSED_DAYS = 180;

  /** Minutes between two purge runs of each worker (the first runs a minute after start). */
  @ToInt() @IsIntInRange(1, 7 * 24 * 60)
  RETENTION_INTERVAL_MINUTES = 60;

  /** Rows per purge statement, so a purge never holds locks long. */
  @ToInt() @IsIntInRange(10, 100_000)
  RETENTION_BATCH_SIZE = 1000;
}

const ENV_NAMES = [
  'HOST', 'PORT', 'WORKER_METRICS_PORT', 'DATABASE_URL', 'DATA_DIR', 'REDIS_URL',
  'MAX_MESSAGE_BYTES', 'XSD_THREADS', 'LARGE_MESSAGE_BYTES', 'LARGE_MESSAGE_THREADS', 'LARGE_MESSAGE_QUEUE', 'SCHEMA_DIR', 'LOG_LEVEL', 'ADMIN_TOKEN', 'SEED_DEMO', 'DEV_KEYS_FILE',
  'ENCRYPTION_KEYS', 'ENCRYPTION_KEY_FILE', 'ENCRYPTION_LOOKUP_KEY',
  'DELIVERY_ATTEMPTS', 'DELIVERY_BACKOFF_MS', 'WEBHOOK_TIMEOUT_MS', 'WEBHOOK_ALLOWED_NETWORKS', 'WORKER_MODE', 'CONTRACTS_FILE',
  'RATE_LIMIT_PER_MINUTE', 'AUTH_FAILURES_PER_MINUTE',
  'CONTRACTS_REFRESH_MS',
  'DASHBOARD_SESSION_MINUTES', 'DASHBOARD_MIN_GROUP',
  'RETENTION_REJECTED_DAYS', 'RETENTION_MESSAGE_DAYS', 'RETENTION_STATE_DAYS', 'RETENTION_AUDIT_DAYS',
  'RETENTION_AUDIT_REFUSED_DAYS', 'RETENTION_INTERVAL_MINUTES', 'RETENTION_BATCH_SIZE',
] as const satisfies readonly (keyof EnvSchema)[];
const SECRET_NAMES = new Set(['DATABASE_URL', 'REDIS_URL', 'TEST_DATABASE_URL', 'TEST_REDIS_URL', 'ADMIN_TOKEN', 'ENCRYPTION_KEYS', 'ENCRYPTION_LOOKUP_KEY']);

/**
 * Validates the environment and returns the frozen configuration, or throws
 * EnvValidationError listing every variable that is wrong.
 */
export function validateEnv(raw: RawEnv = process.env): AppConfig {
  const env = parse(EnvSchema, raw, ENV_NAMES);
  return Object.freeze({
    host: env.HOST,
    port: env.PORT,
    workerMetricsPort: env.WORKER_METRICS_PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    redisUrl: env.REDIS_URL,
    maxMessageBytes: env.MAX_MESSAGE_BYTES,
    xsdThreads: env.XSD_THREADS,
    largeMessageBytes: env.LARGE_MESSAGE_BYTES,
    largeMessageThreads: env.LARGE_MESSAGE_THREADS,
    largeMessageQueue: env.LARGE_MESSAGE_QUEUE,
    schemaDir: resolve(env.SCHEMA_DIR),
    logLevel: env.LOG_LEVEL,
    adminToken: env.ADMIN_TOKEN,
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : env.DATABASE_URL === undefined,
    devKeysFile: resolve(env.DEV_KEYS_FILE ?? join(env.DATA_DIR, 'dev-keys.json')),
    encryptionKeys: env.ENCRYPTION_KEYS,
    encryptionKeyFile: env.ENCRYPTION_KEY_FILE === undefined ? undefined : resolve(env.ENCRYPTION_KEY_FILE),
    encryptionLookupKey: env.ENCRYPTION_LOOKUP_KEY,
    deliveryAttempts: env.DELIVERY_ATTEMPTS,
    deliveryBackoffMs: env.DELIVERY_BACKOFF_MS,
    webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS,
    webhookAllowedNetworks: Object.freeze(allowedNetworks(env.WEBHOOK_ALLOWED_NETWORKS, env.DATABASE_URL === undefined)),
    contractsFile: resolve(env.CONTRACTS_FILE),
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: env.AUTH_FAILURES_PER_MINUTE,
    contractsRefreshMs: env.CONTRACTS_REFRESH_MS,
    dashboardSessionMinutes: env.DASHBOARD_SESSION_MINUTES,
    dashboardMinGroup: env.DASHBOARD_MIN_GROUP,
    retention: Object.freeze({
      rejectedDays: env.RETENTION_REJECTED_DAYS,
      messageDays: env.RETENTION_MESSAGE_DAYS,
      stateDays: env.RETENTION_STATE_DAYS,
      auditDays: env.RETENTION_AUDIT_DAYS,
      auditRefusedDays: env.RETENTION_AUDIT_REFUSED_DAYS,
      intervalMs: env.RETENTION_INTERVAL_MINUTES * 60_000,
      batchSize: env.RETENTION_BATCH_SIZE,
    }),
    embeddedWorker: (env.WORKER_MODE ?? (env.DATABASE_URL === undefined ? 'inline' : 'separate')) === 'inline',
  });
}

const DEVELOPMENT_WEBHOOK_NETWORKS = ['127.0.0.0/8', '::1'];

function allowedNetworks(setting: string | undefined, embedded: boolean): string[] {
  if (setting === undefined) return embedded ? DEVELOPMENT_WEBHOOK_NETWORKS : [];
  return setting.toLowerCase() === 'none' ? [] : listOf(setting);
}

/** Services the integration tests may use; the test command sets both (scripts/test.sh). */
export interface TestEnv {
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
}

class TestEnvSchema {
  /** PostgreSQL for integration tests; unset skips the PostgreSQL variants. */
  @IsOptional() @IsUrlWithScheme(['postgres', 'postgresql'])
  TEST_DATABASE_URL?: string;

  /** Redis for integration tests (a database of its own, e.g. /15); unset skips tests that need Redis. */
  @IsOptional() @IsUrlWithScheme(['redis', 'rediss'])
  TEST_REDIS_URL?: string;
}

export function validateTestEnv(raw: RawEnv = process.env): TestEnv {
  const env = parse(TestEnvSchema, raw, ['TEST_DATABASE_URL', 'TEST_REDIS_URL']);
  return Object.freeze({ databaseUrl: env.TEST_DATABASE_URL, redisUrl: env.TEST_REDIS_URL });
}

function parse<T extends object>(schema: new () => T, raw: RawEnv, names: readonly string[]): T {
  // Only our own variables, trimmed; an empty value counts as unset (compose files write FOO= often).
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = raw[name]?.trim();
    if (value) picked[name] = value;
  }
  const instance = plainToInstance(schema, picked);
  const errors = validateSync(instance, { forbidUnknownValues: true });
  if (errors.length > 0) throw new EnvValidationError(errors.map((e) => describe(e, picked[e.property])));
  return instance;
}

function describe(error: ValidationError, value: string | undefined): string {
  const shown = value === undefined ? '' : `="${SECRET_NAMES.has(error.property) ? redact(value) : value}"`;
  const reasons = Object.values(error.constraints ?? {}).map((m) => m.replace(new RegExp(`^${error.property} `), ''));
  return `${error.property}${shown}: ${reasons.join('; ')}`;
}

/** Connection strings may carry a password: show them without it. */
function redact(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(not shown)';
  }
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
