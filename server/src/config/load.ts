// Finds and reads .sluicerc.json: the nearest one in the file's folder or above it. Used by the CLI and the server.
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, ConfigProblem, parseConfig, SluiceConfig } from './config';

export interface LoadedConfig {
  /** Absolute path of the config file, or undefined when there is none. */
  file?: string;
  /** Folder relative paths in the config are resolved against. */
  root: string;
  config: Partial<SluiceConfig>;
  problems: ConfigProblem[];
}

export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  const root = path.dirname(path.resolve(file));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, root, config: {}, problems: [{ message: `cannot read: ${(e as Error).message}` }] };
  }
  const { config, problems } = parseConfig(text);
  if (config.migrationDirs) config.migrationDirs = config.migrationDirs.map((d) => path.resolve(root, d));
  if (config.seed) config.seed = path.resolve(root, config.seed);
  return { file: path.resolve(file), root, config, problems };
}

/** The config that applies to files in `dir`: the nearest .sluicerc.json, or none. */
export function loadConfigFor(dir: string, stopAt?: string): LoadedConfig {
  const file = findConfigFile(dir, stopAt);
  return file ? loadConfigFile(file) : { root: path.resolve(dir), config: {}, problems: [] };
}
