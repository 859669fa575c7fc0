import { fixTests } from '../../../../test/unit/fixTester';
import { requireConcurrentIndex } from '../../rules/require-concurrent-index';

const ORDERS =
  'CREATE TABLE orders (id bigint, created_at timestamptz, email text);\nINSERT INTO orders VALUES (1, now(), $$a@b$$), (2, now(), $$c@d$$);';

fixTests(requireConcurrentIndex, {
  fixes: [
    {
      sql: 'CREATE INDEX orders_created_at_idx ON orders (created_at);\n',
      output: 'CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);\n',
      title: /^Add CONCURRENTLY$/,
      history: ORDERS,
    },
    {
      name: 'lower case, IF NOT EXISTS, a comment and odd spacing stay as written',
      sql: 'create unique /* why */ index\n\tif not exists "Orders_Email" on public.orders (lower(email));',
      output:
        'create unique /* why */ index concurrently\n\tif not exists "Orders_Email" on public.orders (lower(email));',
      history: ORDERS,
    },
    {
      name: 'CRLF file, statement after a lock_timeout',
      sql: "SET lock_timeout = '2s';\r\nCREATE INDEX ON orders USING btree (id);\r\n",
      output: "SET lock_timeout = '2s';\r\nCREATE INDEX CONCURRENTLY ON orders USING btree (id);\r\n",
      history: ORDERS,
    },
    {
      name: 'inside an explicit BEGIN: moved to a new non-transactional migration',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\n-- sluice-ignore require-lock-timeout: tiny\nCREATE INDEX orders_id_idx ON orders (id);\nCOMMIT;\n',
      output: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;\n',
      title: /move it to a new migration outside a transaction/,
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS orders_id_idx;\n',
          transactional: false,
        },
      ],
      history: ORDERS,
    },
    {
      name: 'golang-migrate sends a multi-statement file as one implicit transaction: moved',
      tool: 'golang-migrate',
      sql: "SET lock_timeout = '2s';\nALTER TABLE billing.orders ADD COLUMN note text;\nCREATE INDEX ix ON billing.orders (id);\n",
      output: "SET lock_timeout = '2s';\nALTER TABLE billing.orders ADD COLUMN note text;\n",
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY ix ON billing.orders (id);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS billing.ix;\n',
          transactional: false,
        },
      ],
      history: 'CREATE SCHEMA billing;\nCREATE TABLE billing.orders (id bigint);',
    },
    {
      name: 'golang-migrate with the index alone in its file: in place',
      tool: 'golang-migrate',
      sql: 'CREATE INDEX ix ON orders (id);',
      output: 'CREATE INDEX CONCURRENTLY ix ON orders (id);',
    },
    {
      name: 'Flyway runs a file whose only statement cannot run in a transaction outside one: in place',
      tool: 'flyway',
      sql: 'CREATE INDEX ix ON orders (id);\n',
      output: 'CREATE INDEX CONCURRENTLY ix ON orders (id);\n',
    },
    {
      name: "goose wraps the Up section in a transaction: moved with the Down section's DROP INDEX, markers stay",
      tool: 'goose',
      sql: '-- +goose Up\nCREATE INDEX ix ON orders (id);\n\n-- +goose Down\nDROP INDEX ix;\n',
      output: '-- +goose Up\n\n-- +goose Down\n',
      title: /^Add CONCURRENTLY and move it to a new migration outside a transaction$/,
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY ix ON orders (id);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS ix;\n',
          transactional: false,
        },
      ],
      history: ORDERS,
    },
    {
      name: 'goose: the Down section keeps what does not undo the index; up, down, up run',
      tool: 'goose',
      sql: '-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note_idx ON orders (note);\n\n-- +goose Down\nDROP INDEX IF EXISTS orders_note_idx;\nALTER TABLE orders DROP COLUMN note;\n',
      output:
        '-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\n\n-- +goose Down\nALTER TABLE orders DROP COLUMN note;\n',
      steps: [{ up: 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n', transactional: false }],
      history: ORDERS,
    },
    {
      name: 'golang-migrate: the paired down file loses its DROP INDEX (the new down drops it)',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_created_at_idx ON orders (created_at);\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      title: /^Add CONCURRENTLY and move it to a new migration outside a transaction$/,
      down: '-- sluice-ignore require-concurrent-drop-index: tiny\nDROP INDEX orders_created_at_idx;\nALTER TABLE orders DROP COLUMN note;\n',
      downOutput: 'ALTER TABLE orders DROP COLUMN note;\n',
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;\n',
          transactional: false,
        },
      ],
      history: ORDERS,
    },
    {
      name: 'a schema-qualified DROP INDEX CONCURRENTLY IF EXISTS in the down is the undo too',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_created_at_idx ON orders (created_at);\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      down: 'ALTER TABLE orders DROP COLUMN note;\ndrop index concurrently if exists public.orders_created_at_idx;',
      downOutput: 'ALTER TABLE orders DROP COLUMN note;\n',
      steps: [
        { up: 'CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);\n', transactional: false },
      ],
      history: ORDERS,
    },
    {
      name: 'the down undoes it only with DROP COLUMN: nothing to move, the down stays',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note_idx ON orders (note);\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      title: /^Add CONCURRENTLY and move it to a new migration outside a transaction$/,
      down: 'ALTER TABLE orders DROP COLUMN note;\n',
      steps: [{ up: 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n', transactional: false }],
      history: ORDERS,
    },
    {
      name: 'a down that drops it with another index: left as it is, and the title says so',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note_idx ON orders (note);\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      title: /move it to a new migration outside a transaction \(the down script is left as it is: .* check it\)$/,
      down: 'DROP INDEX orders_note_idx, orders_id_idx;\nALTER TABLE orders DROP COLUMN note;\n',
      steps: [{ up: 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n', transactional: false }],
    },
    {
      name: 'a down that drops it in a DO block: left as it is, and the title says so',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note_idx ON orders (note);\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      title: /the down script is left as it is/,
      down: "DO $$ BEGIN EXECUTE 'DROP INDEX orders_note_idx'; END $$;\nALTER TABLE orders DROP COLUMN note;\n",
      steps: [{ up: 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n', transactional: false }],
    },
    {
      name: 'a down that drops it with CASCADE: left as it is, and the title says so',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note_idx ON orders (note);\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      title: /the down script is left as it is/,
      down: 'DROP INDEX orders_note_idx CASCADE;\nALTER TABLE orders DROP COLUMN note;\n',
      steps: [{ up: 'CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n', transactional: false }],
    },
    {
      name: "an unnamed index that moves gets PostgreSQL's name, and the old down's DROP INDEX of it moves too",
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN user_id bigint;\nCREATE INDEX ON orders (user_id) INCLUDE (email);\n',
      output: 'ALTER TABLE orders ADD COLUMN user_id bigint;\n',
      title: /^Add CONCURRENTLY and move it to a new migration outside a transaction$/,
      down: 'DROP INDEX orders_user_id_email_idx;\nALTER TABLE orders DROP COLUMN user_id;\n',
      downOutput: 'ALTER TABLE orders DROP COLUMN user_id;\n',
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY orders_user_id_email_idx ON orders (user_id) INCLUDE (email);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS orders_user_id_email_idx;\n',
          transactional: false,
        },
      ],
      history: ORDERS,
    },
    {
      name: 'an unnamed index on a long table name: the name truncated as PostgreSQL does (longer part first)',
      tool: 'golang-migrate',
      sql: `SET lock_timeout = '2s';\ncreate index on ${'t'.repeat(40)} (${'c'.repeat(30)}, id);\n`,
      output: "SET lock_timeout = '2s';\n",
      steps: [
        {
          up: `create index concurrently ${'t'.repeat(29)}_${'c'.repeat(29)}_idx on ${'t'.repeat(40)} (${'c'.repeat(30)}, id);\n`,
          down: `DROP INDEX CONCURRENTLY IF EXISTS ${'t'.repeat(29)}_${'c'.repeat(29)}_idx;\n`,
          transactional: false,
        },
      ],
      history: `CREATE TABLE ${'t'.repeat(40)} (id bigint, ${'c'.repeat(30)} int);`,
    },
    {
      name: 'an unnamed index whose name is taken (PostgreSQL would number it): no name, the down is left alone',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX ON orders (id);\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      title: /the down script is left as it is/,
      down: 'DROP INDEX orders_id_idx1;\nALTER TABLE orders DROP COLUMN note;\n',
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY ON orders (id);\n',
          down: '-- The index has no name in its up script: drop it by the name PostgreSQL gave it (\\d table).\n',
          transactional: false,
        },
      ],
      history: `${ORDERS}\nCREATE INDEX orders_id_idx ON orders (id);`,
    },
    {
      name: 'an unnamed expression index: no name (PostgreSQL names it after the expression)',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX ON orders (lower(email));\n',
      output: 'ALTER TABLE orders ADD COLUMN note text;\n',
      steps: [{ up: 'CREATE INDEX CONCURRENTLY ON orders (lower(email));\n', transactional: false }],
      history: ORDERS,
    },
    {
      name: 'a down script alone in its file: CONCURRENTLY in place (only edits in place in a down)',
      tool: 'golang-migrate',
      direction: 'down',
      sql: 'CREATE INDEX ix ON orders (id);',
      output: 'CREATE INDEX CONCURRENTLY ix ON orders (id);',
    },
    {
      name: 'a UTF-8 name before the keyword does not shift the edit',
      sql: 'COMMENT ON TABLE orders IS \'Bestellungen — 😀\';\nCREATE INDEX "idx_é" ON orders (id);',
      output: 'COMMENT ON TABLE orders IS \'Bestellungen — 😀\';\nCREATE INDEX CONCURRENTLY "idx_é" ON orders (id);',
      history: ORDERS,
    },
  ],
  noFix: [
    {
      name: 'in a down script that runs in a transaction: no new migration (it would run forward)',
      tool: 'golang-migrate',
      direction: 'down',
      sql: 'CREATE INDEX orders_created_at_idx ON orders (created_at);\nALTER TABLE orders DROP COLUMN note;\n',
    },
    {
      name: 'in a goose Down section: no new migration',
      tool: 'goose',
      sql: '-- +goose Up\nDROP INDEX orders_note_idx;\n\n-- +goose Down\nCREATE INDEX orders_note_idx ON orders (note);\n',
    },
  ],
});
