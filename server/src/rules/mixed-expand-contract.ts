import type { Rule } from './rule';
import { renamedKey, TableChange, tableChanges } from './tableChanges';

interface TableSteps {
  /** The table's name at the start of the unit, as written. */
  name: string;
  expand?: string;
  contract?: string;
  reported: boolean;
}

function describeContract(change: TableChange): string | undefined {
  switch (change.type) {
    case 'drop-column':
      return `DROP COLUMN ${change.column}`;
    case 'rename-column':
      return `RENAME COLUMN ${change.column} TO ${change.newName}`;
    case 'rename-table':
      return `RENAME TO ${change.newName}`;
    case 'drop-table':
      return 'DROP TABLE';
    default:
      return undefined;
  }
}

export const mixedExpandContract: Rule = {
  meta: {
    id: 'mixed-expand-contract',
    severity: 'warning',
    summary:
      'One up migration both expands a table (adds a column) and contracts it (drops or renames a column, renames or drops the table): no deploy order keeps both application versions working.',
    safeWay:
      'Split it into separate deployments: expand (add) and deploy the code that uses the new shape; migrate the data; contract (drop or rename) in a later migration once no running code uses the old shape.',
  },
  create: (state) => {
    // Table key → the key it had at the start of the unit (so renames keep one identity).
    const identity = state.map<string, string>();
    // Per table identity: what the unit did to it (each entry replaced, never changed).
    const steps = state.map<string, TableSteps>();
    return {
      unitStart(ctx) {
        identity.clear();
        steps.clear();
      },
      statement(ctx) {
        const changes = tableChanges(ctx.kind, ctx.ast);
        if (changes.length === 0) return;
        const direction = ctx.unit.direction;
        for (const change of changes) {
          if (!ctx.isPreExisting(change.table)) continue;
          // A down section undoes its own up section: a step that undoes the up side is neither expand nor
          // contract (and a separate down script cannot see its up side, so nothing there counts).
          if (!ctx.changesSoFar.upSide.checks(direction, change)) continue;
          const id = identity.get(change.table.key) ?? change.table.key;
          const known = steps.get(id);
          let table: TableSteps = known ?? { name: change.table.name, reported: false };
          if (change.type === 'add-column') {
            if (table.expand === undefined) table = { ...table, expand: `ADD COLUMN ${change.column}` };
          } else if (!('column' in change) || !ctx.changesSoFar.added.has(change.table, change.column)) {
            if (table.contract === undefined) table = { ...table, contract: describeContract(change) };
          }
          const report = !table.reported && table.expand !== undefined && table.contract !== undefined;
          if (report) table = { ...table, reported: true };
          if (table !== known) steps.set(id, table);
          if (!report) continue;
          ctx.report({
            message: `This migration both expands ${table.name} (${table.expand}) and contracts it (${table.contract}): if it runs before the new code is deployed, the contract breaks the application version that is still running; if it runs after, the new code runs before the expansion it needs exists. No deploy order keeps both versions working. Both steps take an AccessExclusiveLock on the table.`,
            lock: 'AccessExclusiveLock',
          });
        }
        for (const change of changes) {
          if (change.type !== 'rename-table') continue;
          identity.set(renamedKey(change.table, change.newName), identity.get(change.table.key) ?? change.table.key);
        }
      },
    };
  },
};
