// Runs the e2e suite in a real VS Code without internet: code-server 4.100.3 (VS Code 1.100 with a Node extension
// host, installed by scripts/install-code-server.sh) driven by Debian's Chromium through playwright-core.
// Usage: npm run build && npm run compile && npm run test:e2e
//   SLUICE_E2E_CACHE=dir          where code-server is installed (default ~/.cache/sluice-e2e)
//   SLUICE_UPDATE_SCREENSHOT=1    also copy the screenshots to docs/images/ (editor.png, and those tests request)
//   SLUICE_DIST=dir               load the extension's bundles from dir (as built by SLUICE_DIST=dir scripts/build.mjs)
//   SLUICE_E2E_VERBOSE=1          echo code-server's own output
//   SLUICE_E2E_KEEP=1             keep the temp folder (workspace copy, logs) even when everything passed
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, Browser, Page } from 'playwright-core';
import type { E2eResult } from './suite/index';

const CODE_SERVER_VERSION = '4.100.3';
const OVERALL_TIMEOUT_MS = Number(process.env.SLUICE_E2E_TIMEOUT_MS ?? 420_000);
const START_TIMEOUT_MS = 60_000;
const CHROMIUM = '/usr/bin/chromium';

// out/test/e2e/runCodeServer.js -> repo root
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const cacheRoot = process.env.SLUICE_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'sluice-e2e');
const codeServerDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// The suite compiled beside this runner (out/ or another --outDir).
const testsEntry = path.join(__dirname, 'suite', 'index.js');
const distName = process.env.SLUICE_DIST || 'dist';

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

class E2eError extends Error {}

