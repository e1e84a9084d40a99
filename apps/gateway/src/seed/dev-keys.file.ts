import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { PartyRole } from '@lib/persistence';

/** The dev keys file (DEV_KEYS_FILE, default .data/dev-keys.json): what a developer needs to call the gateway. */
export interface DevKeys {
  readonly note: string;
  readonly gatewayUrl: string;
  /** the admin token generated at this start; null when ADMIN_TOKEN is set (an operator's secret is not copied) */
  readonly adminToken: string | null;
  readonly parties: ReadonlyArray<{ role: PartyRole; code: string; name: string; apiKey: string }>;
  /** the demo dashboard users (one per role) and their passwords, for logging in at /dashboard */
  readonly dashboardUsers?: ReadonlyArray<{ username: string; role: string; party: string | null; password: string }>;
}

/** The party keys of an earlier start, by party code; empty when there is no readable file. */
export async function readDevKeys(path: string): Promise<Map<string, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return new Map();
  }
  const parties = (parsed as { parties?: unknown }).parties;
  if (!Array.isArray(parties)) return new Map();
  return new Map(
    parties
      .filter((p): p is { code: string; apiKey: string } => typeof p?.code === 'string' && typeof p?.apiKey === 'string')
      .map((p) => [p.code, p.apiKey]),
  );
}

/**
 * Writes the file readable by its owner only (0600). It is written to a new
 * file created with that mode and renamed over the old one, so the keys are
 * never readable by others, not even for a moment, and a reader never sees half a file.
 * Synchronous, so two writes (seed, then the listening URL) can never land out of order.
 */
export function writeDevKeys(path: string, keys: DevKeys): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(temporary, 0o600); // the umask may take bits away; 0600 is what we want either way
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
