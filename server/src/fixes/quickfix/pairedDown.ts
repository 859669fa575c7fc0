// A fix that moves part of an up migration into a new migration must move that part's undo too: the new
// migration's down undoes it first, and the old down, run next, would undo it again (`index "x" does not
// exist`) or undo something the old up no longer does. The undo is looked up in the paired down script and
// edited only when exactly one statement (or ALTER TABLE command) of it is that undo; when some statement
// names the object but is not exactly its undo, the down is left alone and the fix's title says so. The
// "Rewrite as safe migrations" refactor moves a whole statement the same way (undoRemoval).
import type { AnalyzedStatement, FileAnalysis } from '../../analysis';
import type { AstNode, Token } from '../../syntax/parse';
import { statementRemoval } from './edits';
import type { FixContext, OffsetEdit, PairedDown, QuickFix } from './fix';
import { alterTableCommandSpans, commandRemoval, statementTokens } from './tokens';

export type DownScript = Exclude<PairedDown, 'unknown'>;

/**
 * What one down statement is to the moved part: its exact undo (`exact`, with what the caller needs), an undo
 * that is also something else or that cannot be edited (`unclear`: a list of indexes, CASCADE), or a
 * statement that undoes it along with more (`covers`: DROP TABLE of its table). Undefined: unrelated.
 */
export type DownMatch<T> = { exact: T } | 'unclear' | 'covers' | undefined;

export type Inverse<T> =
  | { status: 'found'; found: T; statement: number; down: DownScript }
  | { status: 'none' | 'covered' | 'unclear' | 'unknown' };

/** Appended to the title of a fix that leaves the down script alone although it may undo the moved part. */
export const DOWN_LEFT_AS_IS =
  ' (the down script is left as it is: no statement in it is exactly the undo of this one; check it)';

/** The down side of an up statement of `analysis`: the file's down section (goose, dbmate), else the down file. */
export function pairedDownOf(
  analysis: FileAnalysis,
  downFile: () => FileAnalysis | 'unknown' | undefined,
): PairedDown | undefined {
  const section = analysis.units.filter((u) => u.direction === 'down').flatMap((u) => u.statements);
  if (section.length > 0) return { analysis, statements: section, sameFile: true };
  const file = downFile();
  if (file === 'unknown') return file;
  return file ? { analysis: file, statements: file.statements.map((_, i) => i), sameFile: false } : undefined;
}

/**
 * The one statement of the down script that `match` calls the exact undo. `name` is the moved object's name:
 * a down statement that does not parse, or sits in a DO block, and mentions it makes the answer unclear.
 */
export function findInverse<T>(
  ctx: Pick<FixContext, 'pairedDown'>,
  name: string,
  match: (ast: AstNode, kind: string, statement: AnalyzedStatement) => DownMatch<T>,
): Inverse<T> {
  const down = ctx.pairedDown();
  if (down === undefined) return { status: 'none' };
  if (down === 'unknown') return { status: 'unknown' };
  let found: { found: T; statement: number } | undefined;
  let exact = 0;
  let unclear = false;
  let covered = false;
  for (const index of down.statements) {
    const statement = down.analysis.statements[index];
    if (!statement.parse.ok || statement.block !== undefined || statement.parse.kind === 'DoStmt') {
      // Sluice cannot tell what it does (dynamic SQL too), or cannot edit it alone.
      if (statement.text.toLowerCase().includes(name.toLowerCase())) unclear = true;
      continue;
    }
    const m = match(statement.parse.ast, statement.parse.kind, statement);
    if (m === 'unclear') unclear = true;
    else if (m === 'covers') covered = true;
    else if (m) {
      exact++;
      found = { found: m.exact, statement: index };
    }
  }
  if (unclear || exact > 1) return { status: 'unclear' };
  if (found) return { status: 'found', ...found, down };
  return { status: covered ? 'covered' : 'none' };
}

/** The edit removing down statement `index`, with its `;`, its line and its sluice-ignore lines. */
export function removeDownStatement(down: DownScript, index: number): OffsetEdit {
  return statementRemoval(down.analysis, index);
}

