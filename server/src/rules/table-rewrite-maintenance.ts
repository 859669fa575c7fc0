import { alterTableCommandLock, alterTableCommands, RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import { onPartitionedTable } from './concurrently-in-transaction';
import type { Rule, StatementContext } from './rule';

/**
 * Whether a `(NAME [value])` option of VACUUM/REINDEX is on. PostgreSQL's defGetBoolean: no value, true, on and 1
 * are on; false, off and 0 are off (anything else is an error). libpg-query gives the value as a String or an
 * Integer (`0` arrives as `{}`). The shared `hasOption` reads `(FULL false)` as on.
 */
export function optionEnabled(options: AstNode[] | undefined, name: string): boolean {
  const option = (options ?? []).map((o) => o.DefElem).find((d) => d?.defname === name);
  if (!option) return false;
  const arg = option.arg;
  if (arg === undefined) return true;
  if (arg.Boolean) return arg.Boolean.boolval === true;
  if (arg.Integer) return (arg.Integer.ival ?? 0) !== 0;
  const text = String(arg.String?.sval ?? '').toLowerCase();
  return !['false', 'off', '0'].includes(text);
}

const REWRITING_COMMANDS: Record<string, (cmd: AstNode) => string> = {
  AT_SetLogged: () => 'SET LOGGED',
  AT_SetUnLogged: () => 'SET UNLOGGED',
  AT_SetTableSpace: (cmd) => `SET TABLESPACE ${quoteIdent(cmd.name)}`,
  AT_SetAccessMethod: (cmd) => `SET ACCESS METHOD ${cmd.name ? quoteIdent(cmd.name) : 'DEFAULT'}`,
};

/**
 * Whether `SET ACCESS METHOD` (PostgreSQL 15+) rewrites the relation: only when it names another method than the
 * relation's (the same one is a no-op, verified on 15). The schema does not know a table's method: one named other
 * than heap, the default, is taken as a change; `heap` and `DEFAULT` (17+) as none. A partitioned table has no
 * storage (15 and 16 refuse the command; 17+ only records the method for future partitions).
 */
export function accessMethodRewrites(ctx: StatementContext, cmd: AstNode, partitioned: boolean): boolean {
  return ctx.pgVersion >= 15 && typeof cmd.name === 'string' && cmd.name !== 'heap' && !partitioned;
}

/**
 * Whether the replayed schema shows the table already in the tablespace SET TABLESPACE names: PostgreSQL then moves
 * nothing (verified on 15: the same file) but still takes the AccessExclusiveLock.
 */
export function alreadyInTablespace(ctx: StatementContext, tableKey: string, cmd: AstNode): boolean {
  return ctx.schema.tables.get(tableKey)?.tablespace === cmd.name;
}

const OBJECT_WORDS: Record<string, string> = {
  OBJECT_TABLE: 'TABLE',
  OBJECT_INDEX: 'INDEX',
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
};

const MESSAGE_TAIL = 'reads and writes wait until the rewrite ends';

function names(refs: RelationRef[]): string {
  return refs.map((r) => r.name).join(', ');
}

function vacuumFull(ctx: StatementContext): void {
  if (!ctx.ast.is_vacuumcmd || !optionEnabled(ctx.ast.options, 'full')) return;
  const rels: AstNode[] = ctx.ast.rels ?? [];
  if (rels.length === 0) {
    ctx.report({
      message: `VACUUM FULL without a table rewrites every table of the database, one after another, each under an AccessExclusiveLock: ${MESSAGE_TAIL}`,
      lock: 'AccessExclusiveLock',
    });
    return;
  }
  const tables = rels
    .map((r) => relationRef(r.VacuumRelation?.relation, 'table'))
    .filter((r): r is RelationRef => r !== undefined && ctx.isPreExisting(r));
  if (tables.length === 0) return;
  ctx.report({
    message: `VACUUM FULL rewrites ${names(tables)} and ${tables.length > 1 ? 'their' : 'its'} indexes under an AccessExclusiveLock: ${MESSAGE_TAIL}`,
    lock: 'AccessExclusiveLock',
  });
}

function cluster(ctx: StatementContext): void {
  const table = relationRef(ctx.ast.relation, 'table');
  if (!table) {
    ctx.report({
      message: `CLUSTER without a table rewrites every table of the database that was clustered before, each under an AccessExclusiveLock: ${MESSAGE_TAIL}`,
      lock: 'AccessExclusiveLock',
    });
    return;
  }
  // A partitioned table can be clustered only since PostgreSQL 15 (before, it is an error).
  if (!ctx.isPreExisting(table) || (ctx.pgVersion < 15 && onPartitionedTable(ctx))) return;
  ctx.report({
    message: `CLUSTER rewrites ${table.name} and its indexes in index order under an AccessExclusiveLock: ${MESSAGE_TAIL}`,
    lock: 'AccessExclusiveLock',
  });
}

function alterTable(ctx: StatementContext): void {
  const word = OBJECT_WORDS[ctx.ast.objtype];
  if (!word) return;
  const kind = ctx.ast.objtype === 'OBJECT_INDEX' ? 'index' : ctx.ast.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table';
  const target = relationRef(ctx.ast.relation, kind);
  if (!target || !ctx.isPreExisting(target)) return;
  // A partitioned table has no storage: SET TABLESPACE only sets where future partitions go (verified on
  // PostgreSQL 15: its partitions keep their files and are not locked).
  const partitioned = kind === 'table' && ctx.schema.tables.get(target.key)?.partitioned === true;
  const commands = alterTableCommands(ctx.ast);
  const unmoved = commands.find(
    (cmd) =>
      cmd.subtype === 'AT_SetTableSpace' &&
      kind === 'table' &&
      !partitioned &&
      alreadyInTablespace(ctx, target.key, cmd),
  );
  const rewrites = commands
    .filter((cmd) => {
      if (cmd.subtype === 'AT_SetTableSpace') return !partitioned && cmd !== unmoved;
      if (cmd.subtype === 'AT_SetAccessMethod') return accessMethodRewrites(ctx, cmd, partitioned);
      return REWRITING_COMMANDS[cmd.subtype] !== undefined;
    })
    .map((cmd) => REWRITING_COMMANDS[cmd.subtype](cmd));
  if (rewrites.length === 0) {
    if (!unmoved) return;
    // The lock is for nothing unless another subcommand takes it too.
    const forNothing = commands.every((cmd) => cmd === unmoved || alterTableCommandLock(cmd) !== 'AccessExclusiveLock');
    const lock = forNothing
      ? `still takes an AccessExclusiveLock on ${target.name} for nothing`
      : `the statement takes an AccessExclusiveLock on ${target.name}`;
    const tablespace = quoteIdent(unmoved.name);
    ctx.report({
      message: `ALTER TABLE ${target.name} SET TABLESPACE ${tablespace} moves nothing (${target.name} is already in ${tablespace}), but ${lock}: reads and writes wait until the transaction ends`,
      lock: 'AccessExclusiveLock',
    });
    return;
  }
  const what = rewrites.join(', ');
  const verb = rewrites.length > 1 ? 'rewrite' : 'rewrites';
  const message =
    kind === 'index'
      ? `ALTER INDEX ${target.name} ${what} copies the index under an AccessExclusiveLock on it: every query that plans against its table waits until the copy ends`
      : `ALTER ${word} ${target.name} ${what} ${verb} ${target.name} under an AccessExclusiveLock: ${kind === 'view' ? 'reads wait until the rewrite ends' : MESSAGE_TAIL}`;
  ctx.report({ message, lock: 'AccessExclusiveLock' });
}

export const tableRewriteMaintenance: Rule = {
  meta: {
    id: 'table-rewrite-maintenance',
    severity: 'error',
    summary:
      'VACUUM FULL, CLUSTER, SET LOGGED/UNLOGGED, SET TABLESPACE and SET ACCESS METHOD rewrite a table under an AccessExclusiveLock.',
    safeWay:
      'Do it outside migrations with an online tool (pg_repack, pg_squeeze), or in an announced maintenance window.',
  },
  create: () => ({
    statement(ctx) {
      switch (ctx.kind) {
        case 'VacuumStmt':
          return vacuumFull(ctx);
        case 'ClusterStmt':
          return cluster(ctx);
        case 'AlterTableStmt':
          return alterTable(ctx);
        case 'AlterTableMoveAllStmt':
          ctx.report({
            message: `ALTER ${OBJECT_WORDS[ctx.ast.objtype] ?? 'TABLE'} ALL IN TABLESPACE ${quoteIdent(ctx.ast.orig_tablespacename)} SET TABLESPACE ${quoteIdent(ctx.ast.new_tablespacename)} copies every such relation in the tablespace, each under an AccessExclusiveLock: ${MESSAGE_TAIL}`,
            lock: 'AccessExclusiveLock',
          });
          return;
      }
    },
  }),
};
