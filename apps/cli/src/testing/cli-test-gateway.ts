/**
 * Test support for CLI commands that are HTTP clients of the gateway: the real gateway app in this
 * process (PostgreSQL when the test command has it, else PGlite), and `iwmo` run as a user runs
 * it, a child process on the CLI's TypeScript sources (a stale build cannot hide a change).
 * Import in spec files only.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '@lib/config';
import { testDatabaseBackends } from '@lib/persistence/testing';
import { startTestGateway, type TestGateway } from '../../../gateway/src/testing/test-gateway';

export type { TestGateway };

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const root = packageRoot();

/**
 * Runs `iwmo ARGS` in `cwd` (the package root unless given), with `stdin` (empty unless given) as its
 * standard input and `env` (e.g. IWMO_LANG) added to a bare environment.
 */
export function iwmo(args: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [tsx, '--tsconfig', join(root, 'tsconfig.json'), join(root, 'apps', 'cli', 'src', 'main.ts'), ...args],
      { cwd: options.cwd ?? root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.stdin ?? '');
  });
}

/**
 * Starts the gateway for a CLI spec with `adminToken` as its ADMIN_TOKEN and a separate worker (the
 * CLI talks to the gateway only). `label` names its temporary DATA_DIR.
 */
export function startCliTestGateway(label: string, adminToken: string): Promise<TestGateway> {
  const backends = testDatabaseBackends();
  const backend = backends.find((b) => b.name === 'postgres') ?? backends.find((b) => b.name === 'pglite')!;
  return startTestGateway(`cli-${label}`, backend, { WORKER_MODE: 'separate', ADMIN_TOKEN: adminToken });
}