/** Removes command `k` of a down ALTER TABLE (the whole statement when it is the only command). */
export function removeDownCommand(down: DownScript, index: number, k: number): OffsetEdit | undefined {
  const statement = down.analysis.statements[index];
  if (!statement.parse.ok) return undefined;
  if ((statement.parse.ast.cmds ?? []).length === 1) return removeDownStatement(down, index);
  const st = statementTokens(statement.text);
  const spans = st && alterTableCommandSpans(st, statement.parse.ast);
  if (!st || !spans) return undefined;
  const { start, end } = commandRemoval(st, spans, k);
  return { start: statement.start + start, end: statement.start + end, newText: '' };
}

/** Replaces command `k` of a down ALTER TABLE with `text` (given the command's first token, for its case). */
export function replaceDownCommand(
  down: DownScript,
  index: number,
  k: number,
  text: (first: Token) => string,
): OffsetEdit | undefined {
  const statement = down.analysis.statements[index];
  if (!statement.parse.ok) return undefined;
  const st = statementTokens(statement.text);
  const spans = st && alterTableCommandSpans(st, statement.parse.ast);
  if (!st || !spans) return undefined;
  const span = spans[k];
  return { start: statement.start + span.start, end: statement.start + span.end, newText: text(st.tokens[span.first]) };
}

/**
 * The fix with the down script's edits: in `edits` for a down section of the same file, in `downEdits` for a
 * down file. `unclear` (or undefined edits): the down stays as it is and the title says so.
 */
export function withDownEdits(fix: QuickFix, down: DownScript, edits: OffsetEdit[] | undefined): QuickFix {
  if (!edits) return leftAsIs(fix);
  if (edits.length === 0) return fix;
  if (down.sameFile) return { ...fix, edits: [...fix.edits, ...edits] };
  return { ...fix, downEdits: [...(fix.downEdits ?? []), ...edits] };
}

export function leftAsIs(fix: QuickFix): QuickFix {
  return { ...fix, title: `${fix.title}${DOWN_LEFT_AS_IS}` };
}

/** `a` and `b` are the same schema when both unqualified names resolve to public. */
export function sameSchema(a: string | undefined, b: string | undefined): boolean {
  return (a ?? 'public') === (b ?? 'public');
}

/** The RangeVar names `schema.name`. */
export function isRelation(rangeVar: AstNode | undefined, schema: string | undefined, name: string): boolean {
  return rangeVar?.relname === name && sameSchema(rangeVar.schemaname, schema);
}

/** `DROP TABLE` of the table (with others or not): it takes everything on the table with it. */
export function dropsTable(ast: AstNode, kind: string, schema: string | undefined, table: string): boolean {
  if (kind !== 'DropStmt' || ast.removeType !== 'OBJECT_TABLE') return false;
  return (ast.objects ?? []).some((o: AstNode) => {
    const parts = namesOf(o);
    return (
      parts[parts.length - 1] === table && sameSchema(parts.length > 1 ? parts[parts.length - 2] : undefined, schema)
    );
  });
}

/** The parts of a DropStmt object's qualified name. */
export function namesOf(object: AstNode): string[] {
  return (object.List?.items ?? []).map((i: AstNode) => String(i.String?.sval ?? ''));
}

/** `DROP INDEX [CONCURRENTLY] [IF EXISTS] name`: exact when it drops that index alone, without CASCADE. */
export function dropIndexMatch(schema: string | undefined, name: string) {
  return (ast: AstNode, kind: string): DownMatch<true> => {
    if (kind !== 'DropStmt' || ast.removeType !== 'OBJECT_INDEX') return undefined;
    const objects: AstNode[] = ast.objects ?? [];
    const named = objects.filter((o) => {
      const parts = namesOf(o);
      return (
        parts[parts.length - 1] === name && sameSchema(parts.length > 1 ? parts[parts.length - 2] : undefined, schema)
      );
    });
    if (named.length === 0) return undefined;
    return objects.length === 1 && ast.behavior !== 'DROP_CASCADE' ? { exact: true } : 'unclear';
  };
}