function checkPrerequisites(): void {
  if (!fs.existsSync(path.join(codeServerDir, '.sluice-install-complete')) || !fs.existsSync(codeServerEntry)) {
    console.error(`code-server ${CODE_SERVER_VERSION} is not installed in ${codeServerDir}.`);
    console.error('Install it once (about 2 minutes, needs only the npm registry and Debian apt) with:');
    const cacheEnv = process.env.SLUICE_E2E_CACHE ? `SLUICE_E2E_CACHE=${cacheRoot} ` : '';
    console.error(`  ${cacheEnv}bash ${path.join(repoRoot, 'scripts', 'install-code-server.sh')}`);
    process.exit(2);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing; run: bash ${path.join(repoRoot, 'scripts', 'install-code-server.sh')}`);
    process.exit(2);
  }
  const missing = [path.join(repoRoot, distName, 'extension.js'), testsEntry].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    console.error(`missing ${missing.join(', ')}; run: npm run build && npm run compile`);
    process.exit(2);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Rejects after `ms`; the returned cancel function stops the timer. */
function deadline(ms: number, what: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new E2eError(`timed out after ${Math.round(ms / 1000)} s ${what}`)), ms);
  });
  promise.catch(() => undefined); // the race that uses it reports the rejection
  return { promise, cancel: () => clearTimeout(timer) };
}

function startCodeServer(
  port: number,
  tmp: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; listening: Promise<void>; exited: Promise<number | null> } {
  const userDataDir = path.join(tmp, 'user-data');
  const settingsDir = path.join(userDataDir, 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  // Keep the window free of welcome pages and prompts, so tests and the screenshot see only the editor.
  fs.writeFileSync(
    path.join(settingsDir, 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'window.restoreWindows': 'none',
        'git.enabled': false,
        // The screenshot opens the finding's hover; below the line it leaves the statement above visible.
        'editor.hover.above': false,
      },
      null,
      2,
    ),
  );
  // Our own config file, so code-server does not write one into the user's ~/.config.
  const configFile = path.join(tmp, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const logFile = fs.openSync(path.join(tmp, 'code-server.log'), 'a');
  const args = [
    codeServerEntry,
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    path.join(tmp, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    workspace,
  ];
  // detached: its own process group, so teardown can signal code-server and every child it started.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.on('close', () => fs.closeSync(logFile));
  const verbose = process.env.SLUICE_E2E_VERBOSE === '1';

  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      fs.writeSync(logFile, chunk);
      if (verbose) process.stdout.write(chunk.toString().replace(/^/gm, '[code-server] '));
      seen = (seen + chunk.toString()).slice(-4096);
      if (/HTTP server listening on/.test(seen)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', reject);
    void exited.then((code) => reject(new E2eError(`code-server exited (code ${code}) before it listened:\n${seen}`)));
  });
  listening.catch(() => undefined);
  return { child, listening, exited };
}

/** Signals the whole process group (code-server, its file watcher, pty host and extension host). */
async function stopCodeServer(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.pid === undefined) return;
  const pgid = child.pid;
  const signal = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pgid, sig);
    } catch {
      // ESRCH: the group is already gone.
    }
  };
  signal('SIGTERM');
  const grace = deadline(5_000, 'waiting for code-server to stop');
  await Promise.race([exited, grace.promise]).catch(() => undefined);
  grace.cancel();
  // Children that ignore SIGTERM (or outlive the parent) still belong to the group.
  signal('SIGKILL');
}

/** Resolves once `file` exists (the suite writes it with an atomic rename), using fs.watch, not polling. */
function waitForFile(file: string): { promise: Promise<void>; cancel(): void } {
  let watcher: fs.FSWatcher | undefined;
  const promise = new Promise<void>((resolve) => {
    const check = (): void => {
      if (fs.existsSync(file)) {
        watcher?.close();
        resolve();
      }
    };
    watcher = fs.watch(path.dirname(file), check);
    check();
  });
  return { promise, cancel: () => watcher?.close() };
}

/**
 * The extension folder VS Code loads: the repository itself, or (SLUICE_DIST) a folder in `tmp` whose entries link
 * to the repository's, except `dist`, which links to the SLUICE_DIST folder.
 */
function extensionFolder(tmp: string): string {
  if (distName === 'dist') return repoRoot;
  const folder = path.join(tmp, 'extension');
  fs.mkdirSync(folder);
  for (const entry of fs.readdirSync(repoRoot)) {
    if (entry === 'dist' || entry === '.git') continue;
    fs.symlinkSync(path.join(repoRoot, entry), path.join(folder, entry));
  }
  fs.symlinkSync(path.join(repoRoot, distName), path.join(folder, 'dist'));
  return folder;
}

interface ScreenshotRequest {
  name: string;
  /** Wait until this selector shows inside the (one) webview before acting. */
  webviewSelector?: string;
  /** Focus this element inside the webview and press a key (e.g. Enter on a row), like a keyboard user. */
  press?: { selector: string; key: string };
  screenshot?: boolean;
}

/**
 * Serves the suite's requests for screenshots and webview input: the suite writes `<name>.request` (JSON, atomic
 * rename) into `dir`; the runner acts and answers with `<name>.done` or `<name>.failed` (the reason).
 */
function serveRequests(page: Page, dir: string): { stop(): void } {
  const handled = new Set<string>();
  let queue = Promise.resolve();
  const webview = () => page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  const handle = async (file: string): Promise<void> => {
    const request = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ScreenshotRequest;
    const answer = (suffix: string, text: string): void => {
      fs.writeFileSync(path.join(dir, `${request.name}.${suffix}.partial`), text);
      fs.renameSync(path.join(dir, `${request.name}.${suffix}.partial`), path.join(dir, `${request.name}.${suffix}`));
    };
    try {
      if (request.webviewSelector) {
        await webview().locator(request.webviewSelector).first().waitFor({ state: 'visible', timeout: 60_000 });
      }
      if (request.press) {
        const target = webview().locator(request.press.selector).first();
        await target.focus({ timeout: 30_000 });
        await target.press(request.press.key, { timeout: 30_000 });
      }
      if (request.screenshot) {
        const out = path.join(repoRoot, 'test-results', `${request.name}.png`);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        await page.screenshot({ path: out });
        log(`screenshot: ${path.relative(repoRoot, out)}`);
        if (process.env.SLUICE_UPDATE_SCREENSHOT === '1') {
          const docsImage = path.join(repoRoot, 'docs', 'images', `${request.name}.png`);
          fs.mkdirSync(path.dirname(docsImage), { recursive: true });
          fs.copyFileSync(out, docsImage);
          log(`screenshot copied to ${path.relative(repoRoot, docsImage)}`);
        }
      }
      answer('done', 'ok\n');
    } catch (err) {
      answer('failed', err instanceof Error ? err.message : String(err));
    }
  };
  const scan = (): void => {
    for (const file of fs.readdirSync(dir)) {
      if (!file.endsWith('.request') || handled.has(file)) continue;
      handled.add(file);
      queue = queue.then(() => handle(file));
    }
  };
  const watcher = fs.watch(dir, scan);
  scan();
  return { stop: () => watcher.close() };
}

function workbenchUrl(port: number, workspace: string, extension: string): string {
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extension)],
    ['extensionTestsPath', remote(testsEntry)],
  ];
  return (
    `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`
  );
}

async function openWorkbench(browser: Browser, url: string): Promise<{ page: Page; automationExit: Promise<number> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" says nothing without its URL (known noise: code-server ships no vsda module).
    const where = message.text().startsWith('Failed to load resource') ? ` (${message.location().url})` : '';
    console.log(`[page console.error] ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => console.log(`[page error] ${error.stack ?? error.message}`));
  // VS Code calls window.codeAutomationExit(code) once run() settles; it tells us early when the suite
  // crashed before writing a result.
  const automationExit = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
  });
  await page.goto(url);
  return { page, automationExit };
}

