import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { nestLogLevels } from '@lib/config';
import { ContractRegisterStore, LiveContractRegister } from '@lib/funding';
import { MessageValidator, XsdValidationPool } from '@lib/iwmo';
import {
  AuditRepository, loadFieldCipher, loadLookupKey, PartyRepository, PersistentStateStore, PgDatabase, SubmissionRepository, useFieldCipher, useLookupKey,
} from '@lib/persistence';
import { MessageJudge } from '@lib/pipeline';
import type { RulesConfig } from '@lib/rules';
import { SubmissionRefused } from './berichten.errors';
import { SubmissionRecorder } from './submission-recorder';
import type { LargeSubmissionOutcome, LargeSubmissionTask, LargeSubmissionWorkerData } from './large-submission.protocol';

/**
 * The large-submission thread (LargeSubmissionLane): the same SubmissionRecorder as the
 * gateway's event loop, on the same database, rules and contract register, wired by hand
 * (no Nest container in here). Its XSD validation runs in a pool of its own; the schemas
 * of large messages go to that pool's large-message lane as they do in the gateway.
 */
async function start(): Promise<(task: LargeSubmissionTask) => Promise<LargeSubmissionOutcome>> {
  const { config } = workerData as LargeSubmissionWorkerData;
  Logger.overrideLogger(nestLogLevels(config.logLevel));
  const logger = new Logger('LargeSubmissionThread');
  yieldCpuToTheEventLoop(logger);
  useFieldCipher(loadFieldCipher(config, (warning) => logger.debug(warning)));
  useLookupKey(loadLookupKey(config));
  const db = new PgDatabase(config.databaseUrl!, { max: 4, applicationName: 'iwmo-gateway-large' });
  const xsd = await XsdValidationPool.start({ schemaDir: config.schemaDir, threads: 1 });
  const contracts = await LiveContractRegister.start(new ContractRegisterStore(db), { refreshMs: config.contractsRefreshMs, log: logger });
  const rules: RulesConfig = {
    get contracts() {
      return contracts.current();
    },
  };
  const judge = new MessageJudge(new MessageValidator(xsd, config.maxMessageBytes), new PersistentStateStore(db), rules);
  const recorder = new SubmissionRecorder(judge, db, new AuditRepository(db), new PartyRepository(db), new SubmissionRepository(db));

  return async ({ party, raw }) => {
    try {
      return { stored: await recorder.record(party, Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)) };
    } catch (error) {
      if (error instanceof SubmissionRefused) return { refused: { status: error.status, code: error.code, text: error.text } };
      const e = error as Error & { code?: unknown };
      logger.error(`a large submission failed: ${e.message}`, e.stack);
      return { failed: { name: e.name, message: e.message, code: typeof e.code === 'string' ? e.code : undefined } };
    }
  };
}

/** Nice value of this thread (and of the XSD threads it starts): above the event loop's 0. */
const LANE_NICE = 10;

/**
 * On Linux a thread has its own nice value: this one lowers its own, so that on a busy machine
 * the event loop and the small messages get the CPU first and a large message takes what is left.
 * Elsewhere the thread keeps the process's priority.
 */
function yieldCpuToTheEventLoop(logger: Logger): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    setPriority(threadId, LANE_NICE);
  } catch (error) {
    logger.debug(`the large-submission thread keeps the process's priority: ${(error as Error).message}`);
  }
}

// Piscina accepts a module whose export is a promise of the task handler.
module.exports = start();
