import { isNullConstant, typeNameOf } from '../facts/expressions';
import { RelationRef, relationRef } from '../facts/statementFacts';
import { alterOfExistingTable } from './existingTableAlter';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import type { ColumnInfo, SchemaModel } from '../schema/model';
import type { Rule, StatementContext } from './rule';
import { skipsExistingColumn } from './ifNotExists';
import { tableChanges } from './tableChanges';

/** serial types carry an implicit DEFAULT nextval(...): they fill existing and new rows themselves. */
const SERIAL_TYPES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

function constraintsOf(column: AstNode): AstNode[] {
  return (column.constraints ?? []).map((c: AstNode) => c.Constraint).filter(Boolean);
}

/** Why the new column is required with nothing to fill it, or undefined when it is not. */
function requiredWithoutValue(column: AstNode, schema: SchemaModel): string | undefined {
  const type = typeNameOf(column.typeName);
  if (SERIAL_TYPES.has(type)) return undefined;
  const constraints = constraintsOf(column);
  // Identity and generated columns compute their own value for every row.
  if (constraints.some((c) => c.contype === 'CONSTR_IDENTITY' || c.contype === 'CONSTR_GENERATED')) return undefined;
  const defaultExpr = constraints.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr;
  if (defaultExpr && !isNullConstant(defaultExpr)) return undefined;
  // A domain's default is used when the column has none (measured on PostgreSQL 15).
  const names = (column.typeName?.names ?? []).map((n: AstNode) => n.String?.sval);
  const domain =
    (column.typeName?.arrayBounds ?? []).length === 0
      ? schema.domains.get(names.length > 1 ? `${names[names.length - 2]}.${type}` : `public.${type}`)
      : undefined;
  if (!defaultExpr && domain?.hasDefault) return undefined;
  const nullDefault = defaultExpr ? ' (DEFAULT NULL is no default)' : '';
  if (constraints.some((c) => c.contype === 'CONSTR_NOTNULL')) return `NOT NULL without a default${nullDefault}`;
  if (constraints.some((c) => c.contype === 'CONSTR_PRIMARY'))
    return `PRIMARY KEY (so NOT NULL) without a default${nullDefault}`;
  if (domain?.notNull) return `of domain ${quoteIdent(type)}, which is NOT NULL, without a default${nullDefault}`;
  return undefined;
}

/** A column's NOT NULL and whether a default (its own, or its domain's) fills it in an INSERT that omits it. */
interface Filling {
  notNull: boolean;
  filled: boolean;
}

function fillingOf(column: ColumnInfo, schema: SchemaModel): Filling {
  const type = column.type;
  const domain = type.arrayDims === 0 ? schema.domains.get(`${type.schema ?? 'public'}.${type.name}`) : undefined;
  return {
    notNull: column.notNull || domain?.notNull === true,
    filled: column.hasDefault || column.generated === true || domain?.hasDefault === true,
  };
}

/** What an ALTER COLUMN command leaves of the column's filling, or undefined when it changes neither. */
function afterCommand(cmd: AstNode, before: Filling): Filling | undefined {
  switch (cmd.subtype) {
    case 'AT_ColumnDefault':
      // SET DEFAULT NULL stores no default, as DROP DEFAULT (PostgreSQL 15).
      return { ...before, filled: cmd.def !== undefined && !isNullConstant(cmd.def) };
    case 'AT_SetNotNull':
      return { ...before, notNull: true };
    case 'AT_DropNotNull':
      return { ...before, notNull: false };
    default:
      return undefined;
  }
}

/** A column this unit added that a later statement left NOT NULL with nothing to fill it. */
interface LeftRequired {
  statement: number;
  table: string;
  column: string;
  message: string;
}

const required = (f: Filling): boolean => f.notNull && !f.filled;

