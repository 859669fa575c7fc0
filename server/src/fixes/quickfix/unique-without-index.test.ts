import { fixTests } from '../../../../test/unit/fixTester';
import { uniqueWithoutIndex } from '../../rules/unique-without-index';

const HISTORY =
  'CREATE TABLE accounts (id bigint NOT NULL, email text, tenant int);\nINSERT INTO accounts VALUES (1, $$a$$, 1), (2, $$b$$, 1);';

fixTests(uniqueWithoutIndex, {
  fixes: [
    {
      name: 'not in a transaction: the index is built right before, in the same file',
      sql: "SET lock_timeout = '2s';\nALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);\n",
      output:
        "SET lock_timeout = '2s';\nCREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON accounts (email);\nALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;\n",
      history: HISTORY,
    },
    {
      name: 'an unnamed primary key, lower case, indented',
      sql: "set lock_timeout = '2s';\n  alter table public.accounts add primary key (id);",
      output:
        "set lock_timeout = '2s';\n  create unique index concurrently accounts_pkey on public.accounts (id);\n  alter table public.accounts add constraint accounts_pkey primary key using index accounts_pkey;",
      history: HISTORY,
    },
    {
      name: 'in a tool transaction (sqlx): both steps go to new migrations, in order; the other command stays',
      tool: 'sqlx',
      sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE accounts ADD COLUMN plan text, ADD UNIQUE (tenant, email);\n",
      output: "SET LOCAL lock_timeout = '2s';\nALTER TABLE accounts ADD COLUMN plan text;\n",
      steps: [
        {
          up: 'CREATE UNIQUE INDEX CONCURRENTLY accounts_tenant_email_key ON accounts (tenant, email);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS accounts_tenant_email_key;\n',
          transactional: false,
        },
        {
          up: "SET lock_timeout = '2s';\nALTER TABLE accounts ADD CONSTRAINT accounts_tenant_email_key UNIQUE USING INDEX accounts_tenant_email_key;\n",
          down: [
            "SET lock_timeout = '2s';",
            '-- sluice-ignore require-concurrent-index: rollback only; dropping the constraint drops its index, and the migration before this one expects that index',
            'CREATE UNIQUE INDEX accounts_tenant_email_key_rollback ON accounts (tenant, email);',
            'ALTER TABLE accounts DROP CONSTRAINT accounts_tenant_email_key;',
            'ALTER INDEX accounts_tenant_email_key_rollback RENAME TO accounts_tenant_email_key;',
            '',
          ].join('\n'),
          transactional: true,
        },
      ],
      // The down's DROP CONSTRAINT goes; dropping the column stays.
      down: 'ALTER TABLE accounts DROP CONSTRAINT accounts_tenant_email_key, DROP COLUMN plan;\n',
      downOutput: 'ALTER TABLE accounts DROP COLUMN plan;\n',
      history: HISTORY,
    },
    {
      name: 'in a tool transaction, the constraint alone: the statement leaves the file',
      tool: 'goose',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE accounts ADD CONSTRAINT u UNIQUE (email);\n-- +goose Down\nALTER TABLE accounts DROP CONSTRAINT u;\n",
      output: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\n-- +goose Down\n",
      steps: [
        { up: 'CREATE UNIQUE INDEX CONCURRENTLY u ON accounts (email);\n', transactional: false },
        {
          up: "SET lock_timeout = '2s';\nALTER TABLE accounts ADD CONSTRAINT u UNIQUE USING INDEX u;\n",
          transactional: true,
        },
      ],
      history: HISTORY,
    },
    {
      name: 'a schema-qualified table; the down drops the constraint with CASCADE: left as it is, the title says so',
      tool: 'golang-migrate',
      sql: "SET lock_timeout = '2s';\nALTER TABLE public.accounts ADD CONSTRAINT u UNIQUE (email);\n",
      output: "SET lock_timeout = '2s';\n",
      title: /in new migrations: this one runs in a transaction\) \(the down script is left as it is/,
      down: 'ALTER TABLE accounts DROP CONSTRAINT u CASCADE;\n',
      steps: [
        { up: 'CREATE UNIQUE INDEX CONCURRENTLY u ON public.accounts (email);\n', transactional: false },
        {
          up: "SET lock_timeout = '2s';\nALTER TABLE public.accounts ADD CONSTRAINT u UNIQUE USING INDEX u;\n",
          transactional: true,
        },
      ],
    },
  ],
  noFix: [
    {
      name: 'in a down file in a transaction: no new migrations',
      tool: 'golang-migrate',
      direction: 'down',
      sql: "SET lock_timeout = '2s';\nALTER TABLE accounts ADD CONSTRAINT u UNIQUE (email);\n",
    },
    { name: 'INCLUDE columns', sql: 'ALTER TABLE accounts ADD CONSTRAINT u UNIQUE (email) INCLUDE (tenant);' },
    { name: 'inline in ADD COLUMN', sql: 'ALTER TABLE accounts ADD COLUMN code text UNIQUE;' },
  ],
});
