import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_LANG, type Lang } from '@lib/i18n';
import { errorsIn, MESSAGE_TYPES, MessageValidator, XsdValidationPool, type ValidationError } from '@lib/iwmo';
import { FieldCipher, LookupKey, MessageRepository, PersistentStateStore, PgliteDatabase, runMigrations, useFieldCipher, useLookupKey } from '@lib/persistence';
import { MessageJudge } from '@lib/pipeline';
import { dutchToday, headerOf } from '@lib/rules';
import { loadContractRegister } from '@lib/funding';
import { sayIn, type Say } from './lang';
import { padded, UsageError, whereOf } from './validate.command';

export interface ReplayOptions {
  json?: boolean;
  contracts?: string;
  /** the date rules take as today (TR135), YYYY-MM-DD; default: today in the Netherlands */
  today?: string;
  /** the language of the lines (and of the messages in --json); Dutch unless given */
  lang?: Lang;
}

/** One line of `iwmo replay --json` (a contract). */
export interface ReplayLine {
  file: string;
  message: string | null;
  accepted: boolean;
  retourcodes: string[];
  errors: ValidationError[];
}

/**
 * `iwmo replay [--json] [--contracts FILE] FILE...`: the messages in the order given through
 * the gateway's pipeline (all layers, all rules) on an empty embedded store. State is only
 * what earlier accepted messages of this run established; Afzender and Ontvanger are trusted.
 * Resolves to the exit code: 0 when every message was accepted, 1 otherwise.
 */
export async function replayCommand(files: string[], options: ReplayOptions, out = process.stdout): Promise<number> {
  const lang = options.lang ?? DEFAULT_LANG;
  const say = sayIn(lang);
  if (!files.length) throw new UsageError(say('cli.replay.none-given'));
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new UsageError(say('cli.replay.not-a-file', { file }));
  }
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new UsageError(say('cli.replay.bad-today'));
  const contracts = loadContractRegister(options.contracts);

  const db = await PgliteDatabase.inMemory();
  // the in-memory database lives as long as this command: throwaway keys seal its bodies and hash its Bsns
  useFieldCipher(new FieldCipher({ id: 'replay', key: randomBytes(32) }));
  useLookupKey(new LookupKey(randomBytes(32)));
  const pool = await XsdValidationPool.start({ threads: 1 });
  let rejected = 0;
  try {
    await runMigrations(db);
    const today = options.today ?? dutchToday();
    const judge = new MessageJudge(new MessageValidator(pool), new PersistentStateStore(db), { contracts }, () => today);
    for (const file of files) {
      const raw = await readFile(file);
      const judgement = await judge.judge(raw);
      const message = judgement.parsed;
      if (message && !judgement.rejected) {
        // Accepted (a declaratie possibly with some prestaties rejected): it becomes state for what follows.
        await db.transaction(async (tx) => {
          const id = randomUUID();
          const header = headerOf(message);
          await new MessageRepository(tx).insert({
            id, messageType: message.code, kind: MESSAGE_TYPES[message.code].kind, submittedBy: null, recipientId: null,
            afzender: header.Afzender, ontvanger: header.Ontvanger, identificatie: header.BerichtIdentificatie.Identificatie,
            dagtekening: header.BerichtIdentificatie.Dagtekening, status: 'accepted', retourcodes: judgement.report.retourcodes,
            errors: [], raw, sha256: createHash('sha256').update(raw).digest('hex'), inReplyTo: judgement.inReplyTo ?? null, madeByGateway: false,
          });
          await PersistentStateStore.apply(tx, message, { messageId: id, findings: judgement.findings });
        });
      }
      const line: ReplayLine = {
        file,
        message: judgement.report.message,
        accepted: judgement.report.retourcodes.length === 0 && judgement.report.errors.length === 0,
        retourcodes: judgement.report.retourcodes,
        errors: errorsIn(lang, judgement.report.errors),
      };
      if (!line.accepted) rejected++;
      out.write(options.json ? `${JSON.stringify(line)}\n` : humanReadable(line, say));
    }
  } finally {
    await pool.close();
    await db.close();
  }
  if (!options.json) out.write(`${say('cli.replay.summary', { messages: files.length, accepted: files.length - rejected, findings: rejected })}\n`);
  return rejected ? 1 : 0;
}

function humanReadable(l: ReplayLine, say: Say): string {
  const word = padded({ accepted: say('cli.replay.accepted'), findings: say('cli.replay.findings') }, 1);
  if (l.accepted) return `${word.accepted}${l.file} (${l.message})\n`;
  const lines = [`${word.findings}${l.file} (${l.message ?? say('cli.validate.unknown-message')}${l.retourcodes.length ? `, retourcode ${l.retourcodes.join(' ')}` : ''})`];
  for (const e of l.errors) lines.push(`  - [${e.layer} ${e.rule ?? e.code}${e.rule ? ` ${e.code}` : ''}]${whereOf(e, say)} ${e.message}`);
  return `${lines.join('\n')}\n`;
}