export const addRequiredColumn: Rule = {
  meta: {
    id: 'add-required-column',
    severity: 'error',
    summary:
      'ADD COLUMN ... NOT NULL without a default on a table that already exists, or a column the migration adds and leaves NOT NULL without a default (a placeholder default dropped, SET NOT NULL after a backfill): inserts from the running application version fail, and the ADD fails on a non-empty table.',
    safeWay:
      'Add the column as nullable (or NOT NULL with a constant DEFAULT, kept until no running code inserts without the column), backfill existing rows in batches, deploy code that writes it, then make it NOT NULL with the set-not-null steps (CHECK ... NOT VALID, VALIDATE, SET NOT NULL) in a later deployment.',
  },
  create: (state) => {
    // By `table key \0 column`: the statement that last left a column the unit added required without a value.
    const leftRequired = state.map<string, LeftRequired>();
    // Tables the unit gave a trigger, and whether it created a trigger function: a BEFORE INSERT trigger may fill
    // the column (PostgreSQL checks NOT NULL after it: measured on 15).
    const triggered = state.set<string>();
    const triggerFunction = state.cell(false);
    // Columns a down unit adds back where its up side dropped them (or may have): the schema the earlier code ran
    // against, which the other backward-compatibility rules leave alone there too.
    const restored = state.set<string>();

    /** ALTER COLUMN ... DROP DEFAULT / SET DEFAULT NULL / SET NOT NULL that leaves a column of this unit required. */
    const alterColumns = (ctx: StatementContext, table: RelationRef, commands: readonly AstNode[]): void => {
      const states = new Map<string, Filling>();
      for (const cmd of commands) {
        const name: unknown = cmd.name;
        if (typeof name !== 'string' || !ctx.changesSoFar.added.has(table, name)) continue;
        const known = ctx.schema.tables.get(table.key)?.columns.get(name);
        const before = states.get(name) ?? (known && fillingOf(known, ctx.schema));
        const after = before && afterCommand(cmd, before);
        if (!before || !after) continue;
        states.set(name, after);
        const key = `${table.key}\u0000${name}`;
        if (restored.has(key)) continue;
        if (!required(after)) {
          if (leftRequired.has(key)) leftRequired.delete(key);
          continue;
        }
        if (required(before)) continue;
        const column = quoteIdent(name);
        const what =
          cmd.subtype === 'AT_SetNotNull'
            ? `SET NOT NULL makes ${column}, a column this migration added to ${table.name}, required while it has no default`
            : `${cmd.def === undefined ? 'DROP DEFAULT' : 'SET DEFAULT NULL'} leaves ${column}, a NOT NULL column this migration added to ${table.name}, without a default`;
        const todo =
          cmd.subtype === 'AT_SetNotNull'
            ? `Give it a default, or make it NOT NULL in a later deployment, once no running code inserts rows without ${column}.`
            : `Keep the default until no running code inserts rows without ${column}, and drop it in a later deployment.`;
        leftRequired.set(key, {
          statement: ctx.index,
          table: table.key,
          column: name,
          message: `${what}: once this commits, every INSERT from the application version still running (which does not know ${column}) fails with a not-null violation. ${todo}`,
        });
      }
    };

    return {
      unitStart() {
        leftRequired.clear();
        triggered.clear();
        restored.clear();
        if (triggerFunction.get()) triggerFunction.set(false);
      },
      statement(ctx) {
        if (ctx.kind === 'CreateTrigStmt') {
          const table = relationRef(ctx.ast.relation, 'table');
          if (table) triggered.add(table.key);
          return;
        }
        if (ctx.kind === 'CreateFunctionStmt') {
          if (typeNameOf(ctx.ast.returnType) === 'trigger' && !triggerFunction.get()) triggerFunction.set(true);
          return;
        }
        const alter = alterOfExistingTable(ctx);
        if (!alter) return;
        const { table } = alter;
        for (const cmd of alter.commands) {
          const column = cmd.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef : undefined;
          if (!column || skipsExistingColumn(cmd, ctx.schema, table.key)) continue;
          const why = requiredWithoutValue(column, ctx.schema);
          if (!why) continue;
          const name = quoteIdent(column.colname);
          ctx.report({
            message: `ADD COLUMN ${name} ${why} on ${table.name}: it fails with "contains null values" if the table has rows, and once it is added every INSERT from the application version still running (which does not know ${name}) fails with a not-null violation. It takes an AccessExclusiveLock on ${table.name}.`,
            lock: 'AccessExclusiveLock',
          });
        }
        alterColumns(ctx, table, alter.commands);
        if (ctx.unit.direction === 'down')
          for (const change of tableChanges(ctx.kind, ctx.ast))
            if (change.type === 'add-column' && !ctx.changesSoFar.upSide.checks('down', change))
              restored.add(`${change.table.key}\u0000${change.column}`);
      },
      // Judged as the unit leaves the column: a default set again later, or DROP NOT NULL, keeps old inserts working.
      unitEnd(unit) {
        if (triggerFunction.get()) return;
        for (const left of leftRequired.values()) {
          const table = unit.schema.tables.get(left.table);
          const column = table?.columns.get(left.column);
          if (!table || !column || (table.triggers?.size ?? 0) > 0 || triggered.has(left.table)) continue;
          if (required(fillingOf(column, unit.schema))) unit.report(left.statement, { message: left.message });
        }
      },
    };
  },
};
