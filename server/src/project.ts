// The edge between the pure analysis and the file system, shared by the CLI and the language server so that
// both read the same .sluicerc.json the same way and decide the same files are migrations.
import { withoutByteOrderMark } from './syntax/bom';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { analyze, createdRelations, FileAnalysis, replayMigration } from './analysis';
import { EMPTY_SCHEMA, SchemaModel } from './schema/model';
import { mergeConfig, SluiceConfig } from './config/config';
import { LoadedConfig, loadConfigFile, loadConfigFor } from './config/load';
import { earlierMigrations } from './migrations/history';
import { pairedUpScript } from './migrations/pairs';
import { rollbackStatus } from './migrations/rollback';
import { toolTransactionSettings } from './migrations/transactions';
import { detectMigration, FileSystemView, MigrationInfo } from './migrations/tools';
import { FolderListings } from './folderListings';
import { PARSE_AHEAD_MIN_STATEMENTS, ParseAhead } from './syntax/parseAhead';

export interface ProjectOptions {
  /** An explicit config file (CLI --config); otherwise the nearest .sluicerc.json above each file. */
  configFile?: string;
  /** Settings that win over the config file (CLI flags, editor settings). */
  overrides?: Partial<SluiceConfig>;
  /** Files are analysed again and again as they are edited (the language server): remember each analysis. */
  incremental?: boolean;
  /**
   * A long file analysed afresh (by the CLI; by the editor, a file too long to remember) is parsed on a second core,
   * ahead of the walk (syntax/parseAhead.ts).
   */
  parseAhead?: boolean;
}

/** A parse-ahead worker for a file long enough to be worth one. */
function parseAheadFor(texts: readonly string[]): ParseAhead | undefined {
  return texts.length >= PARSE_AHEAD_MIN_STATEMENTS ? new ParseAhead(texts) : undefined;
}

export interface LintedFile {
  migration: MigrationInfo;
  settings: SluiceConfig;
  config: LoadedConfig;
  /** Undefined when the file is not a migration. */
  analysis?: FileAnalysis;
}

function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A file's text, and its digest when a later migration's history asks for it (not on every keystroke). */
class FileContent {
  private hashed: string | undefined;

  constructor(readonly text: string) {}

  get digest(): string {
    return (this.hashed ??= digestOf(this.text));
  }
}

export class Project {
  private readonly configs = new Map<string, LoadedConfig>();
  /** Schema after a chain of migrations, keyed by a hash of their paths and contents. */
  private readonly histories = new Map<string, SchemaModel>();
  /** Unsaved editor contents that win over the disk (earlier migrations being edited). */
  private readonly overlay = new Map<string, FileContent>();
  private readonly files = new Map<string, { content: FileContent; mtimeMs: number; size: number }>();
  private readonly listings = new FolderListings();
  /** The file system as the analysis sees it: editor buffers over the disk. */
  readonly view: FileSystemView = {
    list: (dir) => this.listings.list(path.resolve(dir)),
    read: (file) => this.read(path.resolve(file))?.text,
  };

  constructor(private readonly options: ProjectOptions = {}) {}

  /** Forget cached configuration (after .sluicerc.json changed). */
  invalidate(): void {
    this.configs.clear();
  }

  /** The editor's text for a file, or undefined to read it from disk again. */
  setOverlay(file: string, text: string | undefined): void {
    const abs = path.resolve(file);
    if (text === undefined) this.overlay.delete(abs);
    else this.overlay.set(abs, new FileContent(text));
  }

  /** A file's text and content digest: the editor's, or the disk's (re-read only when mtime or size change). */
  private read(file: string): FileContent | undefined {
    const open = this.overlay.get(file);
    if (open) return open;
    try {
      const stat = fs.statSync(file);
      const cached = this.files.get(file);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.content;
      const content = new FileContent(withoutByteOrderMark(fs.readFileSync(file, 'utf8')));
      this.files.set(file, { content, mtimeMs: stat.mtimeMs, size: stat.size });
      this.unreadable.delete(file);
      return content;
    } catch (error) {
      // Gone since the folder was listed: nothing to replay. Any other failure leaves the history incomplete.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.unreadable.set(file, code ?? (error as Error).message);
      return undefined;
    }
  }

  /** Files the history needed and could not read (path → error code): the CLI stops on them. */
  readonly unreadable = new Map<string, string>();

  /** The up migrations that run before `file` in the tool's order (for a down script: up to its up script). */
  earlierMigrations(file: string, migration: MigrationInfo): string[] {
    const abs = path.resolve(file);
    if (migration.direction === 'up') return earlierMigrations(abs, migration.tool, this.view);
    const up = pairedUpScript(abs, migration.tool, this.view);
    return up ? [...earlierMigrations(up, migration.tool, this.view), up] : [];
  }

  /** The schema `file` runs against: its earlier migrations replayed in order (cached per content chain). */
  historySchema(file: string, migration: MigrationInfo): SchemaModel {
    let model = EMPTY_SCHEMA;
    let chain = '';
    for (const earlier of this.earlierMigrations(file, migration)) {
      const content = this.read(earlier);
      if (content === undefined) continue;
      chain = digestOf(`${chain}\0${earlier}\0${content.digest}`);
      const cached = this.histories.get(chain);
      if (cached) {
        model = cached;
        continue;
      }
      model = replayMigration(model, content.text, { isMigration: true, tool: migration.tool, direction: 'up' });
      if (this.histories.size > 5000) this.histories.clear();
      this.histories.set(chain, model);
    }
    return model;
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
    return detectMigration(file, text, this.view, { migrationDirs: this.settingsFor(file, extra).migrationDirs });
  }

  /** For a down script, its up script (what it undoes) and the schema that runs against, when there is one. */
  private pairedUp(file: string, migration: MigrationInfo): { text: string; schema: SchemaModel } | undefined {
    if (migration.direction !== 'down') return undefined;
    const up = pairedUpScript(path.resolve(file), migration.tool, this.view);
    const text = up ? this.read(up)?.text : undefined;
    if (up === undefined || text === undefined) return undefined;
    return { text, schema: this.historySchema(up, { ...migration, direction: 'up' }) };
  }

  /** Analyses `text` as the content of `file`; `force` lints a file that is not recognised as a migration. */
  lint(file: string, text: string, force = false, extra: Partial<SluiceConfig> = {}): LintedFile {
    const config = this.configFor(file);
    const settings = this.settingsFor(file, extra);
    const detected = detectMigration(file, text, this.view, { migrationDirs: settings.migrationDirs });
    const migration = force && !detected.isMigration ? { ...detected, isMigration: true } : detected;
    const abs = path.resolve(file);
    const up = migration.isMigration ? this.pairedUp(abs, migration) : undefined;
    const analysis = migration.isMigration
      ? analyze(text, migration, settings, {
          createdByUp: up !== undefined ? createdRelations(up.text, up.schema) : undefined,
          upScript: up?.text,
          upScriptSchema: up?.schema,
          schema: this.historySchema(file, migration),
          toolSettings: toolTransactionSettings(abs, migration.tool, this.view),
          rollback: rollbackStatus(abs, migration.tool, this.view, text),
          file: abs,
          incremental: this.options.incremental,
          parsing: this.options.parseAhead ? parseAheadFor : undefined,
        })
      : undefined;
    return { migration, settings, config, analysis };
  }
}
