import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EnvValidationError, validateEnv, validateTestEnv } from './env';
import { nestLogLevels } from './config.module';
import { packageRoot } from './package-root';

function problemsOf(raw: Record<string, string>): readonly string[] {
  try {
    validateEnv(raw);
  } catch (error) {
    if (error instanceof EnvValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected validateEnv to fail');
}

describe('validateEnv', () => {
  it('applies secure defaults when nothing is set', () => {
    const config = validateEnv({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      workerMetricsPort: undefined,
      databaseUrl: undefined,
      dataDir: resolve('.data'),
      redisUrl: 'redis://127.0.0.1:6379',
      maxMessageBytes: 25 * 1024 * 1024,
      logLevel: 'log',
    });
    expect(config.xsdThreads).toBeGreaterThanOrEqual(1);
    expect(config.xsdThreads).toBeLessThanOrEqual(4);
  });

  it('defaults SCHEMA_DIR to the repository schemas, found from the package root', () => {
    const { schemaDir } = validateEnv({});
    expect(schemaDir).toBe(join(packageRoot(), 'schemas', 'iwmo-3.2'));
    expect(existsSync(join(schemaDir, 'basisschema.xsd'))).toBe(true);
    expect(existsSync(join(packageRoot(), 'package.json'))).toBe(true);
  });

  it('parses every variable', () => {
    const config = validateEnv({
      HOST: '0.0.0.0',
      PORT: '9000',
      WORKER_METRICS_PORT: '9464',
      DATABASE_URL: 'postgres://iwmo:secret@db:5432/iwmo',
      DATA_DIR: '/var/lib/iwmo',
      REDIS_URL: 'rediss://cache:6380/2',
      MAX_MESSAGE_BYTES: '1048576',
      XSD_THREADS: '2',
      LARGE_MESSAGE_BYTES: '2097152',
      LARGE_MESSAGE_THREADS: '2',
      LARGE_MESSAGE_QUEUE: '4',
      SCHEMA_DIR: packageRoot(),
      LOG_LEVEL: 'debug',
      ADMIN_TOKEN: 'a-long-admin-token-of-30-chars',
      SEED_DEMO: 'true',
      DEV_KEYS_FILE: '/etc/iwmo/keys.json',
      ENCRYPTION_KEY_FILE: '/etc/iwmo/encryption-keys.json',
      DELIVERY_ATTEMPTS: '5',
      DELIVERY_BACKOFF_MS: '250',
      WEBHOOK_TIMEOUT_MS: '3000',
      WEBHOOK_ALLOWED_NETWORKS: '10.20.0.0/16, fd00:1::/64,192.0.2.7',
      WORKER_MODE: 'inline',
      CONTRACTS_FILE: '/etc/iwmo/contracts.json',
      CONTRACTS_REFRESH_MS: '2000',
      AUTH_FAILURES_PER_MINUTE: '12',
      DASHBOARD_SESSION_MINUTES: '15',
      DASHBOARD_MIN_GROUP: '10',
      RETENTION_REJECTED_DAYS: '14',
      RETENTION_MESSAGE_DAYS: '0',
      RETENTION_STATE_DAYS: '3650',
      RETENTION_AUDIT_DAYS: '730',
      RETENTION_AUDIT_REFUSED_DAYS: '90',
      RETENTION_INTERVAL_MINUTES: '5',
      RETENTION_BATCH_SIZE: '500',
    });
    expect(config).toEqual({
      host: '0.0.0.0',
      port: 9000,
      workerMetricsPort: 9464,
      databaseUrl: 'postgres://iwmo:secret@db:5432/iwmo',
      dataDir: '/var/lib/iwmo',
      redisUrl: 'rediss://cache:6380/2',
      maxMessageBytes: 1048576,
      xsdThreads: 2,
      largeMessageBytes: 2_097_152,
      largeMessageThreads: 2,
      largeMessageQueue: 4,
      schemaDir: packageRoot(),
      logLevel: 'debug',
      adminToken: 'a-long-admin-token-of-30-chars',
      seedDemo: true,
      devKeysFile: '/etc/iwmo/keys.json',
      encryptionKeys: undefined,
      encryptionKeyFile: '/etc/iwmo/encryption-keys.json',
      encryptionLookupKey: undefined,
      deliveryAttempts: 5,
      deliveryBackoffMs: 250,
      webhookTimeoutMs: 3000,
      webhookAllowedNetworks: ['10.20.0.0/16', 'fd00:1::/64', '192.0.2.7'],
      embeddedWorker: true,
      contractsFile: '/etc/iwmo/contracts.json',
      rateLimitPerMinute: 600,
      authFailuresPerMinute: 12,
      contractsRefreshMs: 2000,
      dashboardSessionMinutes: 15,
      dashboardMinGroup: 10,
      retention: { rejectedDays: 14, messageDays: 0, stateDays: 3650, auditDays: 730, auditRefusedDays: 90, intervalMs: 300_000, batchSize: 500 },
    });
  });

  it('derives the secure defaults: seeding and the inline worker only with the embedded database', () => {
    expect(validateEnv({})).toMatchObject({ seedDemo: true, embeddedWorker: true, adminToken: undefined });
    expect(validateEnv({ DATABASE_URL: 'postgres://db/iwmo' })).toMatchObject({ seedDemo: false, embeddedWorker: false });
  });


  it('allows webhooks into no non-public network by default, loopback with the embedded database (development), and validates the list', () => {
    expect(validateEnv({ DATABASE_URL: 'postgres://db/iwmo' }).webhookAllowedNetworks).toEqual([]);
    expect(validateEnv({}).webhookAllowedNetworks).toEqual(['127.0.0.0/8', '::1']);
    expect(validateEnv({ WEBHOOK_ALLOWED_NETWORKS: 'none' }).webhookAllowedNetworks).toEqual([]);
    for (const bad of ['10.0.0.0/33', 'intranet', 'fd00::/129', '10.0.0.0/8/1']) {
      expect(() => validateEnv({ WEBHOOK_ALLOWED_NETWORKS: bad })).toThrow(/WEBHOOK_ALLOWED_NETWORKS.*must be "none" or comma-separated IP addresses or CIDR networks/);
    }
  });

  it('checks for a newer contract register every 5 s by default, and refuses a CONTRACTS_REFRESH_MS below 100 ms', () => {
    expect(validateEnv({}).contractsRefreshMs).toBe(5000);
    expect(problemsOf({ CONTRACTS_REFRESH_MS: '10' })).toEqual(['CONTRACTS_REFRESH_MS="10": must be a whole number from 100 to 3600000']);
  });

  it('keeps rejected bodies 30 days, bodies and state 8 years, the audit log 5 years and refusals 180 days by default', () => {
    expect(validateEnv({}).retention).toEqual({
      rejectedDays: 30, messageDays: 2922, stateDays: 2922, auditDays: 1826, auditRefusedDays: 180, intervalMs: 3_600_000, batchSize: 1000,
    });
    expect(problemsOf({ RETENTION_REJECTED_DAYS: '-1', RETENTION_BATCH_SIZE: '5' })).toEqual([
      'RETENTION_REJECTED_DAYS="-1": must be a whole number from 0 to 36500',
      'RETENTION_BATCH_SIZE="5": must be a whole number from 10 to 100000',
    ]);
  });

  it('expires dashboard sessions after 30 idle minutes and suppresses groups under 5 clients by default', () => {
    expect(validateEnv({})).toMatchObject({ dashboardSessionMinutes: 30, dashboardMinGroup: 5 });
    expect(problemsOf({ DASHBOARD_MIN_GROUP: '0' })).toEqual(['DASHBOARD_MIN_GROUP="0": must be a whole number from 1 to 1000']);
  });

  it('returns a frozen object', () => {
    const config = validateEnv({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('treats empty and blank values as unset and ignores unrelated variables', () => {
    const config = validateEnv({ DATABASE_URL: '', PORT: '  ', PATH: '/usr/bin', NODE_ENV: 'weird' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.port).toBe(8080);
  });

  it('lists every bad variable at once', () => {
    const problems = problemsOf({
      HOST: 'not a host!',
      PORT: '80abc',
      WORKER_METRICS_PORT: '70000',
      DATABASE_URL: 'mysql://root@db/iwmo',
      REDIS_URL: 'localhost:6379',
      MAX_MESSAGE_BYTES: '1e3',
      XSD_THREADS: '0',
      LOG_LEVEL: 'trace',
      SCHEMA_DIR: '/nonexistent/schemas',
    });
    expect(problems.map((p) => p.split(/[=:]/)[0]).sort()).toEqual([
      'DATABASE_URL', 'HOST', 'LOG_LEVEL', 'MAX_MESSAGE_BYTES', 'PORT', 'REDIS_URL', 'SCHEMA_DIR', 'WORKER_METRICS_PORT', 'XSD_THREADS',
    ]);
    expect(problems).toContain('PORT="80abc": must be a whole number from 0 to 65535');
    expect(problems).toContain('XSD_THREADS="0": must be a whole number from 1 to 256');
    expect(problems).toContain('LOG_LEVEL="trace": must be one of error, warn, log, debug, verbose');
  });

  it('puts all problems in the error message', () => {
    expect(() => validateEnv({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT="x".*\n.*LOG_LEVEL="loud"/);
  });

  it('never echoes a password from a connection string', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://admin:hunter2@db/iwmo' });
    expect(problems.join('\n')).not.toContain('hunter2');
    expect(problems[0]).toMatch(/^DATABASE_URL="mysql:\/\/admin:\*\*\*@db\/iwmo": must be a URL starting with postgres:\/\//);
  });

  it('refuses a SCHEMA_DIR that does not exist', () => {
    expect(problemsOf({ SCHEMA_DIR: '/nonexistent/schemas' })).toEqual([
      'SCHEMA_DIR="/nonexistent/schemas": is not a directory',
    ]);
  });

  it('resolves a relative DATA_DIR against the working directory', () => {
    expect(validateEnv({ DATA_DIR: 'state' }).dataDir).toBe(join(process.cwd(), 'state'));
  });

  it('accepts port 0 for tests that want any free port', () => {
    expect(validateEnv({ PORT: '0' }).port).toBe(0);
    expect(validateEnv({ WORKER_METRICS_PORT: '0' }).workerMetricsPort).toBe(0);
  });
});

describe('validateTestEnv', () => {
  it('reads the test service URLs and validates them', () => {
    expect(validateTestEnv({})).toEqual({ databaseUrl: undefined, redisUrl: undefined });
    expect(validateTestEnv({ TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1/iwmo_test', TEST_REDIS_URL: 'redis://127.0.0.1:6379/15' }))
      .toEqual({ databaseUrl: 'postgres://postgres@127.0.0.1/iwmo_test', redisUrl: 'redis://127.0.0.1:6379/15' });
    expect(() => validateTestEnv({ TEST_REDIS_URL: 'http://x' })).toThrow(EnvValidationError);
  });
});

describe('nestLogLevels', () => {
  it('enables the chosen level and everything more severe', () => {
    expect(nestLogLevels('error')).toEqual(['fatal', 'error']);
    expect(nestLogLevels('log')).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(nestLogLevels('verbose')).toHaveLength(6);
  });
});
