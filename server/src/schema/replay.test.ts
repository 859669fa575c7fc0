import * as assert from 'assert';
import { replayed as run } from '../../../test/support/replayed';
import { replayMigration } from '../analysis';
import { loadParser, parseStatement } from '../syntax/parse';
import { splitStatements } from '../syntax/split';
import { EMPTY_SCHEMA, SchemaModel } from './model';
import { Store } from '../walk/tracked';
import { procedureEndsTransactions, SchemaBuilder, writtenByPgDump } from './replay';

describe('schema replay', () => {
  before(() => loadParser());

  it('remembers which procedures end transactions, per overload, until dropped, renamed or moved', () => {
    const proc = (signature: string, body: string, replace = false): string =>
      `CREATE ${replace ? 'OR REPLACE ' : ''}PROCEDURE ${signature} LANGUAGE plpgsql AS $$ BEGIN ${body} END $$;`;
    const commits = (model: SchemaModel, name: string): boolean =>
      procedureEndsTransactions(
        model,
        name.split('.').map((sval) => ({ String: { sval } })),
      );
    let model = run(
      [
        proc('purge(batch int, INOUT done bool DEFAULT false)', 'batch := batch + 1; COMMIT; done := true;'),
        proc('app.touch()', 'UPDATE t SET a = 1;'),
        proc('undo()', 'ROLLBACK;'),
        'CREATE PROCEDURE plain_sql() LANGUAGE sql AS $$ SELECT 1 $$;',
        'CREATE PROCEDURE semi(n int) LANGUAGE plpgsql AS $$ BEGIN n := 1; COMMIT; END; $$;',
      ].join('\n'),
    );
    assert.strictEqual(commits(model, 'purge'), true, 'its parameters are variables of the body');
    assert.strictEqual(commits(model, 'public.undo'), true);
    assert.strictEqual(commits(model, 'semi'), true, 'a body ending with `END;`');
    assert.strictEqual(commits(model, 'app.touch'), false);
    assert.strictEqual(commits(model, 'plain_sql'), false);
    assert.strictEqual(commits(model, 'unknown'), false);
    // an overload that does not commit: which one a CALL runs is not followed
    const overloaded = run(proc('purge(days text)', 'NULL;'), model);
    assert.strictEqual(commits(overloaded, 'purge'), false);
    // dropping it (named by its argument types) leaves the one that commits
    assert.strictEqual(commits(run('DROP PROCEDURE purge(text);', overloaded), 'purge'), true);
    // a DROP naming fewer types than the overload has matches none: all of them become unknown
    assert.strictEqual(commits(run('DROP PROCEDURE purge(int);', model), 'purge'), false);
    // OR REPLACE of the same signature
    model = run(proc('undo()', 'NULL;', true), model);
    assert.strictEqual(commits(model, 'undo'), false);
    model = run(proc('undo()', 'COMMIT;', true), model);
    assert.strictEqual(commits(model, 'undo'), true);
    assert.strictEqual(commits(run('DROP ROUTINE undo;', model), 'undo'), false);
    const renamed = run('ALTER PROCEDURE undo RENAME TO redo;', model);
    assert.strictEqual(commits(renamed, 'undo') || commits(renamed, 'redo'), false);
    assert.strictEqual(commits(run('ALTER PROCEDURE undo() SET SCHEMA app;', model), 'undo'), false);
    assert.strictEqual(commits(run('DROP SCHEMA public CASCADE;', model), 'purge'), false);
  });

  it('a pg_dump baseline: its WITH NO DATA says nothing of whether a materialized view was populated', () => {
    const view = 'CREATE MATERIALIZED VIEW v AS SELECT 1 AS a WITH NO DATA;';
    const parsed = parseStatement(view);
    assert.ok(parsed.ok);
    const builder = new SchemaBuilder(EMPTY_SCHEMA);
    builder.fromPgDump = writtenByPgDump(splitStatements(`--\n-- PostgreSQL database dump\n--\n\n${view}`).comments);
    builder.apply(parsed.kind, parsed.ast);
    assert.strictEqual(builder.snapshot().views.get('public.v')?.unpopulated, undefined);
    assert.strictEqual(run(view).views.get('public.v')?.unpopulated, true);
    assert.strictEqual(writtenByPgDump(splitStatements(`-- not a PostgreSQL database dump\n${view}`).comments), false);
  });

  it('knows the columns CREATE TABLE ... AS copies from one known table, and types set on them later', () => {
    const model = run(
      [
        "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL DEFAULT '', note text);",
        'CREATE TABLE users_copy AS SELECT * FROM users;',
        'CREATE TABLE emails AS SELECT id, email AS address FROM users WHERE id > 10;',
        'CREATE TABLE counts AS SELECT count(*) AS n, note FROM users GROUP BY note;',
        'ALTER TABLE counts ALTER COLUMN n TYPE int;',
      ].join('\n'),
    );
    const copy = model.tables.get('public.users_copy');
    assert.strictEqual(copy?.complete, true);
    assert.deepStrictEqual(
      [...(copy?.columns.values() ?? [])].map((c) => [c.name, c.type.name, c.type.mods, c.notNull, c.hasDefault]),
      [
        ['id', 'int8', [], false, false],
        ['email', 'varchar', [100], false, false],
        ['note', 'text', [], false, false],
      ],
    );
    assert.deepStrictEqual([...(model.tables.get('public.emails')?.columns.keys() ?? [])], ['id', 'address']);
    const counts = model.tables.get('public.counts');
    assert.strictEqual(counts?.complete, false, 'count(*) is not a column of users');
    assert.strictEqual(counts?.columns.get('n')?.type.name, 'int4');
    assert.strictEqual(counts?.columns.get('note')?.type.name, 'text');
  });

  it('follows a renamed enum or domain type, and the columns of that type (Prisma swaps enums this way)', () => {
    const model = run(
      [
        `CREATE TYPE "Status" AS ENUM ('OPEN', 'CLOSED', 'SPAM');`,
        `CREATE TABLE "Ticket" (id int PRIMARY KEY, status "Status" NOT NULL, old "Status");`,
        `CREATE TYPE "Status_new" AS ENUM ('OPEN', 'CLOSED');`,
        `ALTER TABLE "Ticket" ALTER COLUMN status TYPE "Status_new" USING (status::text::"Status_new");`,
        `ALTER TYPE "Status" RENAME TO "Status_old";`,
        `ALTER TYPE "Status_new" RENAME TO "Status";`,
        'CREATE DOMAIN email AS text;',
        'CREATE TABLE users (id int, email email);',
        'ALTER DOMAIN email RENAME TO email_address;',
      ].join('\n'),
    );
    assert.deepStrictEqual(model.enums.get('public.Status'), ['OPEN', 'CLOSED']);
    assert.deepStrictEqual(model.enums.get('public.Status_old'), ['OPEN', 'CLOSED', 'SPAM']);
    assert.strictEqual(model.enums.has('public.Status_new'), false);
    const ticket = model.tables.get('public.Ticket');
    assert.strictEqual(ticket?.columns.get('status')?.type.name, 'Status');
    assert.strictEqual(ticket?.columns.get('old')?.type.name, 'Status_old');
    assert.strictEqual(model.tables.get('public.users')?.columns.get('email')?.type.name, 'email_address');
    assert.ok(model.domains.has('public.email_address'));
  });

  it('models tables, column types with modifiers, nullability and defaults', () => {
    const model = run(
      'CREATE TABLE orders (id bigserial PRIMARY KEY, ref varchar(50) NOT NULL, total numeric(10,2)[], placed timestamp(3) with time zone DEFAULT now(), note character varying, status text DEFAULT NULL);',
    );
    const orders = model.tables.get('public.orders');
    assert.ok(orders?.complete);
    const col = (name: string) => orders?.columns.get(name);
    assert.deepStrictEqual(col('id'), {
      name: 'id',
      type: { name: 'int8', mods: [], arrayDims: 0 },
      notNull: true,
      hasDefault: true,
      sequence: 'public.orders_id_seq',
    });
    assert.deepStrictEqual(col('ref')?.type, { name: 'varchar', mods: [50], arrayDims: 0 });
    assert.strictEqual(col('ref')?.notNull, true);
    assert.deepStrictEqual(col('total')?.type, { name: 'numeric', mods: [10, 2], arrayDims: 1 });
    assert.deepStrictEqual(col('placed')?.type, { name: 'timestamptz', mods: [3], arrayDims: 0 });
    assert.strictEqual(col('placed')?.hasDefault, true);
    assert.strictEqual(col('status')?.hasDefault, false);
    assert.strictEqual(col('note')?.type.name, 'varchar');
  });

  it('names constraints and their indexes as PostgreSQL does', () => {
    const model = run(
      'CREATE TABLE accounts (id int PRIMARY KEY, email text UNIQUE, age int CHECK (age > 0));\nALTER TABLE accounts ADD FOREIGN KEY (id) REFERENCES people (id);\nCREATE INDEX ON accounts (lower(email));\nCREATE INDEX ON accounts (age);',
    );
    const accounts = model.tables.get('public.accounts');
    assert.deepStrictEqual([...(accounts?.constraints.keys() ?? [])].sort(), [
      'accounts_age_check',
      'accounts_email_key',
      'accounts_id_fkey',
      'accounts_pkey',
    ]);
    assert.deepStrictEqual(accounts?.constraints.get('accounts_id_fkey')?.references, {
      table: 'public.people',
      columns: ['id'],
    });
    assert.deepStrictEqual([...model.indexes.keys()].sort(), [
      'public.accounts_age_idx',
      'public.accounts_email_key',
      'public.accounts_expr_idx',
      'public.accounts_pkey',
    ]);
    assert.deepStrictEqual(model.indexes.get('public.accounts_expr_idx')?.columns, [null]);
  });

  it('follows NOT VALID, VALIDATE and DROP CONSTRAINT, and knows which check proves NOT NULL', () => {
    const model = run(
      'ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL) NOT VALID;\nALTER TABLE orders ADD CONSTRAINT total_pos CHECK (total > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT status_nn;',
    );
    const orders = model.tables.get('public.orders');
    assert.strictEqual(orders?.complete, false, 'a table the history never created is known only in part');
    assert.deepStrictEqual(orders?.constraints.get('status_nn'), {
      name: 'status_nn',
      kind: 'check',
      validated: true,
      columns: ['status'],
      notNullColumn: 'status',
      provesNotNull: ['status'],
      references: undefined,
    });
    assert.strictEqual(orders?.constraints.get('total_pos')?.validated, false);
    const dropped = run('ALTER TABLE orders DROP CONSTRAINT status_nn;', model);
    assert.strictEqual(dropped.tables.get('public.orders')?.constraints.has('status_nn'), false);
  });

  it('follows column changes: add, type, not null, default, rename, drop (with its indexes)', () => {
    const model = run(
      [
        'CREATE TABLE t (a varchar(20), b int);',
        'CREATE INDEX t_b_idx ON t (b);',
        "ALTER TABLE t ADD COLUMN c text, ALTER COLUMN a TYPE varchar(40), ALTER COLUMN a SET NOT NULL, ALTER COLUMN c SET DEFAULT 'x';",
        'ALTER TABLE t RENAME COLUMN a TO a2;',
        'ALTER TABLE t DROP COLUMN b;',
      ].join('\n'),
    );
    const t = model.tables.get('public.t');
    assert.deepStrictEqual([...(t?.columns.keys() ?? [])], ['c', 'a2']);
    assert.deepStrictEqual(t?.columns.get('a2')?.type.mods, [40]);
    assert.strictEqual(t?.columns.get('a2')?.notNull, true);
    assert.strictEqual(t?.columns.get('c')?.hasDefault, true);
    assert.strictEqual(model.indexes.has('public.t_b_idx'), false);
  });

  it('follows renames and drops of tables and indexes, schemas included', () => {
    const model = run(
      'CREATE TABLE billing.invoices (id int);\nCREATE INDEX inv_idx ON billing.invoices (id);\nALTER TABLE billing.invoices RENAME TO bills;\nALTER INDEX billing.inv_idx RENAME TO bills_idx;',
    );
    assert.deepStrictEqual([...model.tables.keys()], ['billing.bills']);
    assert.deepStrictEqual(model.indexes.get('billing.bills_idx')?.table, 'billing.bills');
    const dropped = run('DROP TABLE billing.bills;', model);
    assert.strictEqual(dropped.tables.size, 0);
    assert.strictEqual(dropped.indexes.size, 0);
  });

  it("keeps each table's indexes right when the editor's walk goes back and adds others (tracked state)", () => {
    const store = new Store();
    const builder = new SchemaBuilder(EMPTY_SCHEMA, store, true);
    store.seal();
    store.undo = [];
    const apply = (sql: string) => {
      for (const s of splitStatements(sql).statements) {
        const parsed = parseStatement(s.text);
        if (!parsed.ok) throw new Error(parsed.message);
        builder.apply(parsed.kind, parsed.ast);
      }
    };
    apply('CREATE TABLE t (a int, b int, c int); CREATE INDEX t_a ON t (a);');
    const point = store.undo.length;
    apply('CREATE INDEX t_b ON t (b); CREATE INDEX t_c ON t (c);');
    store.rollback(point);
    apply('CREATE INDEX t_c2 ON t (c); ALTER TABLE t DROP COLUMN a;');
    assert.deepStrictEqual([...builder.model.indexes.keys()], ['public.t_c2']);
    apply('DROP TABLE t;');
    assert.deepStrictEqual([...builder.model.indexes.keys()], []);
  });

  it("keeps default_tablespace right when the editor's walk goes back and takes another way (tracked state)", () => {
    const store = new Store();
    const builder = new SchemaBuilder(EMPTY_SCHEMA, store, true);
    store.seal();
    store.undo = [];
    const apply = (sql: string) => {
      for (const s of splitStatements(sql).statements) {
        const parsed = parseStatement(s.text);
        if (!parsed.ok) throw new Error(parsed.message);
        builder.apply(parsed.kind, parsed.ast);
      }
    };
    const point = store.undo.length;
    apply('SET default_tablespace = fast; CREATE TABLE t (a int);');
    assert.strictEqual(builder.model.tables.get('public.t')?.tablespace, 'fast');
    store.rollback(point);
    apply('CREATE TABLE t (a int);');
    assert.strictEqual(builder.model.tables.get('public.t')?.tablespace, 'pg_default');
  });

  it('models partitions, enums, domains and views', () => {
    const model = run(
      [
        'CREATE TABLE events (at timestamptz, kind text) PARTITION BY RANGE (at);',
        "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
        "CREATE TYPE mood AS ENUM ('sad', 'happy');",
        "ALTER TYPE mood ADD VALUE 'calm' BEFORE 'happy';",
        'CREATE DOMAIN positive AS int CHECK (VALUE > 0);',
        'CREATE DOMAIN label AS text;',
        'CREATE MATERIALIZED VIEW daily AS SELECT kind FROM events JOIN billing.bills ON true;',
      ].join('\n'),
    );
    assert.strictEqual(model.tables.get('public.events')?.partitioned, true);
    assert.strictEqual(model.tables.get('public.events_2026')?.partitionOf, 'public.events');
    assert.deepStrictEqual([...(model.tables.get('public.events_2026')?.columns.keys() ?? [])], ['at', 'kind']);
    assert.deepStrictEqual(model.enums.get('public.mood'), ['sad', 'calm', 'happy']);
    assert.strictEqual(model.domains.get('public.positive')?.constrained, true);
    assert.strictEqual(model.domains.get('public.label')?.constrained, false);
    assert.deepStrictEqual(model.views.get('public.daily'), {
      materialized: true,
      dependsOn: ['public.events', 'billing.bills'],
    });
  });

  it('knows the tables CREATE SCHEMA creates (in that schema) and SELECT ... INTO creates', () => {
    const model = run(
      [
        'CREATE SCHEMA billing CREATE TABLE invoices (id bigint, customer_id bigint NOT NULL)',
        '  CREATE INDEX invoices_customer_idx ON invoices (customer_id);',
        'CREATE SCHEMA AUTHORIZATION reporting CREATE TABLE runs (id int);',
        'SELECT id INTO users_snapshot FROM users;',
      ].join('\n'),
    );
    const invoices = model.tables.get('billing.invoices');
    assert.strictEqual(invoices?.columns.get('customer_id')?.notNull, true);
    assert.deepStrictEqual(
      [...model.indexes.values()].filter((i) => i.table === 'billing.invoices').map((i) => i.key),
      ['billing.invoices_customer_idx'],
    );
    assert.strictEqual(model.tables.get('public.invoices'), undefined);
    assert.ok(model.tables.get('reporting.runs'));
    const snapshot = model.tables.get('public.users_snapshot');
    assert.ok(snapshot && !snapshot.complete, 'its columns come from a query: not known');
  });

  it('knows the tablespace a table is in, and where the next migration creates tables without TABLESPACE', () => {
    const migration = (text: string, base = EMPTY_SCHEMA) =>
      replayMigration(base, text, { isMigration: true, tool: 'flyway', direction: 'up' });
    const first = migration(
      [
        'CREATE TABLE plain (id int);',
        'CREATE TABLE named (id int) TABLESPACE archive;',
        'CREATE TABLE copied TABLESPACE archive AS SELECT 1 AS id;',
        'CREATE TABLE ev (at date) PARTITION BY RANGE (at) TABLESPACE archive;',
        "CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        'CREATE TABLE moved (id int);',
        'ALTER TABLE moved SET TABLESPACE fast;',
        'SET default_tablespace = Fast;',
        'CREATE TABLE in_fast (id int);',
        'SELECT 1 AS id INTO also_fast;',
      ].join('\n'),
    );
    const tablespaces = (model: SchemaModel) =>
      Object.fromEntries([...model.tables.values()].map((t) => [t.name, t.tablespace]));
    assert.deepStrictEqual(tablespaces(first), {
      plain: 'pg_default',
      named: 'archive',
      copied: 'archive',
      ev: 'archive',
      ev_1: 'archive',
      moved: 'fast',
      in_fast: 'fast',
      also_fast: 'fast',
    });
    // The next migration may run in this session or a new one.
    assert.strictEqual(
      migration('CREATE TABLE later (id int);', first).tables.get('public.later')?.tablespace,
      undefined,
    );
    const dumped = migration("SET default_tablespace = '';\nCREATE TABLE dumped (id int);", first);
    assert.strictEqual(dumped.tables.get('public.dumped')?.tablespace, 'pg_default');
    assert.strictEqual(
      migration('CREATE TABLE later (id int);', dumped).tables.get('public.later')?.tablespace,
      'pg_default',
    );
    // What sessions of later migrations start with, set for the database or a role.
    const forDatabase = migration('ALTER DATABASE app SET default_tablespace = fast;', dumped);
    assert.strictEqual(
      migration('CREATE TABLE later (id int);', forDatabase).tables.get('public.later')?.tablespace,
      undefined,
    );
    const configured = migration(
      "SELECT set_config('default_tablespace', 'fast', false);\nCREATE TABLE a (id int);\n" +
        "SELECT set_config('default_tablespace', 'slow', true);\nCREATE TABLE b (id int);",
      dumped,
    );
    assert.deepStrictEqual(
      ['a', 'b'].map((name) => configured.tables.get(`public.${name}`)?.tablespace),
      ['fast', undefined],
    );
    const executed = migration("DO $$ BEGIN EXECUTE 'ALTER TABLE dumped SET TABLESPACE fast'; END $$;", dumped);
    assert.strictEqual(executed.tables.get('public.dumped')?.tablespace, undefined);
    assert.strictEqual(executed.defaultTablespace, undefined);
    const movedAll = migration('ALTER TABLE ALL IN TABLESPACE archive SET TABLESPACE fast;', first);
    assert.deepStrictEqual(
      ['named', 'ev_1', 'plain'].map((name) => movedAll.tables.get(`public.${name}`)?.tablespace),
      [undefined, undefined, 'pg_default'],
    );
  });

  it('never mutates the model it starts from', () => {
    const base = run('CREATE TABLE t (a int);');
    const frozen = JSON.stringify([...base.tables.get('public.t')!.columns.keys()]);
    const next = run('ALTER TABLE t ADD COLUMN b int;\nCREATE TABLE u (x int);', base);
    assert.strictEqual(JSON.stringify([...base.tables.get('public.t')!.columns.keys()]), frozen);
    assert.strictEqual(base.tables.has('public.u'), false);
    assert.ok(next.tables.has('public.u'));
  });

  it('marks a table incomplete when a statement does what replay cannot follow', () => {
    const model = run('CREATE TABLE t (a int);\nALTER TABLE t INHERIT parent;');
    assert.strictEqual(model.tables.get('public.t')?.complete, false);
    const afterDo = run("CREATE TABLE u (a int);\nDO $$ BEGIN EXECUTE 'CREATE INDEX ON u (a)'; END $$;");
    assert.strictEqual(afterDo.tables.get('public.u')?.complete, false, 'a DO block may have run DDL');
    assert.strictEqual(run('CREATE TABLE c (LIKE t);').tables.get('public.c')?.complete, false);
  });

  it('copies the columns of a known table for CREATE TABLE ... (LIKE t), NOT NULL always, defaults when asked', () => {
    const source = "CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, state text DEFAULT 'new');\n";
    const plain = run(`${source}CREATE TABLE ev_1 (LIKE ev, note text);`).tables.get('public.ev_1');
    assert.deepStrictEqual(
      [...(plain?.columns.values() ?? [])].map((c) => [c.name, c.type.name, c.notNull, c.hasDefault]),
      [
        ['id', 'int8', true, false],
        ['at', 'date', true, false],
        ['state', 'text', false, false],
        ['note', 'text', false, false],
      ],
    );
    assert.strictEqual(plain?.complete, true);
    const all = run(`${source}CREATE TABLE ev_2 (LIKE ev INCLUDING ALL);`).tables.get('public.ev_2');
    assert.strictEqual(all?.columns.get('state')?.hasDefault, true);
    assert.strictEqual(all?.complete, true, 'nothing else to copy');
    // Indexes and checks it would copy are not followed: the copy is incomplete.
    const indexed = run(`${source}CREATE INDEX ev_at_idx ON ev (at);\nCREATE TABLE ev_3 (LIKE ev INCLUDING ALL);`);
    assert.strictEqual(indexed.tables.get('public.ev_3')?.complete, false);
    assert.strictEqual(indexed.tables.get('public.ev_3')?.columns.get('at')?.notNull, true);
  });

  // What DROP ... CASCADE drops besides the object, as PostgreSQL 15 does it (each case checked with psql).
  describe('DROP ... CASCADE', () => {
    const columns = (model: ReturnType<typeof run>, table: string) => [
      ...(model.tables.get(table)?.columns.keys() ?? []),
    ];

    it('DROP TYPE drops the columns of it, of its arrays and of domains over it, with their checks and indexes', () => {
      const model = run(
        [
          "CREATE TYPE mood AS ENUM ('a', 'b');",
          'CREATE DOMAIN mood_d AS mood;',
          'CREATE DOMAIN mood_d2 AS mood_d CHECK (VALUE IS NOT NULL);',
          "CREATE TABLE t (id int PRIMARY KEY, m mood, ms mood[], md mood_d, md2 mood_d2, other text, CHECK (m <> 'b'), CHECK (other <> ''));",
          'CREATE INDEX t_m_idx ON t (m);',
          "CREATE INDEX t_mo_idx ON t (other) WHERE m = 'a';",
          'CREATE INDEX t_other_idx ON t (other) INCLUDE (md);',
          'CREATE VIEW v_other AS SELECT id, other FROM t;',
          'DROP TYPE mood CASCADE;',
        ].join('\n'),
      );
      const t = model.tables.get('public.t');
      assert.deepStrictEqual(columns(model, 'public.t'), ['id', 'other']);
      assert.deepStrictEqual([...(t?.constraints.keys() ?? [])].sort(), ['t_other_check', 't_pkey']);
      assert.deepStrictEqual([...model.indexes.keys()], ['public.t_pkey']);
      assert.strictEqual(t?.complete, true);
      assert.strictEqual(model.enums.size + model.domains.size, 0);
      assert.ok(model.views.has('public.v_other'), 'it does not read the dropped columns');
    });

    it('DROP TYPE without CASCADE, or a type whose name another schema has too, drops no column', () => {
      const sql = [
        "CREATE TYPE mood AS ENUM ('a');",
        "CREATE TYPE app.mood AS ENUM ('b');",
        'CREATE TABLE t (id int, m mood);',
        'CREATE DOMAIN email AS text;',
        'CREATE TABLE u (id int, e email);',
      ];
      const restrict = run([...sql, 'DROP DOMAIN email;'].join('\n'));
      assert.deepStrictEqual(columns(restrict, 'public.u'), ['id', 'e'], 'PostgreSQL refuses to drop a type in use');
      const ambiguous = run([...sql, 'DROP TYPE app.mood CASCADE;', 'DROP DOMAIN email CASCADE;'].join('\n'));
      assert.deepStrictEqual(columns(ambiguous, 'public.t'), ['id', 'm']);
      assert.strictEqual(ambiguous.tables.get('public.t')?.complete, false, 'which mood m has is unknown');
      assert.deepStrictEqual(columns(ambiguous, 'public.u'), ['id']);
      assert.strictEqual(ambiguous.tables.get('public.u')?.complete, true);
    });

    it('DROP SEQUENCE drops the defaults that take values from it; the columns stay, NOT NULL too', () => {
      const model = run(
        [
          'CREATE SEQUENCE s;',
          "CREATE TABLE a (id int DEFAULT nextval('s'), id2 bigint DEFAULT nextval('public.s'::regclass) NOT NULL, x int DEFAULT 0);",
          'CREATE TABLE b (id serial PRIMARY KEY, n int GENERATED ALWAYS AS IDENTITY);',
          'CREATE TABLE c (id int);',
          "ALTER TABLE c ALTER COLUMN id SET DEFAULT nextval('s');",
          'DROP SEQUENCE s CASCADE;',
          'DROP SEQUENCE b_id_seq CASCADE;',
        ].join('\n'),
      );
      const a = model.tables.get('public.a');
      assert.deepStrictEqual(
        [...(a?.columns.values() ?? [])].map((c) => [c.name, c.hasDefault, c.notNull]),
        [
          ['id', false, false],
          ['id2', false, true],
          ['x', true, false],
        ],
      );
      assert.strictEqual(model.tables.get('public.b')?.columns.get('id')?.hasDefault, false);
      assert.strictEqual(model.tables.get('public.b')?.columns.get('id')?.notNull, true);
      assert.strictEqual(model.tables.get('public.b')?.columns.get('n')?.hasDefault, true, 'identity: not droppable');
      assert.strictEqual(model.tables.get('public.c')?.columns.get('id')?.hasDefault, false);
    });

    it('knows the sequence a serial column makes, its name cut to fit 63 bytes', () => {
      const table = 'a'.repeat(40);
      const model = run(`CREATE TABLE ${table} (${'b'.repeat(40)} bigserial);`);
      const column = [...(model.tables.get(`public.${table}`)?.columns.values() ?? [])][0];
      assert.strictEqual(column?.sequence, `public.${'a'.repeat(29)}_${'b'.repeat(29)}_seq`);
    });

    it('DROP FUNCTION drops the defaults, checks, indexes and generated columns that call it', () => {
      const model = run(
        [
          'CREATE TABLE d (id int, v int DEFAULT f(1), w int CHECK (f(w) > 0), g int GENERATED ALWAYS AS (f(id)) STORED, q int, r int DEFAULT app.f(2));',
          'CREATE INDEX d_expr ON d (f(q));',
          'CREATE INDEX d_part ON d (q) WHERE f(q) > 0;',
          'CREATE INDEX d_plain ON d (q);',
          'CREATE TABLE e (id int, CONSTRAINT e_f CHECK (f(id) > 0));',
          'DROP FUNCTION f CASCADE;',
        ].join('\n'),
      );
      const d = model.tables.get('public.d');
      assert.deepStrictEqual(columns(model, 'public.d'), ['id', 'v', 'w', 'q', 'r']);
      assert.strictEqual(d?.columns.get('v')?.hasDefault, false);
      assert.strictEqual(d?.columns.get('r')?.hasDefault, true, 'app.f is another function');
      assert.strictEqual(d?.constraints.size, 0);
      assert.deepStrictEqual([...model.indexes.keys()], ['public.d_plain']);
      assert.strictEqual(d?.complete, true);
      assert.strictEqual(model.tables.get('public.e')?.constraints.size, 0);
    });

    it('DROP FUNCTION f(args): where another f may be the one called, the table is unknown and no check is dropped', () => {
      const model = run(
        [
          'CREATE TABLE d (id int, z text CHECK (f(z) > 0), q int, v int DEFAULT f(1), g int GENERATED ALWAYS AS (f(id)) STORED);',
          'CREATE INDEX d_expr ON d (f(q));',
          'CREATE TABLE other (id int CHECK (g(id) > 0));',
          'DROP FUNCTION f(int) CASCADE;',
        ].join('\n'),
      );
      const d = model.tables.get('public.d');
      assert.strictEqual(d?.complete, false);
      assert.deepStrictEqual(columns(model, 'public.d'), ['id', 'z', 'q', 'v', 'g']);
      assert.ok(d?.constraints.has('d_z_check'), 'f(text) may be the one it calls: a check proves nothing wrong');
      assert.strictEqual(model.indexes.has('public.d_expr'), false, 'an index replay is unsure of is forgotten');
      assert.strictEqual(d?.columns.get('v')?.hasDefault, true);
      assert.strictEqual(d?.constraints.get('d_z_check')?.bounds, undefined, 'maybe dropped: it proves nothing');
      assert.strictEqual(model.tables.get('public.other')?.complete, true);
    });

    it('DROP SCHEMA drops what is in it and what depends on it elsewhere', () => {
      const model = run(
        [
          "CREATE TYPE s.st AS ENUM ('x');",
          'CREATE TABLE s.parent (id int PRIMARY KEY);',
          "CREATE TABLE child (id int, pid int REFERENCES s.parent, st s.st, d int DEFAULT nextval('s.seq'), e int CHECK (s.fn(e) > 0), k int);",
          'CREATE INDEX child_k ON child (k);',
          'CREATE VIEW vp AS SELECT id FROM s.parent;',
          'CREATE VIEW vk AS SELECT k FROM child;',
          'CREATE TABLE part (id int) PARTITION BY RANGE (id);',
          'CREATE TABLE s.part_1 PARTITION OF part FOR VALUES FROM (0) TO (10);',
          'CREATE TABLE s.sp (id int) PARTITION BY RANGE (id);',
          'CREATE TABLE sp_1 PARTITION OF s.sp FOR VALUES FROM (0) TO (10);',
          'DROP SCHEMA s CASCADE;',
        ].join('\n'),
      );
      assert.deepStrictEqual([...model.tables.keys()].sort(), ['public.child', 'public.part']);
      const child = model.tables.get('public.child');
      assert.deepStrictEqual(columns(model, 'public.child'), ['id', 'pid', 'd', 'e', 'k']);
      assert.strictEqual(child?.columns.get('d')?.hasDefault, false);
      assert.strictEqual(child?.constraints.size, 0);
      assert.strictEqual(child?.complete, true);
      assert.deepStrictEqual([...model.indexes.keys()], ['public.child_k']);
      assert.deepStrictEqual([...model.views.keys()], ['public.vk']);
      assert.strictEqual(model.enums.size, 0);
    });

    it('DROP TABLE drops its partitions; with CASCADE, the foreign keys to it and the views reading it', () => {
      const model = run(
        [
          'CREATE TABLE pp (id int) PARTITION BY RANGE (id);',
          'CREATE TABLE pp1 PARTITION OF pp FOR VALUES FROM (0) TO (10);',
          'CREATE TABLE ref (id int PRIMARY KEY);',
          'CREATE TABLE r2 (rid int REFERENCES ref, CHECK (rid > 0));',
          'CREATE VIEW rv AS SELECT id FROM ref;',
          'CREATE MATERIALIZED VIEW rv2 AS SELECT id FROM rv;',
          'DROP TABLE pp;',
          'DROP TABLE ref CASCADE;',
        ].join('\n'),
      );
      assert.deepStrictEqual([...model.tables.keys()], ['public.r2']);
      assert.deepStrictEqual([...(model.tables.get('public.r2')?.constraints.keys() ?? [])], ['r2_rid_check']);
      assert.strictEqual(model.views.size, 0);
    });

    it('DROP EXTENSION drops the columns of its types; what else used it is unknown', () => {
      const model = run(
        [
          'CREATE EXTENSION IF NOT EXISTS citext;',
          'CREATE TABLE w (id int, c citext, h text);',
          'CREATE INDEX w_h ON w USING gin (h gin_trgm_ops);',
          'CREATE TABLE plain (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n varchar(5) CHECK (lower(n) <> n));',
          'CREATE TABLE u (id uuid DEFAULT uuid_generate_v4());',
          'DROP EXTENSION citext CASCADE;',
        ].join('\n'),
      );
      assert.deepStrictEqual(columns(model, 'public.w'), ['id', 'h']);
      assert.strictEqual(model.tables.get('public.w')?.complete, false, "its operator class may be the extension's");
      assert.strictEqual(model.tables.get('public.u')?.complete, false, "an unknown function may be the extension's");
      assert.strictEqual(model.tables.get('public.plain')?.complete, true, "nothing of it can be an extension's");
    });
  });
});
