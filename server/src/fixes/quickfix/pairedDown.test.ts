// undoRemoval: the exact undo of a whole up statement that the "Rewrite as safe migrations" refactor replaces,
// found in the paired down (a file of its own or the file's down section) and taken out; anything less than
// exactly that undo leaves the down as it is ('left').
import * as assert from 'assert';
import { analyzeSql } from '../../../../test/unit/ruleTester';
import type { MigrationTool } from '../../migrations/tools';
import { loadParser } from '../../syntax/parse';
import { applyEdits } from './edits';
import { pairedDownOf, undoRemoval } from './pairedDown';

interface Case {
  name: string;
  up: string;
  /** The down file ('unknown': one Sluice cannot read); absent: none, or a section of `up`. */
  down?: string | 'unknown';
  tool?: MigrationTool;
  /** The down file (or with a section, the whole file) after the removal; 'left' or undefined as returned. */
  expected: string | 'left' | undefined;
}

/** The removal for the first up statement, applied to the text it edits. */
function removed(c: Case): string | 'left' | undefined {
  const tool = c.tool ?? 'golang-migrate';
  const analysis = analyzeSql(c.up, { tool });
  const index = analysis.units.filter((u) => u.direction !== 'down').flatMap((u) => u.statements)[0];
  const parse = analysis.statements[index].parse;
  assert.ok(parse.ok, 'the up statement parses');
  const down = c.down;
  const result = undoRemoval(
    () =>
      pairedDownOf(analysis, () =>
        down === undefined || down === 'unknown' ? down : analyzeSql(down, { tool, direction: 'down' }),
      ),
    parse.ast,
    parse.kind,
  );
  if (result === 'left' || result === undefined) return result;
  const text = result.down.sameFile ? c.up : (down as string);
  return applyEdits(text, [result.edit]);
}