/** `CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON ...`: the statement that builds that index again. */
export function createIndexMatch(schema: string | undefined, name: string) {
  return (ast: AstNode, kind: string, statement: AnalyzedStatement): DownMatch<AnalyzedStatement> => {
    if (kind !== 'IndexStmt' || ast.idxname !== name || !sameSchema(ast.relation?.schemaname, schema)) return undefined;
    return { exact: statement };
  };
}

/** `ALTER TABLE parent ATTACH PARTITION child ...` as the statement's only command. */
export function attachMatch(parent: AstNode, child: AstNode) {
  return (ast: AstNode, kind: string, statement: AnalyzedStatement): DownMatch<AnalyzedStatement> => {
    if (kind !== 'AlterTableStmt') return undefined;
    const cmds: AstNode[] = (ast.cmds ?? []).map((c: AstNode) => c.AlterTableCmd);
    const attaches = cmds.filter(
      (cmd) =>
        cmd?.subtype === 'AT_AttachPartition' &&
        isRelation(cmd.def?.PartitionCmd?.name, child.schemaname, String(child.relname)),
    );
    if (attaches.length === 0) return undefined;
    return cmds.length === 1 && isRelation(ast.relation, parent.schemaname, String(parent.relname))
      ? { exact: statement }
      : 'unclear';
  };
}

/**
 * Command `k` of an ALTER TABLE on the table that `isUndo` accepts: exact when it is the only such command
 * of the statement; DROP TABLE of the table, or a command `covers` accepts (DROP COLUMN), covers it.
 */
export function alterCommandMatch(
  relation: AstNode,
  isUndo: (cmd: AstNode) => 'exact' | 'unclear' | undefined,
  covers: (cmd: AstNode) => boolean = () => false,
) {
  const schema = relation.schemaname as string | undefined;
  const table = String(relation.relname);
  return (ast: AstNode, kind: string): DownMatch<number> => {
    if (dropsTable(ast, kind, schema, table)) return 'covers';
    if (kind !== 'AlterTableStmt' || !isRelation(ast.relation, schema, table)) return undefined;
    const cmds: AstNode[] = (ast.cmds ?? []).map((c: AstNode) => c.AlterTableCmd);
    const undos = cmds.map((cmd) => (cmd ? isUndo(cmd) : undefined));
    const exact = undos.flatMap((u, k) => (u === 'exact' ? [k] : []));
    if (undos.includes('unclear') || exact.length > 1) return 'unclear';
    if (exact.length === 1) return { exact: exact[0] };
    return cmds.some((cmd) => cmd && covers(cmd)) ? 'covers' : undefined;
  };
}

/** The fix with the down's edits for an undo that was searched for; the title's note when it is not exact. */
export function withUndoEdit<T>(
  fix: QuickFix,
  inverse: Inverse<T>,
  edit: (found: T, statement: number, down: DownScript) => OffsetEdit | undefined,
): QuickFix {
  if (inverse.status !== 'found') {
    return inverse.status === 'unclear' || inverse.status === 'unknown' ? leftAsIs(fix) : fix;
  }
  const made = edit(inverse.found, inverse.statement, inverse.down);
  return withDownEdits(fix, inverse.down, made ? [made] : undefined);
}

/** Some name or string in the node is `value` (a column reference, a key, a relation): it may be about it. */
function mentions(node: unknown, value: string): boolean {
  if (typeof node === 'string') return node === value;
  if (Array.isArray(node)) return node.some((n) => mentions(n, value));
  return typeof node === 'object' && node !== null && Object.values(node).some((n) => mentions(n, value));
}

const NAMEDATALEN = 64;

/** The first `bytes` bytes of `name`, cut back to a whole character (pg_mbcliplen). */
function clipBytes(name: Buffer, bytes: number): Buffer {
  let end = Math.min(bytes, name.length);
  while (end > 0 && end < name.length && (name[end] & 0xc0) === 0x80) end--;
  return name.subarray(0, end);
}

/**
 * The name PostgreSQL gives an unnamed index or constraint (`orders_user_id_fkey`): ChooseIndexNameAddition's
 * column list, then makeObjectName's truncation to 63 bytes (the longer part first). Undefined when a column
 * repeats (PostgreSQL numbers the repeats). A name already taken would get a number too: the caller checks.
 */
