import { LockMode, strongerLock } from '../facts/locks';
import { alterTableCommandLock, alterTableCommands, RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import { describeCommand } from './describe';
import type { Rule, StatementContext, TransactionLocksView } from './rule';
import { endsTransaction } from './transactionLocks';
import type { TrackedMap } from '../walk/tracked';

interface NotValidAdd {
  /** The strongest lock the adding statement took on the table. */
  mode: LockMode;
  /** Every table that statement locked that way (a foreign key also locks the referenced table). */
  tables: RelationRef[];
}

function addKey(table: RelationRef, constraint: string): string {
  return `${table.key}\u0000${constraint}`;
}

function whatWaits(mode: LockMode, tables: RelationRef[]): string {
  const names = tables.map((t) => t.name).join(' and ');
  return mode === 'AccessExclusiveLock' ? `reads and writes of ${names} wait` : `writes to ${names} wait`;
}

/** The locks the statement took on its table (and, for a foreign key, the referenced table). */
function statementLocks(ctx: StatementContext, table: RelationRef): NotValidAdd {
  let mode: LockMode = 'ShareUpdateExclusiveLock';
  for (const lock of ctx.facts.locks) if (lock.relation.key === table.key) mode = strongerLock(mode, lock.mode);
  const tables = ctx.facts.locks.filter((l) => l.mode === mode).map((l) => l.relation);
  return { mode, tables: tables.length > 0 ? tables : [table] };
}

function isNotValidAdd(cmd: AstNode, name: string): boolean {
  const constraint = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
  return Boolean(constraint?.skip_validation) && constraint.conname === name;
}

const SCAN = 'the validation scan runs under it, which is what NOT VALID was meant to avoid';

function check(ctx: StatementContext, locks: TransactionLocksView, adds: TrackedMap<string, NotValidAdd>): void {
  if (ctx.kind !== 'AlterTableStmt') return;
  const table = relationRef(ctx.ast.relation, 'table');
  if (!table || !ctx.isPreExisting(table)) return;
  const cmds = alterTableCommands(ctx.ast);
  cmds.forEach((cmd, k) => {
    if (cmd.subtype !== 'AT_ValidateConstraint') return;
    const name: string = cmd.name;
    const shown = quoteIdent(name);
    const validate = `VALIDATE CONSTRAINT ${shown}`;
    const sameStatementAdd = cmds.slice(0, k).some((c) => isNotValidAdd(c, name));
    const earlierAdd = adds.get(addKey(table, name)) ?? unnamedAdd(ctx, adds, table, name);
    const held = locks.held.get(table.key);
    const sameStatementLock = cmds.find((c) => c !== cmd && alterTableCommandLock(c) === 'AccessExclusiveLock');
    if (sameStatementAdd) {
      const { mode, tables } = statementLocks(ctx, table);
      ctx.report({
        message: `${validate} in the same ALTER TABLE that adds it NOT VALID scans ${table.name} under that statement's ${mode}: ${whatWaits(mode, tables)} until the scan ends and the transaction commits`,
        lock: mode,
      });
    } else if (earlierAdd && held && earlierAdd.mode !== 'AccessExclusiveLock') {
      // The AccessExclusiveLock is another statement's (ADD COLUMN before the foreign key, say); the add's own
      // weaker lock is what holds up the other tables it locked.
      const others = earlierAdd.tables.filter((t) => t.key !== table.key);
      const alsoHeld =
        others.length > 0
          ? ` (and the ${earlierAdd.mode} of ADD CONSTRAINT ${shown} ... NOT VALID on ${others.map((t) => t.name).join(' and ')})`
          : '';
      const waits =
        others.length > 0
          ? `reads and writes of ${table.name}, and ${whatWaits(earlierAdd.mode, others)},`
          : whatWaits('AccessExclusiveLock', [table]);
      ctx.report({
        message: `${validate} runs in the same transaction as ${held.by}, whose AccessExclusiveLock on ${table.name} is still held${alsoHeld}: ${SCAN}; ${waits} until the transaction commits`,
        lock: 'AccessExclusiveLock',
      });
    } else if (earlierAdd) {
      const mode = held ? 'AccessExclusiveLock' : earlierAdd.mode;
      ctx.report({
        message: `${validate} runs in the same transaction as the ADD CONSTRAINT ${shown} ... NOT VALID, whose ${mode} on ${table.name} is still held: ${SCAN}; ${whatWaits(mode, earlierAdd.tables)} until the transaction commits`,
        lock: mode,
      });
    } else if (held) {
      ctx.report({
        message: `${validate} runs in the same transaction as ${held.by}, whose AccessExclusiveLock on ${table.name} is still held: ${SCAN}; ${whatWaits('AccessExclusiveLock', [table])} until the transaction commits`,
        lock: 'AccessExclusiveLock',
      });
    } else if (sameStatementLock) {
      ctx.report({
        message: `${validate} scans ${table.name} under the AccessExclusiveLock that ${describeCommand(sameStatementLock) || 'another subcommand'} in the same ALTER TABLE takes: ${whatWaits('AccessExclusiveLock', [table])} until the scan ends and the transaction commits`,
        lock: 'AccessExclusiveLock',
      });
    }
  });
}

/** NOT VALID constraints this statement adds, remembered until the transaction ends. */
function remember(ctx: StatementContext, adds: TrackedMap<string, NotValidAdd>): void {
  if (ctx.kind !== 'AlterTableStmt') return;
  const table = relationRef(ctx.ast.relation, 'table');
  if (!table || !ctx.isPreExisting(table)) return;
  for (const cmd of alterTableCommands(ctx.ast)) {
    const constraint = cmd.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
    if (!constraint?.skip_validation) continue;
    const key = constraint.conname ?? unnamedKey(KINDS[constraint.contype]);
    if (key) adds.set(addKey(table, key), statementLocks(ctx, table));
  }
}

const KINDS: Record<string, string> = { CONSTR_CHECK: 'check', CONSTR_FOREIGN: 'foreign' };

/** Unnamed adds are remembered by kind: PostgreSQL names them (orders_account_id_fkey), the schema knows how. */
function unnamedKey(kind: string | undefined): string | undefined {
  return kind && `\0unnamed ${kind}`;
}

/** The unnamed NOT VALID add of this transaction that `name` (still not validated, in the schema) may be. */
function unnamedAdd(
  ctx: StatementContext,
  adds: TrackedMap<string, NotValidAdd>,
  table: RelationRef,
  name: string,
): NotValidAdd | undefined {
  const known = ctx.schema.tables.get(table.key)?.constraints.get(name);
  const key = known && !known.validated ? unnamedKey(known.kind) : undefined;
  return key ? adds.get(addKey(table, key)) : undefined;
}

export const validateInSameTransaction: Rule = {
  meta: {
    id: 'validate-in-same-transaction',
    severity: 'warning',
    summary:
      'VALIDATE CONSTRAINT runs while the same transaction still holds the lock of the NOT VALID add (or another AccessExclusiveLock) on the table.',
    safeWay:
      'Validate in its own migration (or after a COMMIT): VALIDATE CONSTRAINT alone takes a ShareUpdateExclusiveLock, so reads and writes go on during the scan.',
  },
  create: (state) => {
    const adds = state.map<string, NotValidAdd>();
    return {
      unitStart() {
        adds.clear();
      },
      statement(ctx) {
        check(ctx, ctx.transactionLocks, adds);
        if (endsTransaction(ctx)) {
          if (adds.size > 0) adds.clear();
        } else remember(ctx, adds);
      },
    };
  },
};