function printResult(result: E2eResult): void {
  console.log('');
  for (const test of result.tests) {
    const took = test.durationMs === undefined ? '' : ` (${(test.durationMs / 1000).toFixed(1)} s)`;
    console.log(`  ${test.state === 'passed' ? 'PASS' : 'FAIL'}  ${test.title}${took}`);
    if (test.error) console.log(test.error.replace(/^/gm, '        '));
  }
  console.log('');
}

async function screenshot(page: Page): Promise<void> {
  // The diagnostics exist in the extension host when the result is written; wait until the workbench has drawn
  // the squiggle, so the picture shows what a user sees.
  await page
    .waitForSelector('.monaco-editor .squiggly-error', { timeout: 10_000 })
    .catch(() => log('warning: no error squiggle visible in the editor when taking the screenshot'));
  // The suite opens the finding's hover; it renders asynchronously. A picture without it is still useful.
  await page.waitForSelector('.monaco-hover-content', { timeout: 3_000 }).catch(() => undefined);
  const dir = path.join(repoRoot, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'e2e-editor.png');
  await page.screenshot({ path: file });
  log(`screenshot: ${path.relative(repoRoot, file)}`);
  if (process.env.SLUICE_UPDATE_SCREENSHOT === '1') {
    const docsImage = path.join(repoRoot, 'docs', 'images', 'editor.png');
    fs.mkdirSync(path.dirname(docsImage), { recursive: true });
    fs.copyFileSync(file, docsImage);
    log(`screenshot copied to ${path.relative(repoRoot, docsImage)}`);
  }
}

