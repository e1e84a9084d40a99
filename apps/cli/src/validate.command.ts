import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { MessageValidator, XsdValidationPool, DEFAULT_MAX_MESSAGE_BYTES, type ValidationReport } from '@lib/iwmo';
import { judgementOf } from '@lib/pipeline';
import { ContractRegister, dutchToday, runRules, WITHIN_MESSAGE_RULES, type RulesConfig, type StateView } from '@lib/rules';

/** Rules within one message read neither state nor configuration. */
const NO_STATE = new Proxy({}, { get: () => { throw new Error('a within-message rule read state'); } }) as StateView;
const NO_CONFIG: RulesConfig = { contracts: ContractRegister.empty() };

export interface ValidateOptions {
  json?: boolean;
  schemas?: string;
  maxBytes?: number;
}

export class UsageError extends Error {}

/** One line of `iwmo validate --json` (a contract: other tools read it). */
export interface ValidateLine extends ValidationReport {
  file: string;
}

const PROGRESS_THRESHOLD = 20;

/**
 * `iwmo validate [--json] FILE_OR_DIR...`: validates each file (directories are
 * searched for *.xml) and prints one result per file, in the order given.
 * Resolves to the exit code: 0 all valid, 1 any invalid.
 */
export async function validateCommand(
  inputs: string[],
  options: ValidateOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const files = await expandInputs(inputs);
  const pool = await XsdValidationPool.start({ schemaDir: options.schemas, threads: Math.max(1, Math.min(2, files.length)) });
  const validator = new MessageValidator(pool, options.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
  const bar = files.length > PROGRESS_THRESHOLD ? new SingleBar({ stream: err, format: 'validating [{bar}] {value}/{total} files', noTTYOutput: true, notTTYSchedule: 2000 }) : null;
  bar?.start(files.length, 0);
  let invalid = 0;
  try {
    // Validate a few files at a time but print strictly in input order.
    const results = new Array<Promise<ValidateLine>>(files.length);
    const window = pool.threads * 2;
    const run = async (file: string): Promise<ValidateLine> => {
      const bytes = await readFile(file);
      const outcome = await validator.validate(bytes);
      bar?.increment();
      if (!outcome.parsed) return { file, ...outcome.report };
      // Layer 3 (rules within the message) needs no state; cross-message rules need `iwmo replay`.
      const findings = runRules(WITHIN_MESSAGE_RULES, outcome.parsed, { today: dutchToday(), state: NO_STATE, config: NO_CONFIG });
      return { file, ...judgementOf(outcome.report, outcome.parsed, findings).report };
    };
    for (let i = 0; i < files.length; i++) {
      results[i] = run(files[i]!);
      if (i >= window) await results[i - window];
    }
    for (const pending of results) {
      const line = await pending;
      if (!line.valid) invalid++;
      out.write(options.json ? `${JSON.stringify(orderedLine(line))}\n` : humanReadable(line));
    }
  } finally {
    bar?.stop();
    await pool.close();
  }
  if (!options.json) out.write(`${files.length} file${files.length === 1 ? '' : 's'}: ${files.length - invalid} valid, ${invalid} invalid\n`);
  return invalid ? 1 : 0;
}

async function expandInputs(inputs: string[]): Promise<string[]> {
  if (!inputs.length) throw new UsageError('give at least one file or directory to validate');
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UsageError(`no such file or directory: ${input}`);
    }
    if (info.isDirectory()) files.push(...(await xmlFilesUnder(input)));
    else files.push(input);
  }
  return files;
}

async function xmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await xmlFilesUnder(path)));
    else if (entry.name.toLowerCase().endsWith('.xml')) found.push(path);
  }
  return found;
}

const orderedLine = (l: ValidateLine): ValidateLine => ({
  file: l.file,
  message: l.message,
  valid: l.valid,
  retourcodes: l.retourcodes,
  errors: l.errors.map((e) => ({ layer: e.layer, code: e.code, rule: e.rule, message: e.message, path: e.path, line: e.line })),
});

function humanReadable(l: ValidateLine): string {
  if (l.valid) return `OK       ${l.file} (${l.message})\n`;
  const codes = l.retourcodes.length ? `, retourcode ${l.retourcodes.join(' ')}` : '';
  const lines = [`INVALID  ${l.file} (${l.message ?? 'unknown message type'}${codes})`];
  for (const e of l.errors) {
    const where = [e.line !== null ? `line ${e.line}` : null, e.path].filter(Boolean).join(' ');
    lines.push(`  - [${e.layer} ${e.rule ?? e.code}]${where ? ` ${where}:` : ''} ${e.message}`);
  }
  return `${lines.join('\n')}\n`;
}
