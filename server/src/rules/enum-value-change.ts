import { typeNameOf } from '../facts/expressions';
import { analysedSqlBody, bodyCheckSetting } from '../facts/sqlFunctionBody';
import { relationRef } from '../facts/statementFacts';
import type { SchemaModel } from '../schema/model';
import { utf8ToUtf16Offset } from '../syntax/positions';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import type { Rule, StatementContext } from './rule';

/** `["billing","order_status"]` → `order_status` (how casts name it too, through typeNameOf). */
function enumName(names: AstNode[] | undefined): string {
  const parts = (names ?? []).map((n) => n.String?.sval);
  return String(parts[parts.length - 1] ?? '');
}

/** The replayed schema's key of an enum: `schema.name`, in public when unqualified. */
function enumKey(names: AstNode[] | undefined): string {
  const parts = (names ?? []).map((n) => n.String?.sval);
  return parts.length > 1 ? `${parts[parts.length - 2]}.${parts[parts.length - 1]}` : `public.${parts[0]}`;
}

/** UTF-16 length of the string literal token at `start`: '...', E'...', U&'...', N'...' or $tag$...$tag$. */
function literalLength(text: string, start: number): number {
  const rest = text.slice(start);
  const dollar = /^\$([A-Za-z_]\w*)?\$/.exec(rest);
  if (dollar) {
    const close = rest.indexOf(dollar[0], dollar[0].length);
    return close < 0 ? dollar[0].length : close + dollar[0].length;
  }
  const prefix = /^(?:[EeNn]|[Uu]&)?'/.exec(rest);
  if (!prefix) return Math.max(1, /^\S+/.exec(rest)?.[0].length ?? 1);
  const escapes = /^[Ee]/.test(rest);
  for (let i = prefix[0].length; i < rest.length; i++) {
    if (escapes && rest[i] === '\\') i++;
    else if (rest[i] === "'") {
      if (rest[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return rest.length;
}

interface LiteralUse {
  value: string;
  /** Byte offset of the literal in the statement. */
  location: number;
  /** The type the literal is cast to directly, if any. */
  castTo?: string;
}

/** Every string constant in an expression tree, with the type it is directly cast to. */
function stringLiterals(node: unknown, castTo: string | undefined, into: LiteralUse[]): LiteralUse[] {
  if (Array.isArray(node)) {
    for (const item of node) stringLiterals(item, castTo, into);
  } else if (node && typeof node === 'object') {
    const n = node as AstNode;
    if (n.TypeCast) {
      stringLiterals(n.TypeCast.arg, typeNameOf(n.TypeCast.typeName), into);
      return into;
    }
    const value = n.A_Const?.sval?.sval;
    if (typeof value === 'string' && typeof n.A_Const.location === 'number') {
      into.push({ value, location: n.A_Const.location, castTo });
      return into;
    }
    for (const child of Object.values(n)) {
      if (child && typeof child === 'object') stringLiterals(child, undefined, into);
    }
  }
  return into;
}

/** The one table a SELECT reads (`FROM t` or `FROM t AS x`, no join), whose columns its conditions compare. */
function selectedTable(kind: string, ast: AstNode): AstNode | undefined {
  const from: AstNode[] = kind === 'SelectStmt' ? (ast.fromClause ?? []) : [];
  return from.length === 1 ? from[0].RangeVar : undefined;
}

/**
 * The columns the statement's literals go into or are compared with, by literal location: INSERT values, UPDATE
 * SET, and `col = '...'` / `col IN ('...')` on the statement's own table (a SELECT's when it reads only one).
 */
function literalColumns(
  kind: string,
  ast: AstNode,
  schema: SchemaModel,
): Map<number, { table: string; column: string }> {
  const columns = new Map<number, { table: string; column: string }>();
  const relation: AstNode | undefined =
    kind === 'InsertStmt' || kind === 'UpdateStmt' || kind === 'DeleteStmt' ? ast.relation : selectedTable(kind, ast);
  const table = relation && relationRef(relation, 'table')?.key;
  if (!relation || table === undefined) return columns;
  const names = new Set<string>([relation.relname, relation.alias?.aliasname].filter(Boolean));
  const goesInto = (node: AstNode | undefined, column: string | undefined): void => {
    const location = node?.A_Const?.location;
    if (column !== undefined && typeof location === 'number') columns.set(location, { table, column });
  };
  if (kind === 'InsertStmt') {
    let targets: (string | undefined)[] = (ast.cols ?? []).map((c: AstNode) => c.ResTarget?.name);
    if (targets.length === 0) targets = [...(schema.tables.get(table)?.columns.keys() ?? [])];
    for (const row of ast.selectStmt?.SelectStmt?.valuesLists ?? [])
      (row.List?.items ?? []).forEach((item: AstNode, i: number) => goesInto(item, targets[i]));
  }
  if (kind === 'UpdateStmt') for (const t of ast.targetList ?? []) goesInto(t.ResTarget?.val, t.ResTarget?.name);
  const compared = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(compared);
    else if (node && typeof node === 'object') {
      const expr = (node as AstNode).A_Expr;
      const fields: AstNode[] | undefined = expr?.lexpr?.ColumnRef?.fields;
      if (fields && (fields.length === 1 || (fields.length === 2 && names.has(fields[0].String?.sval)))) {
        const column = fields[fields.length - 1].String?.sval;
        for (const item of expr.rexpr?.List?.items ?? [expr.rexpr]) goesInto(item, column);
      }
      for (const child of Object.values(node)) compared(child);
    }
  };
  compared(ast.whereClause);
  return columns;
}

/**
 * Locations of string constants whose type comes from something that is not a column: an argument of a function
 * (`lower('x')`), or compared with a computed value (`lower(status) = 'x'`, `data->>'m' = 'x'`, `status::text =
 * 'x'`). PostgreSQL types them as that parameter or value (text, almost always), not as a value of the enum.
 */
function typedByAnExpression(
  node: unknown,
  enums: ReadonlySet<string>,
  params: ReadonlySet<string> | undefined,
  into = new Set<number>(),
): Set<number> {
  if (Array.isArray(node)) {
    for (const item of node) typedByAnExpression(item, enums, params, into);
  } else if (node && typeof node === 'object') {
    const n = node as AstNode;
    const literal = (e: AstNode | undefined): number | undefined =>
      typeof e?.A_Const?.sval?.sval === 'string' ? e.A_Const.location : undefined;
    // In a function's body, a parameter (`$1`, or its name) has the type it was declared with.
    const parameter = (e: AstNode | undefined): boolean =>
      params !== undefined &&
      (e?.ParamRef !== undefined ||
        (e?.ColumnRef?.fields?.length === 1 && params.has(e.ColumnRef.fields[0].String?.sval)));
    const computed = (e: AstNode | undefined): boolean =>
      Boolean(e?.FuncCall || e?.A_Expr || e?.A_Indirection) ||
      parameter(e) ||
      (e?.TypeCast !== undefined && !enums.has(typeNameOf(e.TypeCast.typeName)));
    for (const arg of n.FuncCall?.args ?? []) {
      const at = literal(arg);
      if (at !== undefined) into.add(at);
    }
    const expr = n.A_Expr;
    if (expr && (expr.kind === 'AEXPR_OP' || expr.kind === 'AEXPR_IN')) {
      const right: AstNode[] = expr.rexpr?.List?.items ?? [expr.rexpr];
      if (computed(expr.lexpr)) for (const item of right) if (literal(item) !== undefined) into.add(literal(item)!);
      const left = literal(expr.lexpr);
      if (left !== undefined && computed(expr.rexpr)) into.add(left);
    }
    for (const child of Object.values(n)) {
      if (child && typeof child === 'object') typedByAnExpression(child, enums, params, into);
    }
  }
  return into;
}

/** typedByAnExpression, and the bare literals a plain SELECT lists (`SELECT 'sad' AS label`: text). */
function notEnumValues(
  kind: string,
  ast: AstNode,
  enums: ReadonlySet<string>,
  params: ReadonlySet<string> | undefined,
): Set<number> {
  const found = typedByAnExpression(ast, enums, params);
  if (kind === 'SelectStmt') {
    for (const target of ast.targetList ?? []) {
      const literal = target.ResTarget?.val?.A_Const;
      if (typeof literal?.sval?.sval === 'string') found.add(literal.location);
    }
  }
  return found;
}

/** The type name of a column known from the replayed schema (a domain's base type), or undefined. */
function columnTypeName(schema: SchemaModel, table: string, column: string): string | undefined {
  const name = schema.tables.get(table)?.columns.get(column)?.type.name;
  return name === undefined ? undefined : (schema.domains.get(`public.${name}`)?.base.name ?? name);
}

/** A literal of a value added in this transaction, where the statement uses it. */
interface Use {
  value: string;
  type: string;
  /** Byte offset of the literal in the statement's text. */
  location: number;
  /** Cast to the type, or stored in or compared with a column known to be of it. */
  certain: boolean;
}

/**
 * The statement fails once: its first use known to be of the type, else its first likely one. `params`: the
 * parameter names of the function whose body holds the statement.
 */
function firstUse(
  kind: string,
  ast: AstNode,
  schema: SchemaModel,
  added: ReadonlyMap<string, string>,
  params: ReadonlySet<string> | undefined,
): Use | undefined {
  let columns: ReturnType<typeof literalColumns> | undefined;
  let notValues: Set<number> | undefined;
  let first: Use | undefined;
  for (const use of stringLiterals(ast, undefined, [])) {
    const type = added.get(use.value);
    if (type === undefined || (use.castTo !== undefined && use.castTo !== type)) continue;
    // A literal stored in or compared with a column whose type is known is a value of that type.
    columns ??= literalColumns(kind, ast, schema);
    const column = use.castTo === undefined ? columns.get(use.location) : undefined;
    const columnType = column && columnTypeName(schema, column.table, column.column);
    if (columnType !== undefined && columnType !== type) continue;
    const certain = use.castTo !== undefined || columnType !== undefined;
    if (!certain && (notValues ??= notEnumValues(kind, ast, new Set(added.values()), params)).has(use.location))
      continue;
    if (!first || (certain && !first.certain)) first = { value: use.value, type, location: use.location, certain };
    if (certain) break;
  }
  return first;
}

/** Statements whose string constants are not values of any type. */
const NOT_EXPRESSIONS = new Set(['AlterEnumStmt', 'CreateEnumStmt', 'VariableSetStmt', 'CommentStmt']);

export const enumValueChange: Rule = {
  meta: {
    id: 'enum-value-change',
    // The failures are errors; RENAME VALUE findings report as warnings.
    severity: 'error',
    listedSeverity: 'warning',
    summary:
      'ALTER TYPE ... RENAME VALUE breaks the running application version; a value added by ALTER TYPE ... ADD VALUE and used in the same transaction makes the migration fail.',
    safeWay:
      'Never rename an enum value in place: add the new value, deploy code that writes it, backfill rows in batches, then stop using the old value. Use a value added by ADD VALUE only in a later migration (after the transaction that added it has committed).',
  },
  create: (state) => {
    // Enum types this unit created (no deployed code uses their labels yet).
    const createdInUnit = state.set<string>();
    // Within the open transaction: values added (value → enum type) and types created.
    const added = state.map<string, string>();
    const createdInTransaction = state.set<string>();
    // check_function_bodies (on by default): the session's value, one SET LOCAL gave the open transaction, and
    // whether the open transaction changed it (a rollback may then bring back any value). `off`: maybe off.
    const sessionBodies = state.cell<'on' | 'off'>('on');
    const localBodies = state.cell<'on' | 'off' | undefined>(undefined);
    const bodiesChanged = state.cell(false);
    const endTransaction = (): void => {
      if (added.size > 0) added.clear();
      if (createdInTransaction.size > 0) createdInTransaction.clear();
      if (localBodies.get() !== undefined) localBodies.set(undefined);
      if (bodiesChanged.get()) bodiesChanged.set(false);
    };
    const rolledBack = (): void => {
      if (!bodiesChanged.get()) return;
      sessionBodies.set('off');
      if (localBodies.get() !== undefined) localBodies.set(undefined);
    };
    /** What the statement does to check_function_bodies, after it ran. */
    const setsBodyChecks = (ctx: StatementContext): void => {
      const set = bodyCheckSetting(ctx.kind, ctx.ast);
      // (SET LOCAL outside a transaction only draws a warning.)
      if (!set || (set.local && !ctx.inTransaction)) return;
      const value = set.on === true ? 'on' : 'off';
      if (set.local) localBodies.set(value);
      else {
        sessionBodies.set(value);
        if (localBodies.get() !== undefined) localBodies.set(undefined);
      }
      if (ctx.inTransaction && !bodiesChanged.get()) bodiesChanged.set(true);
    };
    const bodiesChecked = (): boolean => (localBodies.get() ?? sessionBodies.get()) === 'on';
    const look = (ctx: StatementContext): void => {
      const t = ctx.facts.transaction;
      if (t === 'rollback' || t === 'rollback-to') rolledBack();
      // A statement outside any transaction means the one before (if any) has ended.
      if (!ctx.inTransaction) endTransaction();
      if (t === 'commit' || t === 'rollback' || t === 'prepare') {
        endTransaction();
        return;
      }
      if (ctx.kind === 'CreateEnumStmt') {
        const name = enumName(ctx.ast.typeName);
        createdInUnit.add(name);
        if (ctx.inTransaction) createdInTransaction.add(name);
        return;
      }
      if (ctx.kind === 'AlterEnumStmt') {
        alterEnum(ctx);
        return;
      }
      if (added.size === 0 || NOT_EXPRESSIONS.has(ctx.kind)) return;
      const text = ctx.statement.text;
      const use = firstUse(ctx.kind, ctx.ast, ctx.schema, added, undefined);
      if (use) {
        const start = utf8ToUtf16Offset(text, use.location);
        report(ctx, use, false, start, start + literalLength(text, start));
        return;
      }
      if (ctx.kind === 'CreateFunctionStmt' && bodiesChecked()) bodyUse(ctx);
    };
    /** A new value used in a SQL function's body, which CREATE analyses (measured on PostgreSQL 15). */
    const bodyUse = (ctx: StatementContext): void => {
      const body = analysedSqlBody(ctx.ast, ctx.statement.text);
      if (!body) return;
      const params = new Set<string>(
        (ctx.ast.parameters ?? []).map((p: AstNode) => p.FunctionParameter?.name).filter(Boolean),
      );
      for (const statement of body.statements) {
        if (NOT_EXPRESSIONS.has(statement.kind)) continue;
        const use = firstUse(statement.kind, statement.ast, ctx.schema, added, params);
        if (!use) continue;
        const at = utf8ToUtf16Offset(statement.text, use.location);
        const place = body.place;
        if (!place) report(ctx, use, true);
        else
          report(
            ctx,
            use,
            true,
            place(statement.start + at),
            place(statement.start + at + literalLength(statement.text, at)),
          );
        return;
      }
    };
    const report = (ctx: StatementContext, use: Use, inBody: boolean, start?: number, end?: number): void => {
      const assumption = use.certain
        ? ''
        : ` (if this literal is stored in or compared with a column of type ${quoteIdent(use.type)})`;
      const body = inBody
        ? ' CREATE analyses a LANGUAGE sql body given as a string while check_function_bodies is on (the default): create the function in a later migration, or turn check_function_bodies off before it.'
        : '';
      ctx.report({
        message: `'${use.value}' was added to enum ${quoteIdent(use.type)} earlier in this transaction: PostgreSQL refuses to use a new enum value before the transaction that added it commits ("unsafe use of new value"), so the migration fails here${assumption}.${body}`,
        ...(start !== undefined && end !== undefined && { start, end }),
      });
    };
    return {
      unitStart() {
        createdInUnit.clear();
        endTransaction();
        if (sessionBodies.get() !== 'on') sessionBodies.set('on');
      },
      statement(ctx) {
        look(ctx);
        setsBodyChecks(ctx);
        // The end of a Liquibase changeset commits what it did, as a COMMIT would.
        if (ctx.endsToolTransaction) endTransaction();
      },
    };

    function alterEnum(ctx: StatementContext): void {
      const ast = ctx.ast;
      const type = enumName(ast.typeName);
      if (ast.oldVal !== undefined) {
        // RENAME VALUE: deployed code still writes and compares the old label.
        if (createdInUnit.has(type)) return;
        ctx.report({
          severity: 'warning',
          message: `RENAME VALUE '${ast.oldVal}' TO '${ast.newVal}' on enum ${quoteIdent(type)} breaks the application version that is still running during the deploy: every query that writes or compares '${ast.oldVal}' fails with "invalid input value for enum" as soon as this commits. It locks only the type, not the tables that use it, so it is instant.`,
        });
        return;
      }
      if (typeof ast.newVal !== 'string' || !ctx.inTransaction) return;
      if (ctx.pgVersion < 12) {
        // Before 12 the statement itself is refused in a transaction block, unless the type is new in it (then
        // its values are usable at once).
        if (createdInTransaction.has(type)) return;
        ctx.report({
          message: `ALTER TYPE ${quoteIdent(type)} ADD VALUE cannot run inside a transaction block before PostgreSQL 12, and this migration runs it in one: the migration fails here.`,
        });
        return;
      }
      // IF NOT EXISTS of a label the type already has adds nothing: PostgreSQL notes that it skips it (15).
      if (ast.skipIfNewValExists && ctx.schema.enums.get(enumKey(ast.typeName))?.includes(ast.newVal)) return;
      // From 12 on, even for a type created in the same transaction (measured on PostgreSQL 15); PostgreSQL 17
      // accepts the values of a type created in the same transaction (its release notes; measured with PGlite 18).
      if (ctx.pgVersion >= 17 && createdInTransaction.has(type)) return;
      added.set(ast.newVal, type);
    }
  },
};