const CASES: Case[] = [
  {
    name: 'CREATE INDEX: its DROP INDEX goes, the rest stays',
    up: 'CREATE INDEX orders_at_idx ON orders (created_at);\n',
    down: "SET lock_timeout = '2s';\nDROP INDEX CONCURRENTLY IF EXISTS orders_at_idx;\nDROP TABLE audit;\n",
    expected: "SET lock_timeout = '2s';\nDROP TABLE audit;\n",
  },
  {
    name: 'an unnamed index: dropped by the name PostgreSQL gives it',
    up: 'CREATE INDEX ON orders (user_id, created_at);\n',
    down: 'DROP INDEX orders_user_id_created_at_idx;\n',
    expected: '',
  },
  {
    name: 'an index in another schema: its DROP INDEX names that schema',
    up: 'CREATE INDEX i ON billing.orders (a);\n',
    down: 'DROP INDEX public.i;\nDROP INDEX billing.i;\n',
    expected: 'DROP INDEX public.i;\n',
  },
  {
    name: 'a DROP INDEX of more than that index: left',
    up: 'CREATE INDEX i ON orders (a);\n',
    down: 'DROP INDEX i, j;\n',
    expected: 'left',
  },
  {
    name: 'DROP INDEX ... CASCADE: left',
    up: 'CREATE INDEX i ON orders (a);\n',
    down: 'DROP INDEX i CASCADE;\n',
    expected: 'left',
  },
  {
    name: 'the index dropped twice: left',
    up: 'CREATE INDEX i ON orders (a);\n',
    down: 'DROP INDEX IF EXISTS i;\nDROP INDEX IF EXISTS i;\n',
    expected: 'left',
  },
  {
    name: 'dynamic SQL naming the index: left',
    up: 'CREATE INDEX i_orders_a ON orders (a);\n',
    down: "DO $$ BEGIN EXECUTE 'DROP INDEX i_orders_a'; END $$;\n",
    expected: 'left',
  },
  {
    name: 'a down Sluice cannot read: left',
    up: 'CREATE INDEX i ON orders (a);\n',
    down: 'unknown',
    expected: 'left',
  },
  { name: 'no down: nothing to do', up: 'CREATE INDEX i ON orders (a);\n', expected: undefined },
  {
    name: 'a down that never drops it: nothing to do',
    up: 'CREATE INDEX i ON orders (a);\n',
    down: 'DROP INDEX other;\n',
    expected: undefined,
  },
  {
    name: 'goose: from the Down section of the same file',
    tool: 'goose',
    up: '-- +goose Up\nCREATE INDEX i ON orders (a);\n\n-- +goose Down\nDROP INDEX i;\nDROP TABLE audit;\n',
    expected: '-- +goose Up\nCREATE INDEX i ON orders (a);\n\n-- +goose Down\nDROP TABLE audit;\n',
  },
  {
    name: 'RENAME COLUMN: the rename back goes',
    up: 'ALTER TABLE orders RENAME COLUMN total TO total_cents;\n',
    down: 'ALTER TABLE orders RENAME total_cents TO total;\n',
    expected: '',
  },
  {
    name: 'RENAME COLUMN: a rename of the new name to something else: left',
    up: 'ALTER TABLE orders RENAME COLUMN total TO total_cents;\n',
    down: 'ALTER TABLE orders RENAME COLUMN total_cents TO amount;\n',
    expected: 'left',
  },
  {
    name: 'a foreign key: its DROP CONSTRAINT goes, the other command stays',
    up: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\n',
    down: 'ALTER TABLE orders DROP CONSTRAINT orders_user_fk, DROP COLUMN note;\n',
    expected: 'ALTER TABLE orders DROP COLUMN note;\n',
  },
  {
    name: 'an unnamed foreign key: dropped by the name PostgreSQL gives it',
    up: 'ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id);\n',
    down: 'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n',
    expected: '',
  },
  {
    name: 'a foreign key whose column the down drops: that takes it along (nothing to do)',
    up: 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);\n',
    down: 'ALTER TABLE orders DROP COLUMN user_id;\n',
    expected: undefined,
  },
  {
    name: 'an unnamed unique constraint',
    up: 'ALTER TABLE users ADD UNIQUE (tenant, email);\n',
    down: 'ALTER TABLE users DROP CONSTRAINT IF EXISTS users_tenant_email_key;\n',
    expected: '',
  },
  {
    name: 'a unique constraint dropped with CASCADE: left',
    up: 'ALTER TABLE users ADD CONSTRAINT u UNIQUE (email);\n',
    down: 'ALTER TABLE users DROP CONSTRAINT u CASCADE;\n',
    expected: 'left',
  },
  {
    name: 'SET NOT NULL: its DROP NOT NULL goes',
    up: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n',
    down: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
    expected: '',
  },
  {
    name: 'ALTER COLUMN TYPE: the type change back goes',
    up: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 4);\n',
    down: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12, 2) USING round(total, 2);\n',
    expected: '',
  },
  {
    name: 'DROP COLUMN: the ADD COLUMN that gives it back goes',
    up: 'ALTER TABLE orders DROP COLUMN status;\n',
    down: "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';\n",
    expected: '',
  },
  {
    name: 'DROP COLUMN: the down also rebuilds an index on it: left',
    up: 'ALTER TABLE orders DROP COLUMN status;\n',
    down: 'ALTER TABLE orders ADD COLUMN status text;\nCREATE INDEX orders_status_idx ON orders (status);\n',
    expected: 'left',
  },
  {
    name: 'DROP COLUMN: the down sets it NOT NULL in another command: left',
    up: 'ALTER TABLE orders DROP COLUMN status;\n',
    down: 'ALTER TABLE orders ADD COLUMN status text, ALTER COLUMN status SET NOT NULL;\n',
    expected: 'left',
  },
  {
    name: 'a backfill: an UPDATE of the table in the down may or may not undo it: left',
    up: "UPDATE orders SET status = 'new' WHERE status IS NULL;\n",
    down: "UPDATE orders SET status = NULL WHERE status = 'new';\n",
    expected: 'left',
  },
  {
    name: 'a backfill with a down that leaves the rows alone: nothing to do',
    up: "UPDATE orders SET status = 'new' WHERE status IS NULL;\n",
    down: 'DROP INDEX orders_status_idx;\n',
    expected: undefined,
  },
];

describe('pairedDown: undoRemoval (the scaffold rewrite)', () => {
  before(() => loadParser());
  for (const c of CASES) {
    it(c.name, () => {
      assert.strictEqual(removed(c), c.expected);
    });
  }
});
