#!/usr/bin/env node
// The `sluice` command: runs the bundled CLI (built by `npm run build`).
const path = require('path');
// SLUICE_DIST (a folder under the repository) is for development builds kept apart from dist/.
const bundle = path.join(__dirname, '..', process.env.SLUICE_DIST || 'dist', 'sluice.js');
let cli;
try {
  cli = require(bundle);
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('sluice.js')) {
    process.stderr.write("sluice: the CLI is not built yet: run 'npm run build' in " + path.dirname(__dirname) + '\n');
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2));
