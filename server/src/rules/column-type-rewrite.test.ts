import { ruleTests } from '../../../test/unit/ruleTester';
import { columnTypeRewrite } from './column-type-rewrite';

const HISTORY = [
  'CREATE TABLE orders (id int PRIMARY KEY, ref varchar(50), note varchar, total numeric(10,2), ip cidr, placed timestamp(3), raw bytea, amount int, tags int[], labels varchar(50)[]);',
].join('\n');

ruleTests(columnTypeRewrite, {
  valid: [
    {
      name: 'the same collation, or a new one on a column no index covers',
      history:
        'CREATE TABLE room (id bigint PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, name varchar(10) COLLATE "C", note text);\nCREATE INDEX room_name_idx ON room (name);',
      sql: 'ALTER TABLE room ALTER COLUMN name TYPE varchar(30) COLLATE "C";\nALTER TABLE room ALTER COLUMN note TYPE text COLLATE "C";\nALTER TABLE room ALTER COLUMN code TYPE varchar(40);',
    },
    {
      name: 'varchar(50) → varchar(200)',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(200);',
      history: HISTORY,
    },
    {
      name: 'varchar(50) → varchar (unbounded)',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar;',
      history: HISTORY,
    },
    { name: 'varchar → text', sql: 'ALTER TABLE orders ALTER COLUMN note TYPE text;', history: HISTORY },
    {
      name: 'text → varchar without a length (binary-compatible, as dry-run shows)',
      sql: 'ALTER TABLE posts ALTER COLUMN title TYPE varchar;',
      history: 'CREATE TABLE posts (id int, title text);',
    },
    {
      name: 'a USING clause that only casts the column to the new type (Knex, MikroORM)',
      sql: [
        'alter table "orders" alter column "ref" type varchar(500) using ("ref"::varchar(500));',
        'alter table "orders" alter column "total" type numeric(12,2) using ("total"::numeric(12,2));',
        'alter table "orders" alter column "amount" type int using ("amount"::int);',
        'ALTER TABLE orders ALTER COLUMN note TYPE text USING note;',
      ].join('\n'),
      history: HISTORY,
    },
    {
      name: 'numeric(10,2) → numeric(12,2)',
      sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);',
      history: HISTORY,
    },
    { name: 'numeric(10,2) → numeric', sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric;', history: HISTORY },
    {
      name: 'int[] → int[][] is the same type',
      sql: 'ALTER TABLE orders ALTER COLUMN tags TYPE int[][];',
      history: HISTORY,
    },
    { name: 'cidr → inet', sql: 'ALTER TABLE orders ALTER COLUMN ip TYPE inet;', history: HISTORY },
    {
      name: 'timestamp(3) → timestamp(6)',
      sql: 'ALTER TABLE orders ALTER COLUMN placed TYPE timestamp(6);',
      history: HISTORY,
    },
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE drafts (id int);\nALTER TABLE drafts ALTER COLUMN id TYPE bigint;',
    },
  ],
  invalid: [
    {
      name: 'a new collation keeps the table but rebuilds the indexes on the column (Django db_collation)',
      history:
        'CREATE TABLE room (id bigint PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, name varchar(10) COLLATE "C", note text);\nCREATE INDEX room_name_idx ON room (name);',
      sql: 'ALTER TABLE room ALTER COLUMN code TYPE varchar(10) COLLATE "C";\nALTER TABLE room ALTER COLUMN name TYPE varchar(20);',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /from the default to "C": room is not rewritten, but room_code_key is rebuilt/,
        },
        { line: 2, column: 1, message: /from "C" to the default: room is not rewritten, but room_name_idx is rebuilt/ },
      ],
    },
    {
      name: 'a USING clause that computes something rewrites, even to a compatible type',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(500) USING lower(ref);\nALTER TABLE orders ALTER COLUMN amount TYPE bigint USING amount::bigint;',
      history: HISTORY,
      errors: [
        { line: 1, column: 1, message: /varchar\(50\) → varchar\(500\) USING \.\.\. rewrites/ },
        { line: 2, column: 1, message: /int4 → int8 rewrites/ },
      ],
    },
    {
      name: 'text → varchar(n) checks every value: it rewrites',
      sql: 'ALTER TABLE posts ALTER COLUMN title TYPE varchar(80);',
      history: 'CREATE TABLE posts (id int, title text);',
      errors: [{ line: 1, column: 1, message: /text → varchar\(80\) rewrites/ }],
    },
    {
      name: 'int → bigint rewrites',
      sql: 'ALTER TABLE orders ALTER COLUMN amount TYPE bigint;',
      history: HISTORY,
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /int4 → int8 rewrites orders and rebuilds its indexes/,
        },
      ],
    },
    {
      name: 'varchar(50) → varchar(20) shrinks (every value is checked and rewritten)',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(20);',
      history: HISTORY,
      errors: [{ line: 1, column: 1, message: /varchar\(50\) → varchar\(20\)/ }],
    },
    {
      name: 'arrays: varchar(50)[] → varchar(200)[] rewrites every element',
      sql: 'ALTER TABLE orders ALTER COLUMN labels TYPE varchar(200)[];',
      history: HISTORY,
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'numeric scale change',
      sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,4);',
      history: HISTORY,
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'USING forces a rewrite',
      sql: 'ALTER TABLE orders ALTER COLUMN note TYPE text USING trim(note);',
      history: HISTORY,
      errors: [{ line: 1, column: 1, message: /USING/ }],
    },
    {
      name: 'unknown current type: a warning that it may rewrite',
      sql: 'ALTER TABLE invoices ALTER COLUMN ref TYPE varchar(200);',
      errors: [{ line: 1, column: 1, severity: 'warning', message: /may rewrite invoices .* unknown/ }],
    },
    {
      name: 'the type a column has after earlier statements in this file counts',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(200);\nALTER TABLE orders ALTER COLUMN ref TYPE varchar(100);',
      history: HISTORY,
      errors: [{ line: 2, column: 1, message: /varchar\(200\) → varchar\(100\)/ }],
    },
  ],
});
