// What a safe multi-step schema change is made of, independent of any migration tool: ordered steps, each
// with its up and down SQL, grouped into separate deployments. The layout (fixes/layout/) turns a plan into the
// files of a tool's convention; the generators (one file per change kind) build plans. Pure data, no I/O.
import type { MigrationTool } from '../../migrations/tools';
import type { SchemaModel } from '../../schema/model';

export type Phase = 'expand' | 'migrate' | 'contract';

export type ChangeKind =
  | 'rename-column'
  | 'change-type'
  | 'set-not-null'
  | 'add-foreign-key'
  | 'add-unique'
  | 'drop-column'
  | 'add-index'
  | 'backfill';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'rename-column',
  'change-type',
  'set-not-null',
  'add-foreign-key',
  'add-unique',
  'drop-column',
  'add-index',
  'backfill',
];

/** What the user asked for. Names are as the user wrote them (`orders`, `billing.orders`, `"Order"`). */
export type ChangeRequest =
  | { kind: 'rename-column'; table: string; column: string; to: string }
  | { kind: 'change-type'; table: string; column: string; type: string; using?: string }
  | { kind: 'set-not-null'; table: string; column: string }
  | {
      kind: 'add-foreign-key';
      table: string;
      column: string;
      references: { table: string; column: string };
      /** The constraint's name as written (`orders_user_fk`, `"Fk"`); absent: the name PostgreSQL would give it. */
      name?: string;
      /** What follows the referenced column, as SQL: `ON DELETE CASCADE DEFERRABLE`; absent: nothing. */
      options?: string;
    }
  | {
      kind: 'add-unique';
      table: string;
      columns: readonly string[];
      /** The constraint's name as written; absent: the name PostgreSQL would give it. */
      name?: string;
    }
  | { kind: 'drop-column'; table: string; column: string }
  /** `name`: the index's name as the statement wrote it (derived from the table and columns when absent). */
  | { kind: 'add-index'; table: string; columns: readonly string[]; name?: string }
  | { kind: 'backfill'; table: string; set: string; where?: string; batchSize?: number };

export interface ScaffoldStep {
  phase: Phase;
  /** 1-based number of the separate deployment this step ships with; steps sharing it go out together. */
  deploy: number;
  /** snake_case words for the file name, e.g. `add_orders_total_cents`. */
  name: string;
  /** One line for the file header: what is true for the application once this deployment is out. */
  summary: string;
  /** SQL, each statement ending with `;` and a newline. */
  up: string;
  /** SQL that undoes exactly `up`, applied right after it. */
  down: string;
  /**
   * False when the step cannot run inside a transaction (CONCURRENTLY, a backfill that commits per batch).
   * A non-transactional step's up and down each hold exactly one statement, so every tool (including those
   * that wrap a multi-statement file in an implicit transaction) runs it outside a transaction.
   */
  transactional: boolean;
}

export interface ScaffoldPlan {
  /**
   * The change the plan carries out, when it answers a scaffold request; absent for the migrations a quick fix
   * moves a statement into. Nothing downstream needs it: layouts read only the title and steps.
   */
  request?: ChangeRequest;
  /** For headers and titles: `rename orders.total → orders.total_cents`. */
  title: string;
  steps: readonly ScaffoldStep[];
}

export interface ScaffoldContext {
  /** The schema the first step runs against (history replayed), when known: types, defaults, nullability. */
  schema?: SchemaModel;
  /**
   * The texts `schema` was replayed from, in order (the earlier migrations, then the file's statements before the
   * change), and their tool: what the migrations wrote (defaults, index definitions), which `schema` leaves out.
   */
  sources?: { texts: readonly string[]; tool: MigrationTool | null };
  pgVersion: number;
}

/** A request the generators cannot turn into a plan (unknown column type for a down step, bad name...). */
export class ScaffoldError extends Error {}
