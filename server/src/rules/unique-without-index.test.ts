import { ruleTests } from '../../../test/unit/ruleTester';
import { uniqueWithoutIndex } from './unique-without-index';

ruleTests(uniqueWithoutIndex, {
  valid: [
    'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_idx;',
    'ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx;',
    'ALTER TABLE accounts ADD COLUMN nickname text;',
    'CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);',
    {
      name: 'a table created earlier in the same migration',
      sql: 'CREATE TABLE refunds (id bigint, code text);\nALTER TABLE refunds ADD PRIMARY KEY (id), ADD CONSTRAINT refunds_code_key UNIQUE (code);\nALTER TABLE refunds ADD COLUMN ref text UNIQUE;',
    },
    {
      name: 'the two-step recipe in a goose file without a transaction',
      tool: 'goose',
      sql: [
        '-- +goose NO TRANSACTION',
        '-- +goose Up',
        'CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);',
        'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_idx;',
        '-- +goose Down',
        'ALTER TABLE accounts DROP CONSTRAINT accounts_email_key;',
      ].join('\n'),
    },
    'CREATE TABLE t (id bigint PRIMARY KEY, email text UNIQUE);',
    {
      name: 'ONLY a partitioned parent: its index is created invalid, instantly, and validated by attaching (pg_dump)',
      history:
        "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
      sql: 'ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);\nALTER INDEX events_pkey ATTACH PARTITION events_2026_pkey;',
    },
  ],
  invalid: [
    {
      name: 'ALTER TABLE IF EXISTS of a table the history references but never made (DHIS2: Hibernate made it)',
      tool: 'flyway',
      history: [
        'create table if not exists programtempowner (programtempownerid bigint not null, programid bigint);',
        'alter table programtempowner add constraint fk_programid foreign key (programid) references program(programid);',
      ].join('\n'),
      sql: 'alter table if exists programrule add constraint unique_name unique (name);',
      errors: [{ line: 1, column: 1, message: /builds a unique index on programrule/ }],
    },
    {
      name: 'a partitioned parent without ONLY builds the index on every partition',
      history:
        "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
      sql: 'ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);',
      errors: [{ line: 1, column: 1, message: /builds a unique index on events/ }],
    },
    {
      name: 'ONLY on a table the history shows is not partitioned builds the index there and then',
      history: 'CREATE TABLE accounts (id bigint NOT NULL, email text);',
      sql: 'ALTER TABLE ONLY accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);',
      errors: [{ line: 1, column: 1, message: /builds a unique index on accounts/ }],
    },
    {
      sql: 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 70,
          lock: 'AccessExclusiveLock',
          message:
            /^ADD CONSTRAINT accounts_email_key UNIQUE \(email\) builds a unique index on accounts under an AccessExclusiveLock: reads and writes wait/,
        },
      ],
    },
    {
      sql: 'ALTER TABLE billing.invoices ADD PRIMARY KEY (id);',
      errors: [
        {
          line: 1,
          column: 1,
          message: /^ADD CONSTRAINT PRIMARY KEY \(id\) builds a unique index on billing\.invoices/,
        },
      ],
    },
    {
      name: 'ADD COLUMN ... UNIQUE reads every row even though the column is NULL everywhere',
      sql: 'ALTER TABLE accounts ADD COLUMN external_id uuid UNIQUE;',
      errors: [
        {
          line: 1,
          column: 1,
          message: /^ADD COLUMN external_id \.\.\. UNIQUE builds a unique index on accounts .*reading every row/,
        },
      ],
    },
    {
      name: 'one finding per index a multi-command ALTER TABLE builds; USING INDEX is fine',
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE accounts',
        '  ADD CONSTRAINT accounts_email_key UNIQUE (email),',
        '  ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_idx,',
        '  ADD COLUMN code bigint PRIMARY KEY,',
        '  ADD CONSTRAINT accounts_handle_key UNIQUE NULLS NOT DISTINCT (handle);',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, endLine: 6, endColumn: 72, message: /accounts_email_key UNIQUE/ },
        { line: 2, column: 1, message: /ADD COLUMN code \.\.\. PRIMARY KEY/ },
        { line: 2, column: 1, message: /accounts_handle_key UNIQUE \(handle\)/ },
      ],
    },
    {
      name: 'goose wrapped, with a table created in the up section next to a pre-existing one',
      tool: 'goose',
      sql: '-- +goose Up\nCREATE TABLE tags (id bigint);\nALTER TABLE tags ADD PRIMARY KEY (id);\nALTER TABLE accounts ADD UNIQUE (email);\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 4, column: 1, message: /^ADD CONSTRAINT UNIQUE \(email\) builds a unique index on accounts/ }],
    },
  ],
});
