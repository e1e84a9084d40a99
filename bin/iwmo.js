#!/usr/bin/env node
'use strict';
// The `iwmo` command. Runs the built CLI when there is one (npm install builds
// it through the prepare script), else the TypeScript sources through tsx.
// Either way the CLI is loaded as the main module, as `node main.js` would.
const Module = require('node:module');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// tsconfig.build.json keeps the source layout under dist/ (rootDir is the repository root).
const built = path.join(root, 'dist', 'apps', 'cli', 'src', 'main.js');
const source = path.join(root, 'apps', 'cli', 'src', 'main.ts');

if (existsSync(built)) {
  Module.runMain(built);
} else {
  let register;
  try {
    ({ register } = require('tsx/cjs/api'));
  } catch {
    console.error('iwmo: the CLI is not built and tsx is not installed; run `npm install` or `npm run build` first');
    process.exit(1);
  }
  // tsx reads tsconfig.json (the @lib/* path aliases) from the working
  // directory when it registers; the user's own directory stays theirs after.
  const cwd = process.cwd();
  process.chdir(root);
  try {
    register();
  } finally {
    process.chdir(cwd);
  }
  Module.runMain(source);
}
