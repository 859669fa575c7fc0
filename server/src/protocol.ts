// What the client and the server say to each other beyond LSP. The client imports this file.

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
