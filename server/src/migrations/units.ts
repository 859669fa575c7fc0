// A unit is what the migration tool runs as one piece: a whole file, or one up/down section of it.
// Transaction state and "created in this migration" are tracked per unit.
import type { Directives } from '../syntax/directives';
import type { Statement } from '../syntax/split';
import type { MigrationTool } from './tools';

export interface Unit {
  tool: MigrationTool | null;
  direction: 'up' | 'down';
  /** Indexes into the file's statements. */
  statements: number[];
  /** The tool runs this unit inside a transaction it opens itself. */
  toolTransaction: boolean;
}

export interface UnitOptions {
  tool: MigrationTool | null;
  /** Direction of the whole file when the tool keeps down scripts in separate files. */
  fileDirection: 'up' | 'down';
  assumeInTransaction: boolean;
}

export function splitUnits(statements: readonly Statement[], directives: Directives, options: UnitOptions): Unit[] {
  const markers = directives.markers.filter(
    (m) => (m.tool === 'goose' && options.tool === 'goose') || (m.tool === 'dbmate' && options.tool === 'dbmate'),
  );
  const sections = markers.filter((m) => m.type === 'up' || m.type === 'down');
  if (sections.length === 0) {
    return [
      {
        tool: options.tool,
        direction: options.fileDirection,
        statements: statements.map((_, i) => i),
        toolTransaction: options.assumeInTransaction,
      },
    ];
  }
  // goose: one `-- +goose NO TRANSACTION` anywhere turns transactions off for the whole file.
  const gooseNoTransaction = markers.some((m) => m.tool === 'goose' && m.type === 'no-transaction');
  const units: Unit[] = [];
  let s = 0;
  // Statements before the first marker run with the up section (the tools reject or ignore them; be conservative).
  const leading: number[] = [];
  while (s < statements.length && statements[s].start < sections[0].start) leading.push(s++);
  sections.forEach((marker, k) => {
    const until = k + 1 < sections.length ? sections[k + 1].start : Infinity;
    const members: number[] = k === 0 ? leading : [];
    while (s < statements.length && statements[s].start < until) members.push(s++);
    const wrapped =
      (marker.tool === 'goose' ? !gooseNoTransaction : !marker.noTransaction) ||
      (options.assumeInTransaction && !gooseNoTransaction && !marker.noTransaction);
    units.push({
      tool: options.tool,
      direction: marker.type as 'up' | 'down',
      statements: members,
      toolTransaction: wrapped,
    });
  });
  return units;
}
