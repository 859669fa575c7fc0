import { LockMode, strongerLock } from '../facts/locks';
import { relationRef } from '../facts/statementFacts';
import { alterTableCommands } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import type { Rule, StatementContext } from './rule';
import { perStatement } from '../facts/perStatement';
import { schemaLocks } from './transactionLocks';

/** Constraints added to existing rows: from `ADD CONSTRAINT` and from `ADD COLUMN ... REFERENCES/CHECK`. */
const addedConstraints = perStatement((ast: AstNode): readonly { constraint: AstNode; inline: boolean }[] => {
  const found: { constraint: AstNode; inline: boolean }[] = [];
  for (const cmd of alterTableCommands(ast)) {
    if (cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint)
      found.push({ constraint: cmd.def.Constraint, inline: false });
    if (cmd.subtype === 'AT_AddColumn') {
      const constraints: AstNode[] = (cmd.def?.ColumnDef?.constraints ?? [])
        .map((c: AstNode) => c.Constraint)
        .filter(Boolean);
      // A new column without a default is NULL in every row: PostgreSQL skips checking a REFERENCES on it
      // (measured: no scan), but still scans for a CHECK. Any DEFAULT, even DEFAULT NULL, makes it check every row
      // (measured on PostgreSQL 15: one full scan).
      const hasDefault = constraints.some((c) => c.contype === 'CONSTR_DEFAULT');
      for (const constraint of constraints) {
        if (constraint.contype === 'CONSTR_FOREIGN' && !hasDefault) continue;
        found.push({ constraint, inline: true });
      }
    }
  }
  return found;
});

/** The lock a foreign key's check runs under on `key`: at least ShareRowExclusiveLock, more if the ALTER takes more. */
function lockOn(ctx: StatementContext, key: string): LockMode {
  let mode: LockMode = 'ShareRowExclusiveLock';
  for (const lock of [...ctx.facts.locks, ...schemaLocks(ctx)])
    if (lock.relation.key === key) mode = strongerLock(mode, lock.mode);
  return mode;
}

function article(mode: LockMode): string {
  return `${/^[AEIOU]/.test(mode) ? 'an' : 'a'} ${mode}`;
}

function report(ctx: StatementContext, constraint: AstNode, inline: boolean): void {
  const table = relationRef(ctx.ast.relation, 'table');
  if (!table) return;
  const name = constraint.conname ? ` ${quoteIdent(constraint.conname)}` : '';
  const how = inline ? '(a CHECK written in ADD COLUMN cannot be NOT VALID)' : 'without NOT VALID';
  if (constraint.contype === 'CONSTR_CHECK') {
    ctx.report({
      message: `${inline ? 'ADD COLUMN with a' : `ADD CONSTRAINT${name}`} CHECK ${how} scans every row of ${table.name} under an AccessExclusiveLock: reads and writes wait until the scan ends`,
      lock: 'AccessExclusiveLock',
    });
  } else if (inline) {
    ctx.report({
      message: `ADD COLUMN ... REFERENCES with a DEFAULT checks every row of ${table.name} under an AccessExclusiveLock: reads and writes wait until the check ends`,
      lock: 'AccessExclusiveLock',
    });
  } else {
    const referenced = relationRef(constraint.pktable, 'table');
    const other = referenced && referenced.key !== table.key ? referenced : undefined;
    // Another subcommand of the same ALTER TABLE (ADD COLUMN, DROP CONSTRAINT of the foreign key it replaces, which
    // drops its triggers on the referenced table) may lock either table harder: the check runs under that.
    const mode = lockOn(ctx, table.key);
    const otherMode = other && lockOn(ctx, other.key);
    if (mode === 'AccessExclusiveLock' || otherMode === 'AccessExclusiveLock') {
      const onOther = other && otherMode ? ` (and ${article(otherMode)} on ${other.name})` : '';
      const bothRead = other && otherMode === 'AccessExclusiveLock';
      const waiting =
        mode !== 'AccessExclusiveLock'
          ? `writes of ${table.name} and reads and writes of ${other?.name}`
          : `reads and writes of ${table.name}${bothRead ? ` and ${other.name}` : ''}`;
      ctx.report({
        message: `ADD CONSTRAINT${name} FOREIGN KEY ${how} checks every row of ${table.name} under the ${mode} this ALTER TABLE takes on it${onOther}: ${waiting} wait until the check ends`,
        lock: 'AccessExclusiveLock',
      });
      return;
    }
    const both = other ? `${table.name} and ${other.name}` : table.name;
    // Before PostgreSQL 18 a foreign key on a partitioned table cannot be NOT VALID (verified on 15).
    if (ctx.pgVersion < 18 && ctx.schema.tables.get(table.key)?.partitioned) {
      ctx.report({
        message: `ADD CONSTRAINT${name} FOREIGN KEY ${how} checks every row of ${table.name} under a ShareRowExclusiveLock on ${both}: writes wait until the check ends. ${table.name} is partitioned, and before PostgreSQL 18 such a foreign key cannot be NOT VALID: add it in a quiet hour, or to each partition first`,
        lock: 'ShareRowExclusiveLock',
        noFix: true,
      });
      return;
    }
    ctx.report({
      message: `ADD CONSTRAINT${name} FOREIGN KEY ${how} checks every row of ${table.name} under a ShareRowExclusiveLock on ${both}: writes wait until the check ends`,
      lock: 'ShareRowExclusiveLock',
    });
  }
}

export const constraintWithoutNotValid: Rule = {
  meta: {
    id: 'constraint-without-not-valid',
    severity: 'error',
    summary: 'A CHECK or FOREIGN KEY constraint added to an existing table without NOT VALID scans it under a lock.',
    safeWay:
      'Add the constraint with NOT VALID (fast, only new rows are checked), then ALTER TABLE ... VALIDATE CONSTRAINT in a later transaction (ShareUpdateExclusiveLock: reads and writes go on).',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'AlterTableStmt') return;
      const table = relationRef(ctx.ast.relation, 'table');
      if (!table || !ctx.isPreExisting(table)) return;
      for (const { constraint, inline } of addedConstraints(ctx.ast)) {
        const checked = constraint.contype === 'CONSTR_CHECK' || constraint.contype === 'CONSTR_FOREIGN';
        if (checked && !constraint.skip_validation) report(ctx, constraint, inline);
      }
    },
  }),
};
