// The edge between the pure analysis and the file system, shared by the CLI and the language server so that
// both read the same .sluicerc.json the same way and decide the same files are migrations.
import * as fs from 'fs';
import * as path from 'path';
import { analyze, createdRelations, FileAnalysis } from './analysis';
import { mergeConfig, SluiceConfig } from './config/config';
import { LoadedConfig, loadConfigFile, loadConfigFor } from './config/load';
import { pairedUpScript } from './migrations/pairs';
import { detectMigration, FileSystemView, MigrationInfo } from './migrations/tools';

export interface ProjectOptions {
  /** An explicit config file (CLI --config); otherwise the nearest .sluicerc.json above each file. */
  configFile?: string;
  /** Settings that win over the config file (CLI flags, editor settings). */
  overrides?: Partial<SluiceConfig>;
}

export interface LintedFile {
  migration: MigrationInfo;
  settings: SluiceConfig;
  config: LoadedConfig;
  /** Undefined when the file is not a migration. */
  analysis?: FileAnalysis;
}

export const diskView: FileSystemView = {
  list(dir) {
    try {
      return fs.readdirSync(dir);
    } catch {
      return undefined;
    }
  },
};

export class Project {
  private readonly configs = new Map<string, LoadedConfig>();

  constructor(private options: ProjectOptions = {}) {}

  setOverrides(overrides: Partial<SluiceConfig>): void {
    this.options = { ...this.options, overrides };
  }

  /** Forget cached configuration (after .sluicerc.json changed). */
  invalidate(): void {
    this.configs.clear();
  }

  configFor(file: string): LoadedConfig {
    const dir = path.dirname(path.resolve(file));
    let loaded = this.configs.get(dir);
    if (!loaded) {
      loaded = this.options.configFile ? loadConfigFile(this.options.configFile) : loadConfigFor(dir);
      this.configs.set(dir, loaded);
    }
    return loaded;
  }

  /** Defaults, then the config file, then the project's overrides, then `extra` (per-file editor settings). */
  settingsFor(file: string, extra: Partial<SluiceConfig> = {}): SluiceConfig {
    return mergeConfig(this.configFor(file).config, this.options.overrides ?? {}, extra);
  }

  migrationInfo(file: string, text: string, extra: Partial<SluiceConfig> = {}): MigrationInfo {
    return detectMigration(file, text, diskView, { migrationDirs: this.settingsFor(file, extra).migrationDirs });
  }

  private createdByPairedUp(file: string, migration: MigrationInfo): Set<string> | undefined {
    if (migration.direction !== 'down') return undefined;
    const up = pairedUpScript(path.resolve(file), migration.tool);
    if (!up) return undefined;
    try {
      return createdRelations(fs.readFileSync(up, 'utf8'));
    } catch {
      return undefined; // no up script: nothing is known to be created by this migration
    }
  }

  /** Analyses `text` as the content of `file`; `force` lints a file that is not recognised as a migration. */
  lint(file: string, text: string, force = false, extra: Partial<SluiceConfig> = {}): LintedFile {
    const config = this.configFor(file);
    const settings = this.settingsFor(file, extra);
    const detected = detectMigration(file, text, diskView, { migrationDirs: settings.migrationDirs });
    const migration = force && !detected.isMigration ? { ...detected, isMigration: true } : detected;
    const analysis = migration.isMigration
      ? analyze(text, migration, settings, { createdByUp: this.createdByPairedUp(file, migration) })
      : undefined;
    return { migration, settings, config, analysis };
  }
}
