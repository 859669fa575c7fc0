import { ruleTests } from '../../../test/unit/ruleTester';
import { enumValueChange } from './enum-value-change';

ruleTests(enumValueChange, {
  valid: [
    {
      name: 'ADD VALUE IF NOT EXISTS of a label the type already has adds nothing (PostgreSQL 15 only notes it skips it)',
      history:
        "CREATE TYPE order_status AS ENUM ('pending', 'paid');\nALTER TYPE order_status ADD VALUE 'refunded';\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);",
      sql: [
        'BEGIN;',
        "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';",
        "ALTER TYPE public.order_status ADD VALUE IF NOT EXISTS 'paid';",
        "UPDATE orders SET status = 'refunded' WHERE status = 'pending' AND id < 100;",
        "UPDATE orders SET status = 'paid' WHERE status = 'pending' AND id >= 100;",
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'a new label compared with a computed text value is text, not the enum',
      history: "CREATE TYPE mood AS ENUM ('a');\nCREATE TABLE orders (id bigint, status text, data jsonb, m mood);",
      sql: "BEGIN;\nALTER TYPE mood ADD VALUE 'c';\nSELECT * FROM orders WHERE lower(status) = 'c' OR data->>'m' = 'c' OR m::text = 'c' OR format('%s', 'c') = status;\nSELECT 'c' AS label;\nCOMMIT;",
    },
    "ALTER TYPE order_status ADD VALUE 'archived';",
    {
      name: 'outside a transaction each statement commits on its own',
      sql: "ALTER TYPE order_status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE id = 1;",
    },
    {
      name: 'used after the adding transaction committed',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nCOMMIT;\nUPDATE orders SET status = 'archived' WHERE id = 1;",
    },
    {
      name: 'cast to another type: not an enum value (measured)',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nSELECT count(*) FROM orders WHERE status::text = 'archived'::text;\nCOMMIT;",
    },
    {
      name: 'the new value as the neighbour of another new value is allowed (measured)',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nALTER TYPE order_status ADD VALUE 'purged' AFTER 'archived';\nCOMMIT;",
    },
    {
      name: 'comments and settings are not values',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nCOMMENT ON TYPE order_status IS 'archived';\nCOMMIT;",
    },
    {
      name: 'RENAME VALUE on a type created in this migration',
      sql: "CREATE TYPE ticket_state AS ENUM ('open', 'close');\nALTER TYPE ticket_state RENAME VALUE 'close' TO 'closed';",
    },
    {
      name: 'the literal goes into or is compared with text columns (known from history): not an enum value',
      sql: [
        'BEGIN;',
        "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';",
        "INSERT INTO audit_log (action, note) VALUES ('refunded', 'x');",
        "INSERT INTO audit_log VALUES ('refunded');",
        "UPDATE audit_log SET action = 'refunded' WHERE action IN ('refunded', 'x');",
        "DELETE FROM audit_log a WHERE a.action = 'refunded';",
        'COMMIT;',
      ].join('\n'),
      history: "CREATE TYPE order_status AS ENUM ('paid');\nCREATE TABLE audit_log (action text, note text);",
    },
    {
      name: 'PostgreSQL 18: a value added to a type created in the same transaction is usable (measured)',
      sql: "BEGIN;\nCREATE TYPE ticket_state AS ENUM ('open');\nALTER TYPE ticket_state ADD VALUE 'closed';\nSELECT 'closed'::ticket_state;\nCOMMIT;",
      pgVersion: 18,
    },
    {
      name: 'PostgreSQL 17 (its release notes): a value added to a type created in the same transaction is usable',
      sql: "CREATE TYPE color AS ENUM ('red');\nALTER TYPE color ADD VALUE 'blue';\nCREATE TABLE thing (id int, c color);\nINSERT INTO thing VALUES (1, 'blue');",
      tool: 'golang-migrate',
      pgVersion: 17,
    },
    {
      name: 'PostgreSQL 11: ADD VALUE outside a transaction block',
      sql: "ALTER TYPE order_status ADD VALUE 'archived';",
      pgVersion: 11,
    },
    {
      name: "PostgreSQL 11, Flyway: a migration of ADD VALUE alone runs outside a transaction (Flyway's detector)",
      sql: "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'archived';",
      tool: 'flyway',
      history: "CREATE TYPE order_status AS ENUM ('open', 'done');",
      pgVersion: 11,
    },
    {
      name: 'PostgreSQL 11: ADD VALUE to a type created in the same transaction is allowed',
      sql: "BEGIN;\nCREATE TYPE ticket_state AS ENUM ('open');\nALTER TYPE ticket_state ADD VALUE 'closed';\nCOMMIT;",
      pgVersion: 11,
    },
    {
      name: 'a PL/pgSQL body is only parsed at CREATE: the literal is not cast until a call (measured on PostgreSQL 15)',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "BEGIN;\nALTER TYPE parcel_stage ADD VALUE 'held';\nCREATE FUNCTION held_parcels() RETURNS bigint LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN (SELECT count(*) FROM parcels WHERE stage = 'held'); END $$;\nCOMMIT;",
    },
    {
      name: 'SET LOCAL check_function_bodies = off: a SQL body is not analysed at CREATE (measured)',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "BEGIN;\nALTER TYPE parcel_stage ADD VALUE 'lost';\nSET LOCAL check_function_bodies = off;\nCREATE FUNCTION lost_parcels() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM parcels WHERE stage = 'lost' $$;\nCOMMIT;",
    },
    {
      name: "pg_dump's SET check_function_bodies = false at the top of the file, and set_config's",
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "SET check_function_bodies = false;\nBEGIN;\nALTER TYPE parcel_stage ADD VALUE 'lost';\nCREATE FUNCTION lost_parcels() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM parcels WHERE stage = 'lost' $$;\nCOMMIT;\nRESET check_function_bodies;\nBEGIN;\nALTER TYPE parcel_stage ADD VALUE 'held';\nSELECT set_config('check_function_bodies', 'off', true);\nCREATE FUNCTION held_parcels() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM parcels WHERE stage = 'held' $$;\nCOMMIT;",
    },
    {
      name: 'a ROLLBACK undoes a SET made in its transaction: check_function_bodies is off again (measured)',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "SET check_function_bodies = off;\nBEGIN;\nSET check_function_bodies = on;\nROLLBACK;\nBEGIN;\nALTER TYPE parcel_stage ADD VALUE 'lost';\nCREATE FUNCTION lost_parcels() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM parcels WHERE stage = 'lost' $$;\nCOMMIT;",
    },
    {
      name: "the function's own SET check_function_bodies = off applies while CREATE validates it (measured)",
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "BEGIN;\nALTER TYPE parcel_stage ADD VALUE 'lost';\nCREATE FUNCTION lost_parcels() RETURNS bigint LANGUAGE sql SET check_function_bodies = off AS $$ SELECT count(*) FROM parcels WHERE stage = 'lost' $$;\nCOMMIT;",
    },
    {
      name: 'a polymorphic parameter: the body is only parsed at CREATE (measured)',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "BEGIN;\nALTER TYPE parcel_stage ADD VALUE 'lost';\nCREATE FUNCTION lost_count(anyelement) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM parcels WHERE stage = 'lost' $$;\nCOMMIT;",
    },
    {
      name: 'in a SQL body, a literal compared with a text parameter or column, or listed by a SELECT, is text (measured)',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "BEGIN;\nALTER TYPE parcel_stage ADD VALUE 'lost';\nCREATE FUNCTION is_lost(s text) RETURNS boolean LANGUAGE sql AS $$ SELECT s = 'lost' OR $1 = 'lost' $$;\nCREATE FUNCTION lost_notes() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM parcels WHERE note = 'lost' $$;\nCREATE FUNCTION lost_label() RETURNS text LANGUAGE sql AS $$ SELECT 'lost' $$;\nCOMMIT;",
    },
    {
      name: 'a Liquibase changeset commits before the next one uses the value',
      sql: "--liquibase formatted sql\n--changeset a:2\nALTER TYPE order_status ADD VALUE 'archived';\n--changeset a:3\nUPDATE tickets SET state = 'archived' WHERE id = 1;",
      tool: 'liquibase',
      history:
        "CREATE TYPE order_status AS ENUM ('open', 'done');\nCREATE TABLE tickets (id bigint PRIMARY KEY, state order_status);",
    },
  ],
  invalid: [
    {
      name: 'ADD VALUE IF NOT EXISTS of a label the history does not show still adds it',
      history:
        "CREATE TYPE order_status AS ENUM ('pending', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);",
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';\nUPDATE orders SET status = 'refunded' WHERE id = 1;\nCOMMIT;",
      errors: [{ line: 3, column: 28 }],
    },
    {
      name: 'an enum the history swapped the Prisma way (created "Status_new", renamed it "Status")',
      tool: 'prisma',
      history: [
        `CREATE TYPE "Status" AS ENUM ('OPEN', 'CLOSED', 'SPAM');`,
        `CREATE TABLE "Ticket" (id int PRIMARY KEY, status "Status" NOT NULL);`,
        `CREATE TYPE "Status_new" AS ENUM ('OPEN', 'CLOSED');`,
        `ALTER TABLE "Ticket" ALTER COLUMN status TYPE "Status_new" USING (status::text::"Status_new");`,
        `ALTER TYPE "Status" RENAME TO "Status_old";`,
        `ALTER TYPE "Status_new" RENAME TO "Status";`,
        `DROP TYPE "Status_old";`,
      ].join('\n'),
      sql: `ALTER TYPE "Status" ADD VALUE 'ARCHIVED';\nUPDATE "Ticket" SET "status" = 'ARCHIVED' WHERE "id" < 100;`,
      errors: [{ line: 2, column: 32, message: /'ARCHIVED' was added to enum "Status" / }],
    },
    {
      name: 'compared with a value cast to the enum, it is the enum',
      sql: "BEGIN;\nALTER TYPE mood ADD VALUE 'happy';\nSELECT 1 WHERE 'sad'::mood <> 'happy';\nCOMMIT;",
      errors: [{ line: 3, column: 31 }],
    },
    {
      name: 'a quoted type name keeps its case (Prisma writes "Role")',
      history:
        'CREATE TYPE "Role" AS ENUM (\'USER\');\nCREATE TABLE "User" (id bigint PRIMARY KEY, "role" "Role" NOT NULL);',
      sql: 'BEGIN;\nALTER TYPE "Role" ADD VALUE \'MODERATOR\';\nUPDATE "User" SET "role" = \'MODERATOR\' WHERE id = 1;\nCOMMIT;',
      errors: [
        {
          line: 3,
          column: 28,
          message: /^'MODERATOR' was added to enum "Role" earlier in this transaction: .*fails here\.$/,
        },
      ],
    },
    {
      name: 'within one Liquibase changeset the value is not committed yet',
      sql: "--liquibase formatted sql\n--changeset a:2\nALTER TYPE order_status ADD VALUE 'archived';\nUPDATE tickets SET state = 'archived' WHERE id = 1;",
      tool: 'liquibase',
      history:
        "CREATE TYPE order_status AS ENUM ('open', 'done');\nCREATE TABLE tickets (id bigint PRIMARY KEY, state order_status);",
      errors: [{ line: 4, column: 28 }],
    },
    {
      sql: "ALTER TYPE order_status RENAME VALUE 'canceled' TO 'cancelled';",
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 63,
          severity: 'warning',
          message:
            /^RENAME VALUE 'canceled' TO 'cancelled' on enum order_status breaks the application version that is still running.*'canceled' fails with "invalid input value for enum".*locks only the type/,
        },
      ],
    },
    {
      name: 'a new value used in the same explicit transaction: the finding is on the literal',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nUPDATE orders SET status = 'archived' WHERE archived_at IS NOT NULL;\nCOMMIT;",
      errors: [
        {
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 38,
          message:
            /^'archived' was added to enum order_status earlier in this transaction.*"unsafe use of new value".*fails here \(if this literal is stored in or compared with a column of type order_status\)/,
        },
      ],
    },
    {
      name: 'a cast to the enum is certain',
      sql: "BEGIN;\nALTER TYPE public.order_status ADD VALUE IF NOT EXISTS 'archived';\nINSERT INTO orders (status) SELECT 'archived'::order_status;\nCOMMIT;",
      errors: [{ line: 3, column: 36, endColumn: 46, message: /fails here\.$/ }],
    },
    {
      name: 'stored in or compared with a column of the enum type (known from history): certain',
      sql: [
        'BEGIN;',
        "ALTER TYPE order_status ADD VALUE 'refunded';",
        "INSERT INTO orders (note, status) VALUES ('refunded', 'refunded');",
        "UPDATE orders o SET note = 'refunded' WHERE o.status = 'refunded';",
        'COMMIT;',
      ].join('\n'),
      history: "CREATE TYPE order_status AS ENUM ('paid');\nCREATE TABLE orders (note text, status order_status);",
      errors: [
        { line: 3, column: 55, message: /fails here\.$/ },
        { line: 4, column: 56, message: /fails here\.$/ },
      ],
    },
    {
      name: 'goose wraps the up section in a transaction',
      sql: "-- +goose Up\nALTER TYPE order_status ADD VALUE 'archived';\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'archived';\n-- +goose Down\nSELECT 1;",
      tool: 'goose',
      errors: [{ line: 3, column: 52 }],
    },
    {
      name: 'assumeInTransaction; a statement fails once: one finding, at its first use',
      sql: "ALTER TYPE order_status ADD VALUE 'archived';\nCREATE INDEX orders_archived_idx ON orders (id) WHERE status = 'archived' OR status = E'archived';\nSELECT count(*) FROM orders WHERE status = E'archived';",
      assumeInTransaction: true,
      errors: [
        { line: 2, column: 64 },
        { line: 3, column: 44, endColumn: 55 },
      ],
    },
    {
      name: 'the use known to be of the type is preferred to a likely one',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nSELECT 'archived' AS label, 'archived'::order_status;\nCOMMIT;",
      errors: [{ line: 3, column: 29, message: /so the migration fails here\.$/ }],
    },
    {
      name: 'measured: even for a type created in the same transaction',
      sql: "BEGIN;\nCREATE TYPE ticket_state AS ENUM ('open');\nALTER TYPE ticket_state ADD VALUE 'closed';\nSELECT 'closed'::ticket_state;\nCOMMIT;",
      errors: [{ line: 4, column: 8 }],
    },
    {
      name: 'before 17, refused for a type created in the same transaction too (measured on 15)',
      sql: "CREATE TYPE color AS ENUM ('red');\nALTER TYPE color ADD VALUE 'blue';\nCREATE TABLE thing (id int, c color);\nINSERT INTO thing VALUES (1, 'blue');",
      tool: 'golang-migrate',
      pgVersion: 16,
      errors: [{ line: 4, column: 30 }],
    },
    {
      name: 'PostgreSQL 17: a type the history created is not new in this transaction',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nSELECT 'archived'::order_status;\nCOMMIT;",
      history: "CREATE TYPE order_status AS ENUM ('paid');",
      pgVersion: 17,
      errors: [{ line: 3, column: 8 }],
    },
    {
      name: 'PostgreSQL 11, Flyway: executeInTransaction=true runs ADD VALUE in a transaction, where it fails',
      sql: "-- flyway:executeInTransaction=true\nALTER TYPE order_status ADD VALUE 'archived';",
      tool: 'flyway',
      history: "CREATE TYPE order_status AS ENUM ('open', 'done');",
      pgVersion: 11,
      errors: [{ line: 2, column: 1, message: /cannot run inside a transaction block before PostgreSQL 12/ }],
    },
    {
      name: 'a SQL body given as a string is analysed at CREATE (check_function_bodies is on): the finding is on its literal',
      tool: 'prisma',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "ALTER TYPE parcel_stage ADD VALUE 'returned';\nCREATE FUNCTION returned_parcels() RETURNS bigint LANGUAGE sql STABLE AS $$\n  SELECT count(*) FROM parcels WHERE stage = 'returned'\n$$;",
      errors: [
        {
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 56,
          message:
            /^'returned' was added to enum parcel_stage earlier in this transaction: .*so the migration fails here\. CREATE analyses a LANGUAGE sql body given as a string while check_function_bodies is on \(the default\): create the function in a later migration, or turn check_function_bodies off before it\.$/,
        },
      ],
    },
    {
      name: 'a single-quoted body, and a SQL procedure (measured): the finding is on the literal as written',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "BEGIN;\nALTER TYPE parcel_stage ADD VALUE 'returned';\nCREATE FUNCTION returned_parcels() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM parcels WHERE stage = ''returned''';\nCREATE PROCEDURE mark_returned(p bigint) LANGUAGE sql AS $body$ UPDATE parcels SET stage = 'returned' WHERE id = p $body$;\nCOMMIT;",
      errors: [
        { line: 3, column: 111, endColumn: 123 },
        { line: 4, column: 92, endColumn: 102 },
      ],
    },
    {
      name: 'check_function_bodies turned on again, or a SET LOCAL off that ended with its transaction (measured)',
      history:
        "CREATE TYPE parcel_stage AS ENUM ('queued', 'shipped');\nCREATE TABLE parcels (id bigint PRIMARY KEY, stage parcel_stage NOT NULL, note text);",
      sql: "SET check_function_bodies = off;\nBEGIN;\nALTER TYPE parcel_stage ADD VALUE 'lost';\nRESET check_function_bodies;\nCREATE FUNCTION lost_parcels() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM parcels WHERE stage = 'lost' $$;\nCOMMIT;\nBEGIN;\nSET LOCAL check_function_bodies = off;\nCOMMIT;\nBEGIN;\nALTER TYPE parcel_stage ADD VALUE 'held';\nCREATE FUNCTION held_parcels() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM parcels WHERE stage = 'held' $$;\nCOMMIT;",
      errors: [
        { line: 5, column: 109 },
        { line: 12, column: 109 },
      ],
    },
    {
      name: 'PostgreSQL 11 refuses ADD VALUE inside a transaction block',
      sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'archived';\nCOMMIT;",
      pgVersion: 11,
      errors: [{ line: 2, column: 1, message: /cannot run inside a transaction block before PostgreSQL 12/ }],
    },
  ],
});
