import { Logger } from '@nestjs/common';
import { EnvValidationError, validateEnv } from '@lib/config';
import { QUEUES } from '@lib/queue';
import { metricsAddress, registeredHandlers, startWorker } from './worker.app';

async function main(): Promise<void> {
  const config = validateEnv();
  const app = await startWorker(config);
  const handlers = registeredHandlers(app);
  const metrics = metricsAddress(app);
  new Logger('worker').log(
    `worker started: queues ${Object.keys(QUEUES).join(', ')}; handlers ${handlers.length > 0 ? handlers.join(', ') : 'none yet'}` +
      (metrics ? `; metrics at ${metrics}/metrics` : ''),
  );
}

main().catch((error: unknown) => {
  // Nest has already logged the stack of a failure inside a module; the cause is enough here.
  if (error instanceof EnvValidationError) console.error(error.message);
  else new Logger('worker').fatal(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
