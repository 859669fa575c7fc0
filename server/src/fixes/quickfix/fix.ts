// What a quick fix is: edits to the file the finding is in and, when part of the change must run in a later
// or non-transactional migration, a plan of new migrations the editor lays out in the tool's convention.
// Pure data: the language server turns it into a WorkspaceEdit (the server keeps no state between requests).
import type { AnalyzedStatement, FileAnalysis } from '../../analysis';
import type { MigrationTool } from '../../migrations/tools';
import type { Finding } from '../../rules/rule';
import type { AstNode } from '../../syntax/parse';
import type { ScaffoldPlan } from '../scaffold/plan';

/** Replace [start, end) (UTF-16 offsets into the file) with newText. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface QuickFix {
  title: string;
  /** Edits to the file the finding is in; never overlapping. */
  edits: OffsetEdit[];
  /** New migrations that run after this file, in order (a moved statement, a VALIDATE step). */
  plan?: ScaffoldPlan;
  /**
   * Edits to the paired down script when it is a file of its own (offsets into its text): the undo of what
   * moved goes with it into the new migration's down. (A down section of the same file is edited in `edits`.)
   */
  downEdits?: OffsetEdit[];
}

/**
 * The down side of the finding's migration: a down section of the same file (goose, dbmate), or the down file
 * analysed on its own; 'unknown' when there is one Sluice cannot read as statements (Liquibase `--rollback`).
 */
export type PairedDown = { analysis: FileAnalysis; statements: readonly number[]; sameFile: boolean } | 'unknown';

export interface FixContext {
  analysis: FileAnalysis;
  finding: Finding;
  /** The finding's statement (it parsed). */
  index: number;
  statement: AnalyzedStatement;
  kind: string;
  ast: AstNode;
  tool: MigrationTool | null;
  pgVersion: number;
  /** Lints other text as this same file (same tool, settings and history): where transactions would be. */
  relint(text: string): FileAnalysis;
  /** The paired down script of an up statement (undefined when there is none); asked only by fixes that move. */
  pairedDown(): PairedDown | undefined;
}

/** One fix per rule id; undefined when this finding has no mechanical rewrite. */
export type QuickFixProvider = (ctx: FixContext) => QuickFix | undefined;
