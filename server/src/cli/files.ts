// Which files `sluice lint` looks at: files named explicitly, and migration files found under folders.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './args';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'target', 'vendor']);

export interface InputFile {
  /** As shown in reports: as given, or relative to the current folder when found under a folder. */
  display: string;
  absolute: string;
  /** Named explicitly on the command line: always linted. */
  explicit: boolean;
}

export class InputError extends Error {}

export function collectFiles(paths: readonly string[], cwd: string): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, display: string, explicit: boolean): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ absolute, display, explicit });
  };
  for (const given of paths) {
    if (given.trim() === '') throw new UsageError('an empty path: name a migration file or folder');
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new InputError(`${given}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const file of walkSqlFiles(absolute, cwd)) add(file, path.relative(cwd, file) || file, false);
    } else {
      add(absolute, given, true);
    }
  }
  return files;
}

function walkSqlFiles(dir: string, cwd: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const visit = (current: string): void => {
    // Linked folders may lead back up the tree: each real folder is walked once.
    let real = current;
    try {
      real = fs.realpathSync(current);
    } catch {
      // unreadable: readdir below says why
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (e) {
      // A folder that vanished while walking holds nothing; one that cannot be read would hide its migrations.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      throw new InputError(`${path.relative(cwd, current) || current}: cannot read this folder (${code})`);
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      // A symbolic link counts as what it points to (a dangling one as nothing).
      let kind: 'dir' | 'file' | undefined = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
      if (entry.isSymbolicLink()) {
        try {
          const target = fs.statSync(full);
          kind = target.isDirectory() ? 'dir' : target.isFile() ? 'file' : undefined;
        } catch {
          kind = undefined;
        }
      }
      if (kind === 'dir') {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) visit(full);
      } else if (kind === 'file' && entry.name.toLowerCase().endsWith('.sql')) {
        found.push(full);
      }
    }
  };
  visit(dir);
  return found;
}

/**
 * Absolute paths of files added or changed since `ref` (committed, staged, unstaged or untracked), in the git
 * repositories that hold `folders` (the folders of the files to lint, wherever the command runs from).
 */
export function changedSince(ref: string, folders: Iterable<string>): Set<string> {
  const git = (args: string[], cwd: string): string => {
    try {
      // core.quotePath=false: names with non-ASCII letters come out as they are, not quoted and escaped.
      return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      const stderr = String((e as { stderr?: string }).stderr ?? '')
        .trim()
        .split('\n')[0];
      throw new InputError(`--changed-since ${ref}: git ${args[0]} failed in ${cwd}${stderr ? `: ${stderr}` : ''}`);
    }
  };
  const tops = new Set<string>();
  for (const folder of new Set(folders)) tops.add(git(['rev-parse', '--show-toplevel'], folder).trim());
  const set = new Set<string>();
  for (const top of tops) {
    const changed = git(['diff', '--name-only', '--diff-filter=ACMR', ref, '--'], top);
    const untracked = git(['ls-files', '--others', '--exclude-standard'], top);
    for (const line of `${changed}\n${untracked}`.split('\n')) if (line.trim()) set.add(path.resolve(top, line.trim()));
  }
  return set;
}
