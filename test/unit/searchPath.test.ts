// Unqualified names under `SET search_path`: created in the path's first schema, found in the first that has them,
// in the file and in the migrations before it.
import * as assert from 'assert';
import { loadParser } from '../../server/src/syntax/parse';
import { lintSql } from './ruleTester';

const found = (sql: string, history: string): string[] => lintSql(sql, { history }).map((f) => `${f.rule}:${f.line}`);

describe('search_path', () => {
  before(loadParser);

  it('finds a table of an earlier migration in the first schema of the path that has it', () => {
    const history = [
      'CREATE SCHEMA billing;',
      'CREATE TABLE billing.invoices (id bigint PRIMARY KEY, account_id bigint, amount numeric(10,2));',
      'CREATE INDEX billing_invoices_account_id_idx ON billing.invoices (account_id);',
      'CREATE TABLE public.invoices (id bigint PRIMARY KEY, account_id bigint, amount integer);',
      'CREATE TABLE accounts (id bigint PRIMARY KEY);',
    ].join('\n');
    const sql = [
      "SET lock_timeout = '2s';",
      'SET search_path = billing, public;',
      // numeric(10,2) → numeric(12,2) rewrites nothing; the index covers the foreign key.
      'ALTER TABLE invoices ALTER COLUMN amount TYPE numeric(12,2);',
      'ALTER TABLE invoices ADD CONSTRAINT invoices_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id) NOT VALID;',
    ].join('\n');
    assert.deepStrictEqual(found(sql, history), []);
    // Without the path, the same statements are about public.invoices.
    assert.deepStrictEqual(found(sql.replace('SET search_path = billing, public;', 'SELECT 1;'), history), [
      'column-type-rewrite:3',
      'foreign-key-without-index:4',
    ]);
  });

  it('creates an unqualified table in the first schema, so the earlier table of another schema is not new', () => {
    const history = 'CREATE SCHEMA ops;\nCREATE TABLE ops.jobs (id bigint PRIMARY KEY, name text);';
    const sql = [
      "SET lock_timeout = '2s';",
      'CREATE TABLE public.jobs (id bigint PRIMARY KEY, name text);',
      'SET search_path = ops, public;',
      'CREATE INDEX jobs_name_idx ON jobs (name);',
      "ALTER TABLE jobs ADD CONSTRAINT jobs_name_chk CHECK (name <> '');",
    ].join('\n');
    assert.deepStrictEqual(found(sql, history), ['require-concurrent-index:4', 'constraint-without-not-valid:5']);
  });

  it('replays an earlier migration’s unqualified names into the schema its path names', () => {
    const history =
      'CREATE SCHEMA billing;\nSET search_path = billing;\nCREATE TABLE invoices (id bigint PRIMARY KEY, ref varchar(20), amount integer);';
    const sql = [
      "SET lock_timeout = '2s';",
      'ALTER TABLE billing.invoices ALTER COLUMN ref TYPE varchar(40);',
      'ALTER TABLE billing.invoices ALTER COLUMN amount TYPE bigint;',
    ].join('\n');
    const findings = lintSql(sql, { history }).filter((f) => f.rule === 'column-type-rewrite');
    assert.deepStrictEqual(
      findings.map((f) => [f.line, f.severity]),
      [[3, 'error']],
    );
  });

  it('finds a table this migration created in a schema of the path, and drops its index by the short name', () => {
    const sql = [
      'CREATE SCHEMA app;',
      'SET search_path = app, public;',
      'CREATE TABLE drafts (id bigint PRIMARY KEY, title text);',
      'CREATE INDEX drafts_title_idx ON drafts (title);',
      'DROP INDEX drafts_title_idx;',
      'ALTER TABLE drafts ALTER COLUMN title SET NOT NULL;',
    ].join('\n');
    assert.deepStrictEqual(found(sql, 'CREATE TABLE drafts (id bigint PRIMARY KEY, title text);'), []);
  });
  it('keeps SET LOCAL search_path to its transaction, and ignores it outside one as PostgreSQL does', () => {
    const setup =
      "SET lock_timeout = '2s';\nCREATE SCHEMA billing;\nCREATE TABLE billing.orders (id bigint, code varchar(20));";
    const narrow = 'ALTER TABLE orders ALTER COLUMN code TYPE varchar(10);';
    const history = 'CREATE TABLE orders (id bigint, code varchar(20));';
    // Inside the transaction the new billing.orders is meant; after COMMIT, the old public.orders.
    const inside = `${setup}\nBEGIN;\nSET LOCAL search_path = billing;\n${narrow}\nCOMMIT;\n${narrow}`;
    assert.deepStrictEqual(found(inside, history), ['column-type-rewrite:8']);
    const outside = `${setup}\nSET LOCAL search_path = billing;\n${narrow}`;
    assert.deepStrictEqual(found(outside, history), ['column-type-rewrite:5']);
  });

  it("follows set_config('search_path', ...), the form pg_dump writes", () => {
    const sql = [
      "SET lock_timeout = '2s';",
      'CREATE SCHEMA billing;',
      'CREATE TABLE billing.orders (id bigint, code varchar(20));',
      "SELECT pg_catalog.set_config('search_path', 'billing', false);",
      'ALTER TABLE orders ALTER COLUMN code TYPE varchar(10);',
    ].join('\n');
    assert.deepStrictEqual(found(sql, 'CREATE TABLE orders (id bigint, code varchar(20));'), []);
  });
});
