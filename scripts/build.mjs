// Bundles the extension client and the sluice CLI/language server with esbuild, and puts next to them what they
// load at run time: the parser's WASM and the .sluicerc.json schema.
import { execFileSync, spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// SLUICE_DIST lets parallel work build into its own folder without clobbering dist/.
const dist = process.env.SLUICE_DIST ? join(root, process.env.SLUICE_DIST) : join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const started = Date.now();

mkdirSync(dist, { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { SLUICE_VERSION: JSON.stringify(pkg.version) },
};
await Promise.all([
  build({
    ...common,
    entryPoints: [join(root, 'server/src/main.ts')],
    outfile: join(dist, 'sluice.js'),
    // PGlite's ES module finds its .wasm/.data files from import.meta.url, which a CommonJS bundle lacks: the
    // bundle's own URL stands in, so they are looked up beside it.
    define: { ...common.define, 'import.meta.url': '__sluiceBundleUrl' },
    banner: { js: "var __sluiceBundleUrl = require('url').pathToFileURL(__filename).href;" },
  }),
  // The embedded database's worker thread (the dry-run stops it on timeout or Ctrl-C).
  build({
    ...common,
    entryPoints: [join(root, 'server/src/dryrun/worker.ts')],
    outfile: join(dist, 'pglite-worker.js'),
    define: { ...common.define, 'import.meta.url': '__sluiceBundleUrl' },
    banner: { js: "var __sluiceBundleUrl = require('url').pathToFileURL(__filename).href;" },
  }),
  // The CLI's parse-ahead worker (PostgreSQL's parser on a second core, for long files).
  build({
    ...common,
    entryPoints: [join(root, 'server/src/syntax/parseWorker.ts')],
    outfile: join(dist, 'parse-worker.js'),
  }),
  build({
    ...common,
    entryPoints: [join(root, 'client/src/extension.ts')],
    outfile: join(dist, 'extension.js'),
    external: ['vscode'],
  }),
]);

// esbuild escapes non-ASCII characters in strings but keeps them in the comments it preserves (three `→`/`—` in
// ours and pg's). One such character makes V8 hold the whole source of a bundle as a two-byte string, for the
// life of the process (its lazy functions compile from it): 4.6 MB instead of 2.3 MB for sluice.js. Each one is
// written as a \u escape, which means the same in a comment, a string or an identifier; a bundle that would not
// parse after that is left as it was.
for (const name of ['sluice.js', 'parse-worker.js', 'pglite-worker.js', 'extension.js']) {
  const file = join(dist, name);
  const source = readFileSync(file, 'utf8');
  const ascii = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii === source) continue;
  try {
    new Script(ascii, { filename: file });
    writeFileSync(file, ascii);
  } catch (e) {
    console.warn(`build: ${name} keeps its non-ASCII characters (escaped, it would not parse: ${e.message})`);
  }
}

// libpg-query looks for its .wasm beside the module that loads it: the bundle.
copyFileSync(require.resolve('libpg-query/wasm/libpg-query.wasm'), join(dist, 'libpg-query.wasm'));

// PGlite (the dry-run's embedded database, loaded only when a dry-run starts) finds its WASM and data files
// beside the bundle too.
const pgliteDist = dirname(require.resolve('@electric-sql/pglite'));
// The contrib extensions' archives (1.5 MB together), loaded when a migration creates one of them.
const pgliteFiles = ['pglite.wasm', 'pglite.data', 'initdb.wasm'];
for (const file of [...pgliteFiles, ...readdirSync(pgliteDist).filter((f) => f.endsWith('.tar.gz'))])
  copyFileSync(join(pgliteDist, file), join(dist, file));

// A dry-run's first start on a machine would run initdb (about 6 s here); the empty cluster it produces ships
// beside the bundle instead (4.5 MB gzipped, loaded in under 2 s). Made again only when PGlite's version changes.
const pgliteVersion = JSON.parse(readFileSync(join(pgliteDist, '..', 'package.json'), 'utf8')).version;
const cluster = join(dist, 'pglite-empty-cluster.tgz');
const clusterStamp = join(dist, 'pglite-empty-cluster.version');
if (!existsSync(cluster) || !existsSync(clusterStamp) || readFileSync(clusterStamp, 'utf8') !== pgliteVersion) {
  execFileSync(process.execPath, [join(root, 'scripts', 'empty-cluster.mjs'), cluster], { stdio: 'inherit' });
  writeFileSync(clusterStamp, pgliteVersion);
}

// The config schema is generated from the rule registry so rule ids are written in one place only.
const { configJsonSchema } = require(join(dist, 'sluice.js'));
writeFileSync(join(dist, 'sluicerc.schema.json'), JSON.stringify(configJsonSchema(), null, 2) + '\n');

// V8's code cache for the CLI (bin/sluice.js uses it when it matches the bundle byte for byte): one lint of the
// corpus compiles what a lint runs, and the cache keeps it, so each `sluice lint` starts ~45 ms sooner.
const cacheFile = join(dist, 'sluice.js.cache');
rmSync(cacheFile, { force: true });
const corpus = join(root, 'test', 'corpus', 'cases');
if (existsSync(corpus)) {
  const training = spawnSync(process.execPath, [join(root, 'bin', 'sluice.js'), 'lint', '--format', 'json', corpus], {
    env: { ...process.env, SLUICE_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
  // Exit 1 is findings; anything else: no cache (the CLI compiles the bundle as usual).
  if (training.status !== 0 && training.status !== 1) {
    rmSync(cacheFile, { force: true });
    console.warn(`build: no code cache (the training lint exited ${training.status ?? training.signal})`);
  }
}

console.log(`built ${dist} in ${Date.now() - started} ms`);
