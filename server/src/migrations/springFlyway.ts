// Spring Boot's Flyway settings: `spring.flyway.locations` in application.properties / application.yml, read just
// enough to know which folders one Flyway configuration scans (history.ts orders their scripts as one list).
import * as path from 'path';
import type { FileSystemView } from './tools';

const SPRING_CONFIGS = ['application.properties', 'application.yml', 'application.yaml'];

/**
 * `spring.flyway.locations` in the application configuration of the classpath root `resources` (also its
 * `config/`), as absolute folders; undefined when no file sets it, 'ambiguous' when files (or YAML documents:
 * profiles) set it differently.
 */
export function springFlywayLocations(resources: string, view: FileSystemView): string[] | 'ambiguous' | undefined {
  const values = new Set<string>();
  for (const folder of [resources, path.join(resources, 'config')]) {
    const names = view.list(folder) ?? [];
    for (const name of SPRING_CONFIGS.filter((n) => names.includes(n))) {
      const text = view.read?.(path.join(folder, name)) ?? '';
      const found = name.endsWith('.properties') ? propertiesValues(text) : yamlValues(text);
      for (const value of found) values.add(value.join(','));
    }
  }
  if (values.size !== 1) return values.size === 0 ? undefined : 'ambiguous';
  // classpath: (Flyway's default prefix) is the resources folder; filesystem: the project folder.
  const project = /[\\/]src[\\/]main[\\/]resources$/.test(resources)
    ? path.dirname(path.dirname(path.dirname(resources)))
    : path.dirname(resources);
  return [...values][0]
    .split(',')
    .map((raw) => raw.trim().replace(/\{vendor\}/g, 'postgresql'))
    .filter((value) => value !== '')
    .map((value) =>
      value.startsWith('filesystem:')
        ? path.resolve(project, value.slice('filesystem:'.length))
        : path.join(resources, value.replace(/^classpath:/, '')),
    );
}

const SPRING_LOCATIONS = 'spring.flyway.locations';

/** The values of spring.flyway.locations in a .properties file: `=` or `:`, `locations[0]=` lists. */
function propertiesValues(text: string): string[][] {
  const listed: string[] = [];
  let whole: string | undefined;
  for (const line of text.replace(/\\\r?\n[ \t]*/g, '').split(/\r?\n/)) {
    const match = /^\s*spring\.flyway\.locations(?:\[(\d+)\])?\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    if (match[1] !== undefined) listed[Number(match[1])] = match[2];
    else whole = match[2];
  }
  const value = whole ?? (listed.length > 0 ? listed.filter((v) => v !== undefined).join(',') : undefined);
  return value === undefined ? [] : [value.split(',').map((v) => v.trim())];
}

/**
 * The values of spring.flyway.locations in a YAML file, one per document that sets it: nested keys
 * (`spring:` / `flyway:` / `locations:`) or dotted ones, an inline value (`a, b` or `[a, b]`) or a `- a` list.
 */
function yamlValues(text: string): string[][] {
  const found: string[][] = [];
  // The keys above the current line, with their indentation.
  let stack: { indent: number; key: string }[] = [];
  let list: { indent: number; items: string[] } | undefined;
  const unquote = (v: string): string => v.trim().replace(/^(["'])(.*)\1$/, '$2');
  const endList = (): void => {
    if (list) found.push(list.items);
    list = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    if (line.trim() === '') continue;
    if (/^---/.test(line)) {
      endList();
      stack = [];
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0].length;
    const item = /^[ \t]*-\s+(.*)$/.exec(line);
    if (list && item && indent >= list.indent) {
      list.items.push(unquote(item[1]));
      continue;
    }
    endList();
    const entry = /^[ \t]*([^\s:#][^:#]*?):(?:\s+(.*))?$/.exec(line);
    if (!entry) continue;
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    stack.push({ indent, key: entry[1].trim() });
    if (stack.map((s) => s.key).join('.') !== SPRING_LOCATIONS) continue;
    const value = entry[2]?.trim() ?? '';
    if (value === '') list = { indent, items: [] };
    else
      found.push(
        value
          .replace(/^\[|\]$/g, '')
          .split(',')
          .map(unquote),
      );
  }
  endList();
  return found;
}

/** Every Flyway-named `.sql` file under `root` (recursively, as Flyway scans), as absolute paths. */
