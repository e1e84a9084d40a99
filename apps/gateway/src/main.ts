import { Logger } from '@nestjs/common';
import { EnvValidationError, validateEnv } from '@lib/config';
import { createGatewayApp, DOCS_PATH, localUrl } from './gateway.app';

async function main(): Promise<void> {
  const config = validateEnv();
  const app = await createGatewayApp(config);
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close(); // releases the database (and PGlite's lock) before exiting
    throw error;
  }
  const url = localUrl(app);
  // Printed whatever LOG_LEVEL is: the person who ran `npm start` wants these.
  process.stdout.write(`iwmo gateway: ${url}  API docs: ${url}/${DOCS_PATH}\n`);
}

main().catch((error: unknown) => {
  // Nest has already logged the stack of a failure inside a module; the cause is enough here.
  if (error instanceof EnvValidationError) console.error(error.message);
  else new Logger('gateway').fatal(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
