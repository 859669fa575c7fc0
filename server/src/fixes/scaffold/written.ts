// What the migrations wrote, as text: the schema a scaffold gets is replayed the way lint replays it, without
// the statements' text, so a default's expression and an index's definition are unknown there. The rollback
// generator's replay keeps them; its answers are used only where they describe the same column or index.
import type { ColumnInfo, ConstraintInfo, IndexInfo, SchemaModel } from '../../schema/model';
import { replayHistory } from '../rollback/generate';
import type { ScaffoldContext } from './plan';

// The editor plans the same change on every lightbulb request: the last replay is kept for the same texts.
let last: { sources: NonNullable<ScaffoldContext['sources']>; model: SchemaModel } | undefined;

function writtenSchema(context: ScaffoldContext): SchemaModel | undefined {
  const sources = context.sources;
  if (!sources) return undefined;
  const same =
    last !== undefined &&
    last.sources.tool === sources.tool &&
    last.sources.texts.length === sources.texts.length &&
    last.sources.texts.every((t, i) => t === sources.texts[i]);
  if (!same) {
    const model = replayHistory(sources.texts, { isMigration: true, tool: sources.tool, direction: 'up' });
    last = { sources: { tool: sources.tool, texts: [...sources.texts] }, model };
  }
  return last!.model;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The column with its type and default as written, when the sources show the same column. */
export function writtenColumn(context: ScaffoldContext, tableKey: string, column: ColumnInfo): ColumnInfo {
  // Only a default needs the text (the model writes the type back from its name and modifiers).
  if (!column.hasDefault || column.defaultSql !== undefined) return column;
  const written = writtenSchema(context)?.tables.get(tableKey)?.columns.get(column.name);
  if (
    !written ||
    written.type.name !== column.type.name ||
    written.type.arrayDims !== column.type.arrayDims ||
    !sameList(written.type.mods, column.type.mods) ||
    written.hasDefault !== column.hasDefault
  )
    return column;
  return {
    ...column,
    type: { ...column.type, sql: column.type.sql ?? written.type.sql },
    defaultSql: column.defaultSql ?? written.defaultSql,
  };
}

/** The index's definition as written, when the sources show the same index. */
export function writtenIndexDefinition(context: ScaffoldContext, index: IndexInfo): string | undefined {
  if (index.definition !== undefined) return index.definition;
  const written = writtenSchema(context)?.indexes.get(index.key);
  return written &&
    written.table === index.table &&
    written.unique === index.unique &&
    written.partial === index.partial &&
    sameList(written.columns, index.columns)
    ? written.definition
    : undefined;
}

/** The constraint's body as written, when the sources show the same constraint. */
export function writtenConstraintDefinition(
  context: ScaffoldContext,
  tableKey: string,
  constraint: ConstraintInfo,
): string | undefined {
  if (constraint.definition !== undefined) return constraint.definition;
  const written = writtenSchema(context)?.tables.get(tableKey)?.constraints.get(constraint.name);
  return written && written.kind === constraint.kind && sameList(written.columns, constraint.columns)
    ? written.definition
    : undefined;
}
