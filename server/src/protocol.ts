// What the client and the server say to each other beyond LSP. The client imports this file.
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { ChangeRequest, Phase } from './fixes/scaffold/plan';

/** The `sluice.*` settings the server reads per resource through workspace/configuration. */
export interface ClientSettings {
  enable: boolean;
  /** Folder globs relative to the workspace folder; when non-empty they replace .sluicerc.json's migrationDirs. */
  migrationDirs: string[];
}

export const DEFAULT_CLIENT_SETTINGS: ClientSettings = { enable: true, migrationDirs: [] };

/** `sluice/fileInfo`: is this document a migration, and of which tool? */
export const FILE_INFO_REQUEST = 'sluice/fileInfo';

export interface FileInfoParams {
  uri: string;
}

export interface FileInfo {
  isMigration: boolean;
  tool: string | null;
  direction: 'up' | 'down';
  /** The .sluicerc.json that applies, if any. */
  configFile: string | null;
}

/** Server command: open a rule's documentation page. Arguments: [ruleId]. */
export const SHOW_DOCUMENTATION_COMMAND = 'sluice.showDocumentation';

/** `sluice/scaffoldOptions`: what the "New Safe Schema Change" wizard can offer for a migration folder. */
export const SCAFFOLD_OPTIONS_REQUEST = 'sluice/scaffoldOptions';

export interface ScaffoldOptionsParams {
  /** A migration file, or a folder holding migrations. */
  uri: string;
}

export interface ScaffoldOptions {
  /** The migration folder new files go to, and its tool (null when the folder holds no migration yet). */
  folder: string;
  tool: string | null;
  /** Tables the folder's migrations create, with their columns, as SQL names (quoted where needed). */
  tables: { name: string; columns: string[] }[];
}

/** `sluice/scaffold`: the files of a safe multi-step change, as an edit the client applies. */
export const SCAFFOLD_REQUEST = 'sluice/scaffold';

export interface ScaffoldParams {
  /** A migration file, or a folder holding migrations: where the new files go. */
  uri: string;
  request: ChangeRequest;
}

export interface ScaffoldResult {
  /** An LSP WorkspaceEdit (documentChanges with CreateFile); absent when `error` is set. */
  edit?: WorkspaceEdit;
  files: { uri: string; phase: Phase; kind: 'up' | 'down'; deploy: number }[];
  /** Why no files could be planned (e.g. an unknown column type), in words for the user. */
  error?: string;
}
