#!/usr/bin/env node
// The `sluice` command: runs the bundled CLI (built by `npm run build`), from V8's code cache when the build left one
// for this very bundle: a run then skips compiling ~2 MB of JavaScript and the functions a lint needs (a one-file
// lint starts ~45 ms sooner). Anything amiss with the cache (another bundle, another Node, a damaged file): the
// bundle is compiled as usual.
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');

// SLUICE_DIST (a folder under the repository) is for development builds kept apart from dist/.
const bundle = path.join(__dirname, '..', process.env.SLUICE_DIST || 'dist', 'sluice.js');
const cacheFile = `${bundle}.cache`;

// V8 takes a code cache only under the flags it was made with. `lint` and `lsp` keep the parser's WASM on the
// baseline compiler (cli/main.ts, baselineWasmOnly): set here first, so the cache (made by a lint) fits them.
const command = process.argv[2];
if (command === 'lint' || command === 'lsp') v8.setFlagsFromString('--liftoff-only');

const sha256 = (data) => crypto.createHash('sha256').update(data).digest();

/** The cache file: the bundle's hash, the cached data's hash, then V8's cached data. */
function cachedDataFor(sourceHash) {
  let saved;
  try {
    saved = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (saved.length <= 64 || !saved.subarray(0, 32).equals(sourceHash)) return undefined;
  const data = saved.subarray(64);
  return saved.subarray(32, 64).equals(sha256(data)) ? data : undefined;
}

function load() {
  // Before Node 20.12 a vm.Script cannot run the bundle's dynamic import()s (the dry-run's embedded database):
  // there, the bundle is loaded as a plain module.
  if (!vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER) return require(bundle);
  const source = fs.readFileSync(bundle, 'utf8');
  const sourceHash = sha256(source);
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData: cachedDataFor(sourceHash),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const bundleModule = new Module(bundle, module);
  bundleModule.filename = bundle;
  bundleModule.loaded = true;
  const dir = path.dirname(bundle);
  script
    .runInThisContext()
    .call(bundleModule.exports, bundleModule.exports, Module.createRequire(bundle), bundleModule, bundle, dir);
  // The build runs one lint with this set (scripts/build.mjs): the cache then holds what a lint compiled.
  if (process.env.SLUICE_WRITE_CODE_CACHE === '1') {
    process.on('exit', () => {
      const data = script.createCachedData();
      fs.writeFileSync(cacheFile, Buffer.concat([sourceHash, sha256(data), data]));
    });
  }
  return bundleModule.exports;
}

let cli;
try {
  cli = load();
} catch (e) {
  const missing =
    e &&
    ((e.code === 'ENOENT' && e.path === bundle) ||
      (e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('sluice.js')));
  if (missing) {
    process.stderr.write("sluice: the CLI is not built yet: run 'npm run build' in " + path.dirname(__dirname) + '\n');
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2));
