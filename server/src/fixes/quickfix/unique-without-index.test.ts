import { fixTests } from '../../../../test/unit/fixTester';
import { uniqueWithoutIndex } from '../../rules/unique-without-index';

const HISTORY =
  'CREATE TABLE accounts (id bigint NOT NULL, email text, tenant int);\nINSERT INTO accounts VALUES (1, $$a$$, 1), (2, $$b$$, 1);';

const TAGS = "CREATE TABLE tags (name text, kind text NOT NULL);\nINSERT INTO tags VALUES ('x', 'a');";
const STEP_NOT_NULL = [
  "SET lock_timeout = '2s';",
  'ALTER TABLE tags VALIDATE CONSTRAINT tags_name_not_null;',
  'ALTER TABLE tags ALTER COLUMN name SET NOT NULL;',
  'ALTER TABLE tags DROP CONSTRAINT tags_name_not_null;',
  '',
].join('\n');

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
    {
      name: 'a primary key on a nullable column, in a transaction: NOT NULL through a check first; the down undoes exactly',
      tool: 'sqlx',
      sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE tags ADD PRIMARY KEY (name);\n",
      output:
        "SET LOCAL lock_timeout = '2s';\nALTER TABLE tags ADD CONSTRAINT tags_name_not_null CHECK (name IS NOT NULL) NOT VALID;\n",
      title:
        /^Set name NOT NULL through a check, then build a unique index concurrently, then ADD CONSTRAINT \.\.\. PRIMARY KEY USING INDEX \(in new migrations/,
      steps: [
        {
          up: [
            "SET lock_timeout = '2s';",
            'ALTER TABLE tags VALIDATE CONSTRAINT tags_name_not_null;',
            'ALTER TABLE tags ALTER COLUMN name SET NOT NULL;',
            'ALTER TABLE tags DROP CONSTRAINT tags_name_not_null;',
            '',
          ].join('\n'),
          down: [
            "SET lock_timeout = '2s';",
            'ALTER TABLE tags ADD CONSTRAINT tags_name_not_null CHECK (name IS NOT NULL) NOT VALID;',
            'ALTER TABLE tags ALTER COLUMN name DROP NOT NULL;',
            '',
          ].join('\n'),
          transactional: true,
        },
        { up: 'CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON tags (name);\n', transactional: false },
        {
          up: "SET lock_timeout = '2s';\nALTER TABLE tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;\n",
          transactional: true,
        },
      ],
      // DROP CONSTRAINT goes to the last new migration's down; DROP NOT NULL to the first one's.
      down: 'ALTER TABLE tags DROP CONSTRAINT tags_pkey;\nALTER TABLE tags ALTER COLUMN name DROP NOT NULL;\n',
      downOutput: 'ALTER TABLE tags DROP CONSTRAINT tags_name_not_null;\n',
      history: TAGS,
    },
    {
      name: 'a composite primary key, one column nullable, not in a transaction: all in place, in order',
      sql: "set lock_timeout = '2s';\nalter table tags add primary key (kind, name);\n",
      output: [
        "set lock_timeout = '2s';",
        'alter table tags add constraint tags_name_not_null check (name is not null) not valid;',
        'alter table tags validate constraint tags_name_not_null;',
        'alter table tags alter column name set not null;',
        'alter table tags drop constraint tags_name_not_null;',
        'create unique index concurrently tags_pkey on tags (kind, name);',
        'alter table tags add constraint tags_pkey primary key using index tags_pkey;',
        '',
      ].join('\n'),
      title: /^Set name NOT NULL through a check, then build/,
      down: 'ALTER TABLE tags DROP CONSTRAINT tags_pkey;\nALTER TABLE tags ALTER COLUMN name DROP NOT NULL;\n',
      history: TAGS,
    },
    {
      name: 'both undos in one down ALTER TABLE: one command goes, the other becomes DROP CONSTRAINT of the check',
      tool: 'sqlx',
      sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE tags ADD PRIMARY KEY (name);\n",
      output:
        "SET LOCAL lock_timeout = '2s';\nALTER TABLE tags ADD CONSTRAINT tags_name_not_null CHECK (name IS NOT NULL) NOT VALID;\n",
      steps: [
        { up: STEP_NOT_NULL, transactional: true },
        { up: 'CREATE UNIQUE INDEX CONCURRENTLY tags_pkey ON tags (name);\n', transactional: false },
        {
          up: "SET lock_timeout = '2s';\nALTER TABLE tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;\n",
          transactional: true,
        },
      ],
      down: 'ALTER TABLE tags DROP CONSTRAINT tags_pkey, ALTER COLUMN name DROP NOT NULL;\n',
      downOutput: 'ALTER TABLE tags DROP CONSTRAINT tags_name_not_null;\n',
      history: TAGS,
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
    {
      name: 'a primary key on a nullable column before PostgreSQL 12: no check can stand in for the scan',
      pgVersion: 11,
      sql: "SET lock_timeout = '2s';\nALTER TABLE tags ADD PRIMARY KEY (name);\n",
      history: TAGS,
    },
  ],
});
