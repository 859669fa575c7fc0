// Liquibase changelogs (XML, YAML, JSON): which SQL files they run, in which order, and how. A lightweight scan,
// not a parser: what it cannot read counts as not listed (never an exception). Pure: files come through the view.
import * as path from 'path';
import { compareNames } from './naming';
import type { FileSystemView } from './tools';

/** A changelog Sluice reads: `*changelog*.xml|yaml|yml|json` (`db.changelog-master.yaml`), or `master.xml`. */
export const CHANGELOG_NAME = /changelog.*\.(xml|ya?ml|json)$|(?:^|[-_.])master\.(xml|ya?ml|json)$/i;
/** A changelog an include may name: XML, YAML or JSON (a formatted SQL file is a migration itself). */
const CHANGELOG_FILE = /\.(xml|ya?ml|json)$/i;
/** What every changelog has: its root element or key. */
const CHANGELOG_ROOT = /databaseChangeLog/;
/** `</changeSet>`, a changeSet, or an include / includeAll / sqlFile, in document order. */
const EVENT = /<\/changeSet\s*>|\bchangeSet\b|\b(include(?:All)?|sqlFile)\b/g;
/** The file or path attribute (XML), key (YAML) or member (JSON) that follows. */
const PATH_VALUE = /\b(?:file|path)["']?\s*[:=]\s*["']?([^"'\s>,}]+)/;

/** One SQL file a changelog runs. */
export interface LiquibaseEntry {
  file: string;
  /** The changelog that names it (or whose includeAll finds it). */
  changelog: string;
  /**
   * `sqlFile` in a changeSet: that changeSet's `runInTransaction` and the sqlFile's `splitStatements` (both
   * default true). Undefined for an included file: Liquibase reads a plain SQL file as one changeset that runs in
   * a transaction and sends the file as one string (SqlChangeLogParser: `splitStatements(false)`).
   */
  sqlFile?: { runInTransaction: boolean; splitStatements: boolean };
}

/**
 * The changelog without its rollback blocks: an sqlFile there runs only on `liquibase rollback` (an undo script),
 * never as a migration. XML `<rollback>…</rollback>`, YAML `rollback:` and what is indented under it, JSON
 * `"rollback": {…}` or `[…]`.
 */
