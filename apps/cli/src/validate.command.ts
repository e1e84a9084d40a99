import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { DEFAULT_LANG, type Lang } from '@lib/i18n';
import { errorsIn, MessageValidator, XsdValidationPool, DEFAULT_MAX_MESSAGE_BYTES, type ValidationReport } from '@lib/iwmo';
import { judgementOf } from '@lib/pipeline';
import { ContractRegister, dutchToday, runRules, WITHIN_MESSAGE_RULES, type RulesConfig, type StateView } from '@lib/rules';
import { sayIn, type Say } from './lang';

/** Rules within one message read neither state nor configuration. */
const NO_STATE = new Proxy({}, { get: () => { throw new Error('a within-message rule read state'); } }) as StateView;
const NO_CONFIG: RulesConfig = { contracts: ContractRegister.empty() };

export interface ValidateOptions {
  json?: boolean;
  schemas?: string;
  maxBytes?: number;
  /** the language of the lines (and of the messages in --json); Dutch unless given */
  lang?: Lang;
}

export class UsageError extends Error {}

/** One line of `iwmo validate --json` (a contract: other tools read it). */
export interface ValidateLine extends ValidationReport {
  file: string;
}

const PROGRESS_THRESHOLD = 20;

/** An argument that is not there: its line says so, and the command exits 2 after all lines. */
const FILE_NOT_FOUND = 'FILE-NOT-FOUND';

/**
 * `iwmo validate [--json] FILE_OR_DIR...`: validates each file (directories are
 * searched for *.xml) and prints one result per file, in the order given, a line
 * for an argument that does not exist included. Resolves to the exit code: 0 all
 * valid, 1 any invalid, 2 any argument missing.
 */
export async function validateCommand(
  inputs: string[],
  options: ValidateOptions,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const lang = options.lang ?? DEFAULT_LANG;
  const say = sayIn(lang);
  const entries = await expandInputs(inputs, say);
  const files = entries.map((e) => e.file);
  const pool = await XsdValidationPool.start({ schemaDir: options.schemas, threads: Math.max(1, Math.min(2, files.length)) });
  const validator = new MessageValidator(pool, options.maxBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
  const bar = files.length > PROGRESS_THRESHOLD ? new SingleBar({ stream: err, format: say('cli.validate.progress'), noTTYOutput: true, notTTYSchedule: 2000 }) : null;
  bar?.start(files.length, 0);
  let invalid = 0;
  try {
    // Validate a few files at a time but print strictly in input order.
    const results = new Array<Promise<ValidateLine>>(files.length);
    const window = pool.threads * 2;
    const run = async ({ file, missing }: Input): Promise<ValidateLine> => {
      if (missing) return missingLine(file, say);
      const bytes = await readFile(file);
      const outcome = await validator.validate(bytes);
      bar?.increment();
      if (!outcome.parsed) return inLang({ file, ...outcome.report });
      // Layer 3 (rules within the message) needs no state; cross-message rules need `iwmo replay`.
      const findings = runRules(WITHIN_MESSAGE_RULES, outcome.parsed, { today: dutchToday(), state: NO_STATE, config: NO_CONFIG });
      return inLang({ file, ...judgementOf(outcome.report, outcome.parsed, findings).report });
    };
    const inLang = (line: ValidateLine): ValidateLine => ({ ...line, errors: errorsIn(lang, line.errors) });
    for (let i = 0; i < entries.length; i++) {
      results[i] = run(entries[i]!);
      if (i >= window) await results[i - window];
    }
    for (const pending of results) {
      const line = await pending;
      if (!line.valid) invalid++;
      out.write(options.json ? `${JSON.stringify(orderedLine(line))}\n` : humanReadable(line, say));
    }
  } finally {
    bar?.stop();
    await pool.close();
  }
  const missing = entries.filter((e) => e.missing).length;
  if (!options.json) {
    // a missing argument's line is not valid: it counts as not found, not as invalid
    out.write(`${say('cli.validate.summary', { files: files.length, valid: files.length - invalid, invalid: invalid - missing, missing })}\n`);
  }
  if (missing) err.write(`${say('cli.validate.missing-arguments', { missing })}\n`);
  return missing ? 2 : invalid ? 1 : 0;
}

interface Input {
  file: string;
  /** the argument does not exist */
  missing?: true;
}

async function expandInputs(inputs: string[], say: Say): Promise<Input[]> {
  if (!inputs.length) throw new UsageError(say('cli.validate.none-given'));
  const files: Input[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      files.push({ file: input, missing: true });
      continue;
    }
    if (info.isDirectory()) files.push(...(await xmlFilesUnder(input)).map((file) => ({ file })));
    else files.push({ file: input });
  }
  return files;
}

const missingLine = (file: string, say: Say): ValidateLine => ({
  file, message: null, valid: false, retourcodes: [],
  errors: [{ layer: 'input', code: FILE_NOT_FOUND, rule: null, message: `${say('cli.main.ENOENT')}: ${file}`, path: null, line: null }],
});

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

/** Words padded to one width and `gap` spaces, so that the file names after them line up. */
export function padded<T extends Record<string, string>>(words: T, gap = 2): T {
  const width = Math.max(...Object.values(words).map((w) => w.length)) + gap;
  return Object.fromEntries(Object.entries(words).map(([key, w]) => [key, w.padEnd(width)])) as T;
}

/** Where an error is: its line and element path, as `line 15 /Bericht/Client/Geslacht:` (empty when neither is known). */
export const whereOf = (e: { line: number | null; path: string | null }, say: Say): string => {
  const where = [e.line !== null ? say('cli.validate.line', { line: e.line }) : null, e.path].filter(Boolean).join(' ');
  return where ? ` ${where}:` : '';
};

function humanReadable(l: ValidateLine, say: Say): string {
  const word = padded({ valid: say('cli.validate.valid'), invalid: say('cli.validate.invalid'), missing: say('cli.validate.missing') });
  if (l.valid) return `${word.valid}${l.file} (${l.message})\n`;
  if (l.errors[0]?.code === FILE_NOT_FOUND) return `${word.missing}${l.file}: ${say('cli.main.ENOENT')}\n`;
  const codes = l.retourcodes.length ? `, retourcode ${l.retourcodes.join(' ')}` : '';
  const lines = [`${word.invalid}${l.file} (${l.message ?? say('cli.validate.unknown-message')}${codes})`];
  for (const e of l.errors) lines.push(`  - [${e.layer} ${e.rule ?? e.code}]${whereOf(e, say)} ${e.message}`);
  return `${lines.join('\n')}\n`;
}
