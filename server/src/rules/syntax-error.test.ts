import { ruleTests } from '../../../test/unit/ruleTester';
import { syntaxError } from './syntax-error';

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
      name: 'sqitch runs scripts through psql, which interpolates its variables',
      tool: 'sqitch',
      sql: '\\set ON_ERROR_STOP on\nALTER TABLE :"schema".orders ADD COLUMN gift_note text DEFAULT :\'note\';\nSELECT x::int FROM :tbl LIMIT :n;',
    },
  ],
  invalid: [
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
      name: 'columns count UTF-16 code units',
      sql: "SELECT '😀é' FRM x;",
      errors: [{ line: 1, column: 18, endColumn: 19 }],
    },
  ],
});