export function defaultName(table: string, columns: readonly string[] | undefined, label: string): string | undefined {
  if (!columns?.length || new Set(columns).size !== columns.length) return undefined;
  const ident = (s: string) => clipBytes(Buffer.from(s, 'utf8'), NAMEDATALEN - 1);
  let addition = Buffer.alloc(0);
  for (const column of columns) {
    addition = Buffer.concat([addition, ...(addition.length > 0 ? [Buffer.from('_')] : []), ident(column)]);
    if (addition.length >= NAMEDATALEN) break;
  }
  const name1 = ident(table);
  const available = NAMEDATALEN - 1 - (1 + label.length + 1);
  let n1 = name1.length;
  let n2 = addition.length;
  while (n1 + n2 > available) {
    if (n1 > n2) n1--;
    else n2--;
  }
  return `${clipBytes(name1, n1).toString('utf8')}_${clipBytes(addition, n2).toString('utf8')}_${label}`;
}

/** The columns PostgreSQL names an unnamed index after (INCLUDE columns too); undefined for an expression. */
export function indexNameColumns(ast: AstNode): string[] | undefined {
  const elements = [...(ast.indexParams ?? []), ...(ast.indexIncludingParams ?? [])] as AstNode[];
  const columns = elements.map((p) => p.IndexElem?.name as string | undefined);
  return columns.every((c): c is string => typeof c === 'string') ? columns : undefined;
}

function stringsOf(list: AstNode[] | undefined): string[] | undefined {
  const out = (list ?? []).map((n) => n.String?.sval as string | undefined);
  return out.every((s): s is string => typeof s === 'string') ? out : undefined;
}

/** `ALTER TABLE t RENAME [COLUMN] to TO from`: the rename run backwards. Renaming either name otherwise: unclear. */
export function renameColumnMatch(relation: AstNode, from: string, to: string) {
  const schema = relation.schemaname as string | undefined;
  const table = String(relation.relname);
  return (ast: AstNode, kind: string): DownMatch<true> => {
    if (dropsTable(ast, kind, schema, table)) return 'covers';
    if (kind !== 'RenameStmt' || ast.renameType !== 'OBJECT_COLUMN' || !isRelation(ast.relation, schema, table))
      return undefined;
    if (ast.subname === to && ast.newname === from) return { exact: true };
    return ast.subname === to || ast.newname === from ? 'unclear' : undefined;
  };
}

/**
 * `ALTER TABLE t ADD COLUMN c ...`, what gives a dropped column back. Any other statement naming the column on
 * the table (an index, a constraint, its data put back) is part of that undo and cannot stay alone: unclear.
 */
export function addColumnMatch(relation: AstNode, column: string) {
  const table = String(relation.relname);
  const alter = alterCommandMatch(relation, (cmd) =>
    cmd.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef?.colname === column
      ? 'exact'
      : mentions(cmd, column)
        ? 'unclear'
        : undefined,
  );
  return (ast: AstNode, kind: string): DownMatch<number> =>
    alter(ast, kind) ?? (mentions(ast, table) && mentions(ast, column) ? 'unclear' : undefined);
}

/** `ALTER TABLE t DROP CONSTRAINT name` without CASCADE; dropping one of its columns takes it along. */
export function dropConstraintMatch(relation: AstNode, name: string, columns: readonly string[]) {
  return alterCommandMatch(
    relation,
    (cmd) =>
      cmd.subtype === 'AT_DropConstraint' && cmd.name === name
        ? cmd.behavior === 'DROP_CASCADE'
          ? 'unclear'
          : 'exact'
        : undefined,
    (cmd) => cmd.subtype === 'AT_DropColumn' && columns.includes(String(cmd.name)),
  );
}

/** Command `subtype` (DROP NOT NULL, TYPE) on the column; dropping the column takes it along. */
export function columnCommandMatch(relation: AstNode, subtype: string, column: string) {
  return alterCommandMatch(
    relation,
    (cmd) => (cmd.subtype === subtype && cmd.name === column ? 'exact' : undefined),
    (cmd) => cmd.subtype === 'AT_DropColumn' && cmd.name === column,
  );
}

