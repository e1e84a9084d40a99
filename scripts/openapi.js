#!/usr/bin/env node
'use strict';
// npm run openapi: writes the gateway's OpenAPI document to docs/openapi.json. It boots the BUILT
// gateway (Nest's DI needs the decorator metadata tsc emits; npm run openapi builds first) on an
// embedded PGlite database in a temporary DATA_DIR, without listening, and takes the document the
// app serves at /docs-json. openapi.spec.ts fails when the committed file differs.
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const { validateEnv } = require(join(dist, 'libs', 'config', 'src'));
const { createGatewayApp } = require(join(dist, 'apps', 'gateway', 'src', 'gateway.app'));
const { openApiDocument, openApiFile, openApiJson } = require(join(dist, 'apps', 'gateway', 'src', 'openapi'));

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'iwmo-openapi-'));
  try {
    // The document does not depend on the configuration; the worker runs elsewhere and nothing is seeded.
    const config = validateEnv({ PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', WORKER_MODE: 'separate' });
    const app = await createGatewayApp(config, { logger: false });
    try {
      writeFileSync(openApiFile(), openApiJson(openApiDocument(app)));
    } finally {
      await app.close();
    }
    console.log(`wrote ${relative(process.cwd(), openApiFile())}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`openapi: ${error.stack ?? error}`);
  process.exit(1);
});
