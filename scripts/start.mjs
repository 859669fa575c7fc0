// `npm start`: build and package the extension, lint the bundled examples/ project, and open it in VS Code with
// the extension loaded when a `code` command is available.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

console.log('▶ Building and packaging the extension (npm run package)…');
try {
  execFileSync(npm, ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
} catch {
  console.error('\nnpm start: packaging failed (see the messages above).');
  process.exit(2);
}

console.log('\n▶ Linting the example migrations: npx sluice lint examples\n');
const lint = spawnSync(process.execPath, [join(root, 'bin', 'sluice.js'), 'lint', 'examples'], {
  cwd: root,
  stdio: 'inherit',
});
if (lint.status === 2) process.exit(2); // a real failure, not findings
if (lint.status === 1)
  console.log('(exit code 1: examples/ holds unsafe migrations on purpose — that is what Sluice is for)');

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;
if (hasCode && !process.env.CI) {
  console.log('\n▶ Opening examples/ in VS Code with Sluice loaded…');
  spawn('code', ['--extensionDevelopmentPath', root, join(root, 'examples')], {
    stdio: 'ignore',
    detached: true,
  }).unref();
} else {
  console.log(
    `\nTo try it in VS Code: code --install-extension ${join(root, 'sluice.vsix')} && code ${join(root, 'examples')}`,
  );
}
