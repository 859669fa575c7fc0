import { skippedColumnChange } from './ifNotExists';
import { DropsInTransaction, SettledDrop } from './readdedColumns';
import { columnNameKey, RenamesInTransaction } from './rename-table';
import type { ReportInput, Rule, UnitContext } from './rule';
import { renamedKey, TableChange, tableChanges } from './tableChanges';
import { quoteIdent } from '../syntax/quoteIdent';

interface Step {
  /** `ADD COLUMN full_name`, `DROP COLUMN name`, `RENAME TO clients`. */
  what: string;
  /** The statement's index. */
  index: number;
}

interface TableSteps {
  /** The table's name at the start of the unit, as written. */
  name: string;
  expand?: Step;
  contract?: Step;
  reported: boolean;
}

/** A rename in the open transaction: a contract unless its old name resolves again before the transaction ends. */
interface PendingContract extends Step {
  id: string;
  name: string;
  /** A column rename, as an expand step when a column comes back under the old name. */
  readdedAs?: string;
}

function describeContract(change: TableChange): string | undefined {
  switch (change.type) {
    case 'drop-column':
      return `DROP COLUMN ${quoteIdent(change.column)}`;
    case 'rename-column':
      return `RENAME COLUMN ${quoteIdent(change.column)} TO ${quoteIdent(change.newName)}`;
    case 'rename-table':
      return `RENAME TO ${quoteIdent(change.newName)}`;
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
    let unit: UnitContext | undefined;
    // Table key → the key it had at the start of the unit (so renames keep one identity).
    const identity = state.map<string, string>();
    // Per table identity: what the unit did to it (each entry replaced, never changed).
    const steps = state.map<string, TableSteps>();
    // A rename followed in the same transaction by a view under the old name, or a swap, contracts nothing.
    const renames = new RenamesInTransaction<PendingContract>(state);
    // A column dropped and added back before the transaction ends: running code sees no change to the table's
    // shape (what the values become is drop-column's to say).
    const drops = new DropsInTransaction<PendingContract>(state);
    // The column renames of the open transaction, followed for a column added back under the old name: running
    // code keeps that name, so the rename only adds one, an expand step (what the values become is rename-column's
    // to say).
    const readds = new DropsInTransaction<PendingContract>(state);
    // The pre-existing columns the unit dropped or renamed away (`columnNameKey`): adding one back expands nothing.
    const dropped = state.set<string>();
    /** Records a step; returns the table's steps when this one completes its mix (reported once). */
    const record = (id: string, name: string, side: 'expand' | 'contract', step: Step): TableSteps | undefined => {
      const known = steps.get(id);
      let table: TableSteps = known ?? { name, reported: false };
      if (table[side] === undefined) table = { ...table, [side]: step };
      const report = !table.reported && table.expand !== undefined && table.contract !== undefined;
      if (report) table = { ...table, reported: true };
      if (table !== known) steps.set(id, table);
      return report ? table : undefined;
    };
    const message = (table: TableSteps): ReportInput => ({
      message: `This migration both expands ${table.name} (${table.expand?.what}) and contracts it (${table.contract?.what}): if it runs before the new code is deployed, the contract breaks the application version that is still running; if it runs after, the new code runs before the expansion it needs exists. No deploy order keeps both versions working. Both steps take an AccessExclusiveLock on the table.`,
      lock: 'AccessExclusiveLock',
    });
    /** The renames whose transaction ended with their old name missing are contracts after all. */
    const contracts = (ended: readonly PendingContract[]): void => {
      for (const c of ended) {
        const mixed = record(c.id, c.name, 'contract', c);
        if (mixed) unit?.report(Math.max(mixed.expand?.index ?? 0, mixed.contract?.index ?? 0), message(mixed));
      }
    };
    const dropsEnded = (ended: readonly SettledDrop<PendingContract>[]): void =>
      contracts(ended.filter((d) => !d.readded).map((d) => d.value));
    /** The renames whose old name nothing took (`ended`): contracts, or expands when a column came back under it. */
    const renamesEnded = (ended: readonly PendingContract[], settled: readonly SettledDrop<PendingContract>[]) => {
      if (ended.length === 0) return;
      const readded = new Set(settled.filter((d) => d.readded).map((d) => d.value.index));
      contracts(ended.filter((c) => !readded.has(c.index)));
      for (const c of ended) {
        if (!readded.has(c.index)) continue;
        const mixed = record(c.id, c.name, 'expand', { what: c.readdedAs ?? c.what, index: c.index });
        if (mixed) unit?.report(Math.max(mixed.expand?.index ?? 0, mixed.contract?.index ?? 0), message(mixed));
      }
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        identity.clear();
        steps.clear();
        renames.end();
        drops.end();
        readds.end();
        dropped.clear();
      },
      statement(ctx) {
        // (Drops first: before they waited for the transaction's end, each was a contract at once.)
        dropsEnded(drops.statement(ctx));
        renamesEnded(renames.statement(ctx), readds.statement(ctx));
        const changes = tableChanges(ctx.kind, ctx.ast);
        const direction = ctx.unit.direction;
        for (const change of changes) {
          if (!ctx.isPreExisting(change.table) || skippedColumnChange(change, ctx.schema)) continue;
          // A down section undoes its own up section: a step that undoes the up side is neither expand nor
          // contract (and a separate down script cannot see its up side, so nothing there counts).
          if (!ctx.changesSoFar.upSide.checks(direction, change)) continue;
          const id = identity.get(change.table.key) ?? change.table.key;
          const added = ctx.changesSoFar.added;
          let mixed: TableSteps | undefined;
          if (change.type === 'add-column') {
            if (dropped.has(columnNameKey(change.table, change.column))) continue;
            mixed = record(id, change.table.name, 'expand', {
              what: `ADD COLUMN ${quoteIdent(change.column)}`,
              index: ctx.index,
            });
          } else if (
            !('column' in change) ||
            !(added.has(change.table, change.column) || added.isNewName(change.table, change.column))
          ) {
            const step = { what: describeContract(change) ?? '', index: ctx.index };
            if (change.type === 'rename-table' || change.type === 'rename-column') {
              // The second half of a swap takes the place of the table or column that left the name.
              const [oldKey, newKey] =
                change.type === 'rename-table'
                  ? [change.table.key, renamedKey(change.table, change.newName)]
                  : [columnNameKey(change.table, change.column), columnNameKey(change.table, change.newName)];
              if (renames.takesLeftName(newKey)) continue;
              if (change.type === 'rename-column') dropped.add(oldKey);
              if (ctx.inTransaction) {
                if (change.type === 'rename-column') {
                  const column = quoteIdent(change.column);
                  const pending = {
                    ...step,
                    id,
                    name: change.table.name,
                    readdedAs: `${step.what}, with ${column} added back`,
                  };
                  renames.add(oldKey, pending);
                  readds.add(change.table, change.column, pending);
                } else {
                  renames.add(oldKey, { ...step, id, name: change.table.name }, { movedTo: newKey });
                }
                // The table is named as it was at the start of the unit, whatever comes first.
                if (!steps.has(id)) steps.set(id, { name: change.table.name, reported: false });
                continue;
              }
            }
            if (change.type === 'drop-column') {
              dropped.add(columnNameKey(change.table, change.column));
              drops.add(change.table, change.column, { ...step, id, name: change.table.name });
              if (!steps.has(id)) steps.set(id, { name: change.table.name, reported: false });
              continue;
            }
            mixed = record(id, change.table.name, 'contract', step);
          }
          if (mixed) ctx.report(message(mixed));
        }
        for (const change of changes) {
          if (change.type !== 'rename-table') continue;
          identity.set(renamedKey(change.table, change.newName), identity.get(change.table.key) ?? change.table.key);
        }
        dropsEnded(drops.follow(ctx));
        const settled = readds.follow(ctx);
        // A Liquibase changeset's end commits: what the next one does cannot undo a contract.
        if (ctx.endsToolTransaction) renamesEnded(renames.end(), settled);
      },
      unitEnd() {
        dropsEnded(drops.end());
        renamesEnded(renames.end(), readds.end());
      },
    };
  },
};
