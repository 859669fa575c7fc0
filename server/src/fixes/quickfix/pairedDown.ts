// A fix that moves part of an up migration into a new migration must move that part's undo too: the new
// migration's down undoes it first, and the old down, run next, would undo it again (`index "x" does not
// exist`) or undo something the old up no longer does. The undo is looked up in the paired down script and
// edited only when exactly one statement (or ALTER TABLE command) of it is that undo; when some statement
// names the object but is not exactly its undo, the down is left alone and the fix's title says so.
import type { AnalyzedStatement } from '../../analysis';
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

/**
 * The one statement of the down script that `match` calls the exact undo. `name` is the moved object's name:
 * a down statement that does not parse, or sits in a DO block, and mentions it makes the answer unclear.
 */
export function findInverse<T>(
  ctx: FixContext,
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