async function main(): Promise<number> {
  checkPrerequisites();
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const resultFile = path.join(tmp, 'result.json');
  const releaseFile = path.join(tmp, 'release');
  const requestsDir = path.join(tmp, 'requests');
  fs.mkdirSync(requestsDir);

  // The extension host inherits code-server's environment; that is how the suite learns where to write.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SLUICE_E2E_RESULT: resultFile,
    SLUICE_E2E_RELEASE: releaseFile,
    SLUICE_E2E_REQUESTS: requestsDir,
  };
  // code-server keeps logs and a heartbeat under $XDG_DATA_HOME, VS Code a device id under $XDG_CACHE_HOME:
  // keep them in the temp folder, not the user's home.
  env.XDG_DATA_HOME = path.join(tmp, 'xdg-data');
  env.XDG_CACHE_HOME = path.join(tmp, 'xdg-cache');
  // No extension marketplace: nothing is installed from one, and offline its queries only log errors.
  env.EXTENSIONS_GALLERY = '{}';
  // Inside a VS Code terminal these make code-server hand the folder to that VS Code instead of serving it.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];

  const overall = deadline(OVERALL_TIMEOUT_MS, 'waiting for the e2e suite to finish');
  const port = await freePort();
  log(`code-server ${CODE_SERVER_VERSION} on 127.0.0.1:${port}, workspace ${workspace}`);
  const server = startCodeServer(port, tmp, workspace, env);
  // code-server runs in its own process group, so Ctrl-C on the runner would not reach it: forward it.
  for (const [sig, exitCode] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(sig, () => {
      log(`${sig}: stopping code-server (temp folder ${tmp})`);
      if (server.child.pid !== undefined) {
        try {
          process.kill(-server.child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      process.exit(exitCode);
    });
  }
  let browser: Browser | undefined;
  let requests: { stop(): void } | undefined;
  let ok = false;
  let summary = 'e2e: 0 passed, 0 failed'; // what a crash or timeout reports
  const resultWait = waitForFile(resultFile);
  try {
    const startup = deadline(START_TIMEOUT_MS, 'waiting for code-server to listen');
    await Promise.race([server.listening, startup.promise, overall.promise]);
    startup.cancel();

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Chromium keeps a crash-report folder under $XDG_CONFIG_HOME; keep it out of the user's home.
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(tmp, 'chromium-config'),
        XDG_CACHE_HOME: path.join(tmp, 'chromium-cache'),
      },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const extension = extensionFolder(tmp);
    const { page, automationExit } = await openWorkbench(browser, workbenchUrl(port, workspace, extension));
    log(`workbench opened with the extension from ${distName}/; running the suite in the extension host`);
    requests = serveRequests(page, requestsDir);

    const earlyExit = automationExit.then(async (code) => {
      // The result may land just after the exit callback; give the rename a moment by waiting on the file.
      const late = deadline(2_000, '');
      await Promise.race([resultWait.promise, late.promise]).catch(() => {
        throw new E2eError(`the test runner in the extension host exited with code ${code} without writing results`);
      });
      late.cancel();
    });
    const serverDied = server.exited.then((code) => {
      throw new E2eError(`code-server exited unexpectedly (code ${code})`);
    });
    await Promise.race([resultWait.promise, earlyExit, serverDied, overall.promise]);

    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as E2eResult;
    await screenshot(page).catch((err: unknown) => log(`warning: screenshot failed: ${String(err)}`));
    fs.writeFileSync(releaseFile, 'screenshot taken\n');

    printResult(result);
    if (result.viewError) log(`could not prepare the editor for the screenshot: ${result.viewError}`);
    if (result.passed + result.failed === 0) log('no tests ran');
    summary = `e2e: ${result.passed} passed, ${result.failed} failed`;
    ok = result.failed === 0 && result.passed > 0 && !result.viewError;
  } catch (err) {
    console.error(`[e2e] ${err instanceof E2eError ? err.message : err instanceof Error ? err.stack : String(err)}`);
  } finally {
    overall.cancel();
    resultWait.cancel();
    requests?.stop();
    await browser?.close().catch(() => undefined);
    await stopCodeServer(server.child, server.exited);
    if (ok && process.env.SLUICE_E2E_KEEP !== '1') {
      fs.rmSync(tmp, { recursive: true, force: true });
    } else {
      log(`kept ${tmp} (code-server.log, workspace copy, result.json)`);
    }
  }
  log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(summary);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
