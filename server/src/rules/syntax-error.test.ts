import { ruleTests } from '../../../test/unit/ruleTester';
import { syntaxError } from './syntax-error';

const DUMP = [
  '--',
  '-- PostgreSQL database dump',
  '--',
  '',
  '\\restrict g8iFukEAk94z9lJjue304D2JdYNFLGixi2CjUApR3TlrwzBw0KA1pLpjeoHPu4v',
  '',
  'SET statement_timeout = 0;',
  'CREATE TABLE public.accounts (id bigint NOT NULL);',
  '',
  '\\unrestrict g8iFukEAk94z9lJjue304D2JdYNFLGixi2CjUApR3TlrwzBw0KA1pLpjeoHPu4v',
].join('\n');

/** pg_dump's data section: rows after `COPY ... FROM stdin;`, up to `\\.`. */
const COPY_DUMP = [
  'CREATE TABLE public.plans (id integer NOT NULL, name text NOT NULL);',
  'COPY public.plans (id, name) FROM stdin;',
  '1\tfree',
  '2\tpro',
  '\\.',
  '',
  'ALTER TABLE ONLY public.plans ADD CONSTRAINT plans_pkey PRIMARY KEY (id);',
].join('\n');

ruleTests(syntaxError, {
  valid: [
    {
      name: 'a Liquibase changeset for another database is not run on PostgreSQL, so not parsed as its SQL',
      tool: 'liquibase',
      sql: '--liquibase formatted sql\n--changeset a:1 dbms:oracle\nALTER TABLE orders MODIFY (note VARCHAR2(200));\n--rollback SELECT 1 FROM dual;',
    },
    "SELECT E'it\\'s; fine';",
    'SELECT $tag$ a ; b $tag$;',
    'CREATE TABLE "weird;name" ("col""x" int);',
    '/* outer /* nested ; */ still comment */ SELECT 1;',
    '-- only a comment\n/* and another */',
    '',
    {
      name: 'Flyway and Liquibase replace ${placeholders} before PostgreSQL sees the file',
      sql: "CREATE TABLE ${flyway:defaultSchema}.audit (id bigint, note text DEFAULT '${env}');\nGRANT SELECT ON ${flyway:defaultSchema}.audit TO ${readerRole};",
      tool: 'flyway',
    },
    {
      name: 'Flyway placeholders inside quotes: the quotes are the name’s',
      sql: 'CREATE TABLE "${flyway:defaultSchema}".t2 (id int);\nCREATE TABLE "${schema}"."t3" (note text DEFAULT \'it\'\'s ${env}\');',
      tool: 'flyway',
    },
    {
      name: 'Liquibase changelog properties too',
      sql: '--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE ${schema}.audit (id bigint);',
      tool: 'liquibase',
    },
    {
      name: 'a plain folder and sqitch run files with psql, which runs its meta-commands (pg_dump’s \\restrict too)',
      sql: DUMP,
    },
    { name: 'sqitch', tool: 'sqitch', sql: DUMP },
    {
      name: 'COPY ... FROM stdin data: psql (a plain folder) and Flyway read it themselves',
      sql: COPY_DUMP,
    },
    { name: 'Flyway streams COPY data itself', tool: 'flyway', sql: COPY_DUMP },
    {
      name: 'a Liquibase changeset with runWith:psql, and a plain SQL file whose changeset (in XML) is not seen',
      tool: 'liquibase',
      sql: '--liquibase formatted sql\n--changeset a:1 runWith:psql\n\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);',
    },
    { tool: 'liquibase', sql: '\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);' },
    {
      name: 'PostgreSQL 18 grammar with pgVersion 18: virtual generated columns, NOT ENFORCED, NOT NULL constraints',
      pgVersion: 18,
      sql: [
        'ALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100);',
        'ALTER TABLE orders ADD COLUMN total_with_tax numeric GENERATED ALWAYS AS (total * 1.2) VIRTUAL;',
        'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT ENFORCED;',
        'ALTER TABLE orders ADD CONSTRAINT orders_note_nn NOT NULL note NOT VALID;',
        'CREATE TABLE bookings (room int4range, during daterange, PRIMARY KEY (room, during WITHOUT OVERLAPS));',
        'ANALYZE ONLY orders;',
      ].join('\n'),
    },
    {
      name: 'PostgreSQL 17 grammar with pgVersion 17, 16 grammar with 16',
      pgVersion: 17,
      sql: 'ALTER TABLE orders ALTER COLUMN doubled SET EXPRESSION AS (id * 4);\nMERGE INTO orders o USING customers c ON o.customer_id = c.id WHEN NOT MATCHED BY SOURCE THEN DELETE;',
    },
    {
      pgVersion: 16,
      sql: 'ALTER TABLE customers ADD CONSTRAINT customers_profile_json CHECK (profile IS JSON OBJECT);',
    },
    {
      name: 'what PostgreSQL 15 accepts: STORED, NOT VALID, and names that are keywords only in newer grammar',
      sql: [
        'ALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100) STORED;',
        'CREATE TABLE enforced (period int, virtual int, json text, CHECK (period > 0) NOT VALID);',
        "ALTER TABLE orders ADD CONSTRAINT orders_note_check CHECK (note <> 'is json') NOT VALID;",
        'GRANT reader TO app WITH ADMIN OPTION;',
      ].join('\n'),
    },
    {
      name: 'sqitch runs scripts through psql, which interpolates its variables',
      tool: 'sqitch',
      sql: '\\set ON_ERROR_STOP on\nALTER TABLE :"schema".orders ADD COLUMN gift_note text DEFAULT :\'note\';\nSELECT x::int FROM :tbl LIMIT :n;',
    },
  ],
  invalid: [
    {
      name: 'COPY ... FROM stdin data in a file a tool sends to the server as SQL (PostgreSQL 15: syntax error at the first value)',
      tool: 'golang-migrate',
      sql: COPY_DUMP,
      errors: [
        {
          line: 3,
          column: 1,
          endColumn: 2,
          message:
            /^COPY \.\.\. FROM stdin data \(pg_dump writes it for psql\): golang-migrate sends the lines to the server as SQL, which cannot run them/,
        },
      ],
    },
    {
      name: 'a tool that sends the file to the server: pg_dump’s \\restrict and \\unrestrict are syntax errors there',
      tool: 'golang-migrate',
      sql: DUMP,
      errors: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 10,
          message:
            /^\\restrict is a psql meta-command \(pg_dump writes it for psql\): golang-migrate sends the SQL to the server, which cannot run it \(syntax error at or near "\\"\); remove the line$/,
        },
        { line: 10, column: 1, endColumn: 12, message: /^\\unrestrict is a psql meta-command/ },
      ],
    },
    {
      name: 'dbmate, in its up and down sections; every statement is still analysed',
      tool: 'dbmate',
      sql: '-- migrate:up\n\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);\nSELEC 1;\n-- migrate:down\n\\echo dropping\nDROP TABLE t;',
      errors: [
        { line: 2, column: 1, endColumn: 5, message: /^\\set is a psql meta-command: dbmate sends the SQL/ },
        { line: 4, column: 1, message: /at or near "SELEC"/ },
        { line: 6, column: 1, endColumn: 6, message: /^\\echo is a psql meta-command/ },
      ],
    },
    {
      name: 'Flyway, goose, Liquibase (a changeset without runWith:psql), after a statement on its line too',
      tool: 'flyway',
      sql: 'SELECT 1; \\gset\n\\i other.sql',
      errors: [
        { line: 1, column: 11, endColumn: 16, message: /^\\gset is a psql meta-command: Flyway sends/ },
        { line: 2, column: 1, endColumn: 3, message: /^\\i is a psql meta-command/ },
      ],
    },
    {
      tool: 'goose',
      sql: '-- +goose Up\n\\connect other\nCREATE TABLE t (id int);',
      errors: [{ line: 2, column: 1, message: /^\\connect is a psql meta-command: goose sends/ }],
    },
    {
      tool: 'liquibase',
      sql: '--liquibase formatted sql\n--changeset a:1 runWith:psql\nCREATE TABLE t (id int);\n--changeset a:2\n\\set ON_ERROR_STOP on\nCREATE TABLE u (id int);',
      errors: [{ line: 5, column: 1, message: /^\\set is a psql meta-command: Liquibase sends/ }],
    },
    {
      name: 'other tools send psql variables to PostgreSQL as written',
      sql: 'ALTER TABLE :"schema".orders ADD COLUMN gift_note text;',
      errors: [{ line: 1, column: 13 }],
    },
    {
      name: 'an unterminated string after an earlier error in its statement is reported too: it hides the rest',
      sql: "ALTER TABLE orders MODIFY COLUMN note varchar(200) DEFAULT 'n/a;\nCREATE INDEX orders_note_idx ON orders (note);",
      errors: [
        { line: 1, column: 20, message: /at or near "MODIFY"/ },
        { line: 1, column: 60, message: /unterminated quoted string: the rest of the file is inside it/ },
      ],
    },
    {
      name: 'a no-break space before a statement is no whitespace to PostgreSQL',
      sql: 'SELECT 1;\n\u00a0ALTER TABLE orders ADD COLUMN note text;',
      errors: [{ line: 2, column: 1, message: /syntax error at or near/ }],
    },
    {
      name: 'an error without "at or near" is placed at the parser’s cursor',
      sql: "UPDATE orders\n   SET label = U&'bad \\00e'\n WHERE status = 'paid';",
      errors: [{ line: 2, column: 23, message: /invalid Unicode escape/ }], // at the backslash,
    },
    {
      name: 'other tools send ${...} as written: PostgreSQL rejects it',
      sql: 'CREATE TABLE ${schema}.audit (id bigint);',
      tool: 'golang-migrate',
      errors: [{ line: 1, column: 14, message: /syntax error at or near "\$"/ }],
    },
    {
      name: 'the range covers the offending token',
      sql: 'CREATE INDEX ON orders (a,,b);',
      errors: [{ line: 1, column: 27, endLine: 1, endColumn: 28, message: /syntax error at or near ","/ }], // the second comma
    },
    {
      name: 'a broken statement does not stop the others from being analysed',
      sql: 'SELECT 1;\nCREAT TABLE x (id int);\nSELEC 2;',
      errors: [
        { line: 2, column: 1, endColumn: 6 },
        { line: 3, column: 1, endColumn: 6 },
      ],
    },
    {
      name: 'end of input points at the last token',
      sql: 'SELECT 1;\nCREATE TABLE t (a int',
      errors: [{ line: 2, column: 19, endColumn: 22, message: /end of input/ }],
    },
    {
      name: 'the last token ends at a parenthesis or comma, not at the space before it',
      sql: 'SELECT * FROM orders(status',
      errors: [{ line: 1, column: 22, endColumn: 28, message: /end of input/ }],
    },
    {
      name: 'a statement cut short before its `;` is reported at the `;`, as PostgreSQL reports it',
      sql: 'CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN ;\nSELECT 1;',
      errors: [{ line: 2, column: 26, endColumn: 27, message: /^syntax error at or near ";"$/ }],
    },
    {
      name: 'comments between the last token and the `;` are skipped',
      sql: 'ALTER TABLE t ADD COLUMN -- the name is missing\n  /* and the type */ ;',
      errors: [{ line: 2, column: 22, endColumn: 23, message: /at or near ";"/ }],
    },
    {
      name: 'an unterminated dollar quote',
      sql: 'SELECT 1;\nSELECT $$never closed;\nSELECT 2;',
      errors: [{ line: 2, column: 8, message: /unterminated dollar-quoted string/ }],
    },
    {
      name: 'an unterminated comment outside any statement',
      sql: 'SELECT 1;\n/* forgot to close\nSELECT 2;',
      errors: [{ line: 2, column: 1, endColumn: 3, message: /unterminated \/\* comment/ }],
    },
    {
      name: 'a NUL byte',
      sql: 'SELECT 1;\nSELECT \u0000;',
      errors: [{ line: 2, column: 8, endColumn: 9, message: /NUL/ }],
    },
    {
      name: 'a generated column without STORED before PostgreSQL 18: the error PostgreSQL 15 reports, and what to do',
      sql: 'CREATE TABLE orders (id bigint, total numeric);\nALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100);',
      errors: [
        {
          line: 2,
          column: 84,
          endColumn: 85,
          message:
            /^syntax error at or near ";": a generated column without STORED is virtual, new in PostgreSQL 18 \(pgVersion is 15\): add STORED after the expression \(if the database runs PostgreSQL 18 or later, set pgVersion \(--pg-version\) to its version\)$/,
        },
      ],
    },
    {
      name: 'VIRTUAL before PostgreSQL 18 (pgVersion 17)',
      pgVersion: 17,
      sql: 'ALTER TABLE orders ADD COLUMN total_with_tax numeric GENERATED ALWAYS AS (total * 1.2) VIRTUAL;',
      errors: [
        {
          line: 1,
          column: 88,
          endColumn: 95,
          message:
            /^syntax error at or near "VIRTUAL": VIRTUAL generated columns are new in PostgreSQL 18 \(pgVersion is 17\): write STORED/,
        },
      ],
    },
    {
      name: 'the end of the file without a `;`: PostgreSQL says "at end of input"',
      sql: 'ALTER TABLE totals ADD COLUMN doubled int GENERATED ALWAYS AS (a * 2)',
      errors: [{ line: 1, column: 69, endColumn: 70, message: /^syntax error at end of input: a generated column/ }],
    },
    {
      name: 'the first token an older parser stops at, among several newer ones (pgVersion 15, then 16)',
      sql: 'CREATE TABLE docs (body text CHECK (body IS JSON), size int GENERATED ALWAYS AS (length(body)) VIRTUAL);',
      errors: [
        {
          line: 1,
          column: 45,
          endColumn: 49,
          message: /^syntax error at or near "JSON": the IS JSON predicate is new in PostgreSQL 16 \(pgVersion is 15\)/,
        },
      ],
    },
    {
      pgVersion: 16,
      sql: 'CREATE TABLE docs (body text CHECK (body IS JSON), size int GENERATED ALWAYS AS (length(body)) VIRTUAL);',
      errors: [{ line: 1, column: 96, message: /^syntax error at or near "VIRTUAL"/ }],
    },
    {
      name: 'PostgreSQL 17 grammar with pgVersion 16',
      pgVersion: 16,
      sql: 'ALTER TABLE orders ALTER COLUMN doubled SET EXPRESSION AS (id * 4);',
      errors: [
        {
          line: 1,
          column: 45,
          endColumn: 55,
          message:
            /^syntax error at or near "EXPRESSION": ALTER COLUMN \.\.\. SET EXPRESSION is new in PostgreSQL 17 \(pgVersion is 16\): drop the generated column and add it again/,
        },
      ],
    },
    {
      name: 'a statement of a DO block: PL/pgSQL parses it when the block is compiled',
      sql: 'DO $$\nBEGIN\n  ALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100) VIRTUAL;\nEND $$;',
      errors: [{ line: 3, column: 87, endColumn: 94, message: /^syntax error at or near "VIRTUAL"/ }],
    },
    {
      name: 'columns count UTF-16 code units',
      sql: "SELECT '😀é' FRM x;",
      errors: [{ line: 1, column: 18, endColumn: 19 }],
    },
  ],
});
