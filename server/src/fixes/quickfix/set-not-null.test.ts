import { fixTests } from '../../../../test/unit/fixTester';
import { setNotNull } from '../../rules/set-not-null';

const HISTORY =
  'CREATE TABLE orders (id bigint, email text, note text);\nINSERT INTO orders VALUES (1, $$a@b$$, $$x$$);';
const STEP = [
  "SET lock_timeout = '2s';",
  'ALTER TABLE orders VALIDATE CONSTRAINT orders_email_not_null;',
  'ALTER TABLE orders ALTER COLUMN email SET NOT NULL;',
  'ALTER TABLE orders DROP CONSTRAINT orders_email_not_null;',
  '',
].join('\n');

fixTests(setNotNull, {
  fixes: [
    {
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN email SET NOT NULL;\n",
      output:
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n",
      steps: [
        {
          up: STEP,
          down: [
            "SET lock_timeout = '2s';",
            'ALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
            'ALTER TABLE orders ALTER COLUMN email DROP NOT NULL;',
            '',
          ].join('\n'),
          transactional: true,
        },
      ],
      history: HISTORY,
    },
    {
      name: 'one command of several, lower case, COLUMN omitted, a comment inside',
      sql: "set lock_timeout = '2s';\nalter table orders add column qty int, alter email /* now required */ set not null;",
      output:
        "set lock_timeout = '2s';\nalter table orders add column qty int, add constraint orders_email_not_null check (email is not null) not valid;",
      steps: [{ up: STEP, transactional: true }],
      history: HISTORY,
    },
    {
      name: 'a quoted column in a schema-qualified table',
      sql: 'ALTER TABLE billing."Orders" ALTER COLUMN "E-mail" SET NOT NULL;',
      output:
        'ALTER TABLE billing."Orders" ADD CONSTRAINT "Orders_E-mail_not_null" CHECK ("E-mail" IS NOT NULL) NOT VALID;',
      steps: [
        {
          up: [
            "SET lock_timeout = '2s';",
            'ALTER TABLE billing."Orders" VALIDATE CONSTRAINT "Orders_E-mail_not_null";',
            'ALTER TABLE billing."Orders" ALTER COLUMN "E-mail" SET NOT NULL;',
            'ALTER TABLE billing."Orders" DROP CONSTRAINT "Orders_E-mail_not_null";',
            '',
          ].join('\n'),
          transactional: true,
        },
      ],
      history:
        'CREATE SCHEMA billing;\nCREATE TABLE billing."Orders" ("E-mail" text);\nINSERT INTO billing."Orders" VALUES ($$a$$);',
    },
    {
      name: "golang-migrate: the down's DROP NOT NULL becomes DROP CONSTRAINT of the check this file now adds",
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ALTER COLUMN email SET NOT NULL;\n',
      output: 'ALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n',
      title: /^Add a NOT VALID check here; validate it and set NOT NULL in a new migration$/,
      down: 'ALTER TABLE orders ALTER COLUMN email DROP NOT NULL;\n',
      downOutput: 'ALTER TABLE orders DROP CONSTRAINT orders_email_not_null;\n',
      steps: [{ up: STEP, transactional: true }],
      history: HISTORY,
    },
    {
      name: 'one command of several in the down, lower case',
      tool: 'golang-migrate',
      sql: "set lock_timeout = '2s';\nalter table orders add column qty int, alter email set not null;",
      output:
        "set lock_timeout = '2s';\nalter table orders add column qty int, add constraint orders_email_not_null check (email is not null) not valid;",
      down: 'alter table orders alter column email drop not null, drop column qty;',
      downOutput: 'alter table orders drop constraint orders_email_not_null, drop column qty;',
      steps: [{ up: STEP, transactional: true }],
      history: HISTORY,
    },
    {
      name: 'goose: the Down section changes with it',
      tool: 'goose',
      sql: '-- +goose Up\nALTER TABLE orders ALTER COLUMN email SET NOT NULL;\n\n-- +goose Down\nALTER TABLE orders ALTER COLUMN email DROP NOT NULL;\n',
      output:
        '-- +goose Up\nALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n\n-- +goose Down\nALTER TABLE orders DROP CONSTRAINT orders_email_not_null;\n',
      steps: [{ up: STEP, transactional: true }],
      history: HISTORY,
    },
    {
      name: 'a down that drops the table takes the check with it',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ALTER COLUMN email SET NOT NULL;\n',
      output: 'ALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n',
      title: /^Add a NOT VALID check here; validate it and set NOT NULL in a new migration$/,
      down: 'DROP TABLE orders;\n',
      steps: [{ up: STEP, transactional: true }],
    },
    {
      name: 'a down with no DROP NOT NULL of the column: left as it is, and the title says so',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ALTER COLUMN email SET NOT NULL;\n',
      output: 'ALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n',
      title: /new migration \(the down script is left as it is: .*\)$/,
      down: 'ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;\n',
      steps: [{ up: STEP, transactional: true }],
    },
  ],
  noFix: [
    {
      name: 'in a down script: the fix would make a forward migration',
      tool: 'golang-migrate',
      direction: 'down',
      sql: 'ALTER TABLE orders ALTER COLUMN email SET NOT NULL;',
      history: HISTORY,
    },
    {
      name: 'with ADD PRIMARY KEY USING INDEX in the same ALTER: a NOT VALID check would not spare the key its scan',
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE orders ALTER COLUMN id SET NOT NULL, ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx;',
      ].join('\n'),
      history: `${HISTORY}\nCREATE UNIQUE INDEX orders_id_idx ON orders (id);`,
    },
    {
      name: 'before PostgreSQL 12 SET NOT NULL scans even with a valid check',
      sql: 'ALTER TABLE orders ALTER COLUMN email SET NOT NULL;',
      pgVersion: 11,
    },
  ],
});
