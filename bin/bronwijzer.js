#!/usr/bin/env node
'use strict';
// The command-line analyser; the bundle is written by `npm run build`.
try {
  require('../server/out/cli.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('cli.js')) {
    console.error('bronwijzer: the CLI is not built yet; run `npm run build` first.');
    process.exit(2);
  }
  throw e;
}