/**
 * What the paired down loses when a whole up statement is rewritten into new migrations that carry their own
 * downs: the removal of its exact undo; 'left' when the down may undo it but no statement is exactly that (the
 * action's title says so); undefined when there is nothing to take out.
 */
export type UndoRemoval = { edit: OffsetEdit; down: DownScript } | 'left' | undefined;

function removal<T>(
  inverse: Inverse<T>,
  edit: (found: T, statement: number, down: DownScript) => OffsetEdit | undefined,
): UndoRemoval {
  if (inverse.status !== 'found')
    return inverse.status === 'unclear' || inverse.status === 'unknown' ? 'left' : undefined;
  const made = edit(inverse.found, inverse.statement, inverse.down);
  return made ? { edit: made, down: inverse.down } : 'left';
}

/** The undo of up statement `ast` (CREATE INDEX, RENAME COLUMN, a one-command ALTER TABLE, a backfill). */
export function undoRemoval(pairedDown: () => PairedDown | undefined, ast: AstNode, kind: string): UndoRemoval {
  const ctx = { pairedDown };
  const statement = <T>(inverse: Inverse<T>): UndoRemoval =>
    removal(inverse, (_, index, down) => removeDownStatement(down, index));
  const command = (name: string, match: ReturnType<typeof alterCommandMatch>): UndoRemoval =>
    removal(findInverse(ctx, name, match), (k, index, down) => removeDownCommand(down, index, k));
  const relation = ast.relation as AstNode | undefined;
  const schema = relation?.schemaname as string | undefined;
  const table = relation?.relname as string | undefined;
  const unknown = (): UndoRemoval => (pairedDown() ? 'left' : undefined);
  if (!relation || !table) return unknown();
  switch (kind) {
    case 'IndexStmt': {
      const name = (ast.idxname as string | undefined) ?? defaultName(table, indexNameColumns(ast), 'idx');
      return name ? statement(findInverse(ctx, name, dropIndexMatch(schema, name))) : unknown();
    }
    case 'RenameStmt':
      if (ast.renameType !== 'OBJECT_COLUMN' || !ast.subname || !ast.newname) return unknown();
      return statement(findInverse(ctx, ast.newname, renameColumnMatch(relation, ast.subname, ast.newname)));
    case 'UpdateStmt':
      // Whatever the down does to those rows may or may not undo it: never exact.
      return statement(
        findInverse(ctx, table, (a, k) =>
          k === 'UpdateStmt' && isRelation(a.relation, schema, table) ? 'unclear' : undefined,
        ),
      );
    case 'AlterTableStmt': {
      const cmds: AstNode[] = ast.cmds ?? [];
      const cmd = cmds.length === 1 ? (cmds[0].AlterTableCmd as AstNode | undefined) : undefined;
      const column = cmd?.name as string | undefined;
      if (cmd?.subtype === 'AT_AddConstraint') {
        const c = cmd.def?.Constraint as AstNode | undefined;
        const foreign = c?.contype === 'CONSTR_FOREIGN';
        const columns = stringsOf(foreign ? c.fk_attrs : c?.keys);
        const name =
          (c?.conname as string | undefined) ??
          (foreign || c?.contype === 'CONSTR_UNIQUE'
            ? defaultName(table, columns, foreign ? 'fkey' : 'key')
            : undefined);
        return name && columns ? command(name, dropConstraintMatch(relation, name, columns)) : unknown();
      }
      if (!column) return unknown();
      if (cmd?.subtype === 'AT_SetNotNull')
        return command(column, columnCommandMatch(relation, 'AT_DropNotNull', column));
      if (cmd?.subtype === 'AT_AlterColumnType')
        return command(column, columnCommandMatch(relation, 'AT_AlterColumnType', column));
      if (cmd?.subtype === 'AT_DropColumn') return command(column, addColumnMatch(relation, column));
      return unknown();
    }
    default:
      return unknown();
  }
}