export function withoutRollbacks(text: string): string {
  let out = text.replace(/<rollback\b[^>]*?(?:\/>|>[\s\S]*?<\/rollback\s*>)/g, '');
  // JSON: the value after "rollback", to its matching bracket (brackets inside strings skipped).
  for (let at = out.search(/"rollback"\s*:\s*[[{]/); at >= 0; at = out.search(/"rollback"\s*:\s*[[{]/)) {
    let i = out.indexOf(':', at) + 1;
    while (/\s/.test(out[i])) i++;
    let depth = 0;
    let end = i;
    for (; end < out.length; end++) {
      const c = out[end];
      if (c === '"') end = out.indexOf('"', end + 1) < 0 ? out.length : skipJsonString(out, end);
      else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) break;
    }
    out = `${out.slice(0, at)}"undo": null${out.slice(end + 1)}`;
  }
  // YAML: the lines indented under a `rollback:` key.
  const lines = out.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const key = /^(\s*)(?:-\s+)?rollback\s*:/.exec(lines[k]);
    if (!key) continue;
    const indent = key[1].length;
    lines[k] = '';
    while (k + 1 < lines.length && (lines[k + 1].trim() === '' || /^\s*/.exec(lines[k + 1])![0].length > indent))
      lines[++k] = '';
  }
  return lines.join('\n');
}

/** The index of the closing quote of the JSON string opening at `open`. */
function skipJsonString(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

/**
 * The SQL files a changelog runs, in order: `include file=` (a nested changelog's own files in its place),
 * `includeAll path=` (the folder and its subfolders, by path, as Liquibase sorts them), `sqlFile path=` in a
 * changeSet; `classpath:` paths found from a root above. Commented-out includes (`<!-- -->`, `#`) do not count.
 */
export function changelogEntries(
  text: string,
  changelog: string,
  view: FileSystemView,
  depth = 0,
  seen: Set<string> = new Set(),
): LiquibaseEntry[] {
  if (!CHANGELOG_ROOT.test(text) || depth > 5 || seen.has(changelog)) return [];
  seen.add(changelog);
  const dir = path.dirname(changelog);
  const live = withoutRollbacks(text.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*#.*$/gm, ''));
  const events = [...live.matchAll(EVENT)];
  const entries: LiquibaseEntry[] = [];
  // The changeSet an sqlFile belongs to: its text runs to the next changeSet (or `</changeSet>`).
  let changeSet: string | undefined;
  events.forEach((m, k) => {
    const next = k + 1 < events.length ? events[k + 1].index! : live.length;
    if (m[0].startsWith('</')) {
      changeSet = undefined;
      return;
    }
    if (m[1] === undefined) {
      let end = k + 1;
      while (end < events.length && events[end][1] !== undefined) end++;
      changeSet = live.slice(m.index!, end < events.length ? events[end].index : live.length);
      return;
    }
    const region = live.slice(m.index! + m[0].length, Math.min(next, m.index! + m[0].length + 400));
    const written = PATH_VALUE.exec(region)?.[1];
    if (written === undefined) return;
    const value = written.replace(/^classpath\*?:\/?/i, '');
    // Relative to the changelog, or to a classpath root above it.
    const candidates: string[] = [];
    for (let d = dir, i = 0; i < 5; i++) {
      candidates.push(path.resolve(d, value));
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    const exists = (c: string): boolean => (view.list(path.dirname(c)) ?? []).includes(path.basename(c));
    if (m[1] === 'includeAll') {
      const folder = candidates.find((c) => view.list(c) !== undefined);
      if (!folder) return;
      for (const found of filesUnder(folder, view)) {
        if (/\.sql$/i.test(found)) entries.push({ file: found, changelog });
        else entries.push(...nested(found, view, depth, seen));
      }
    } else if (m[1] === 'sqlFile') {
      const found = /\.sql$/i.test(value) ? candidates.find(exists) : undefined;
      if (!found) return;
      const flag = (source: string | undefined, name: string): boolean =>
        new RegExp(`\\b${name}["']?\\s*[:=]\\s*["']?false\\b`, 'i').exec(source ?? '') === null;
      entries.push({
        file: found,
        changelog,
        sqlFile: {
          runInTransaction: flag(changeSet, 'runInTransaction'),
          splitStatements: flag(region, 'splitStatements'),
        },
      });
    } else if (/\.sql$/i.test(value)) {
      const found = candidates.find(exists);
      if (found) entries.push({ file: found, changelog });
    } else if (CHANGELOG_FILE.test(value)) {
      const found = candidates.find(exists);
      if (found) entries.push(...nested(found, view, depth, seen));
    }
  });
  seen.delete(changelog);
  return entries;
}

function nested(file: string, view: FileSystemView, depth: number, seen: Set<string>): LiquibaseEntry[] {
  if (!CHANGELOG_FILE.test(file)) return [];
  const text = view.read?.(file);
  return text === undefined ? [] : changelogEntries(text, file, view, depth + 1, seen);
}

/** includeAll: the changelog files of a folder and its subfolders, ordered by their path within it (Liquibase's order). */
function filesUnder(folder: string, view: FileSystemView): string[] {
  const found: { file: string; key: string }[] = [];
  const walk = (dir: string, prefix: string, depth: number): void => {
    for (const name of view.list(dir) ?? []) {
      const full = path.join(dir, name);
      if (/\.(sql|xml|ya?ml|json)$/i.test(name)) found.push({ file: full, key: prefix + name });
      else if (depth < 5 && !name.startsWith('.') && view.list(full) !== undefined)
        walk(full, `${prefix}${name}/`, depth + 1);
    }
  };
  walk(folder, '', 0);
  return found.sort((a, b) => compareNames(a.key, b.key)).map((f) => f.file);
}

export interface LiquibasePlace {
  /** Every SQL file the master changelog runs, in order. */
  entries: LiquibaseEntry[];
  /** Where the file is among them. */
  index: number;
}

/**
 * Where a changelog above `file` (its folder and up to four above) runs it: the outermost changelog that lists it
 * is the master (a nested one knows only its own part). Undefined when none does, or without `view.read`.
 */
export function liquibasePlace(file: string, view: FileSystemView): LiquibasePlace | undefined {
  if (!view.read) return undefined;
  const abs = path.resolve(file);
  let dir = path.dirname(abs);
  let place: LiquibasePlace | undefined;
  for (let level = 0; level < 5; level++) {
    for (const name of view.list(dir) ?? []) {
      if (!CHANGELOG_NAME.test(name)) continue;
      const changelog = path.join(dir, name);
      const text = view.read(changelog);
      if (text === undefined) continue;
      const entries = changelogEntries(text, changelog, view);
      const index = entries.findIndex((e) => e.file === abs);
      if (index >= 0) place = { entries, index };
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return place;
}
