// Every tool of the catalogue, through its fixture project in test/fixtures/tools/<tool>/ (real layouts read from
// disk through a FileSystemView): detection, order, where the down script lives, whether one is expected, and
// whether the tool wraps each unit in a transaction.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readDirectives } from '../syntax/directives';
import { splitStatements } from '../syntax/split';
import { earlierMigrations } from './history';
import { pairedUpScript } from './pairs';
import { DownScript, downScriptOf, rollbackStatus } from './rollback';
import { detectMigration, FileSystemView, MigrationTool } from './tools';
import { toolTransactionSettings } from './transactions';
import { splitUnits, toolTransactionAt, ToolTransactionAt, Unit } from './units';
import { rollbackTarget } from '../fixes/rollback/target';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/tools');

const disk: FileSystemView = {
  list(dir) {
    try {
      return fs.readdirSync(dir);
    } catch {
      return undefined;
    }
  },
  read(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function unitsOf(file: string, tool: MigrationTool, assumeInTransaction = false): Unit[] {
  const text = fs.readFileSync(file, 'utf8');
  const split = splitStatements(text);
  const direction = detectMigration(file, text, disk).direction;
  return splitUnits(split.statements, readDirectives(split.comments), {
    tool,
    fileDirection: direction,
    assumeInTransaction,
    settings: toolTransactionSettings(file, tool, disk),
    text,
  });
}

/** What one unit must look like: the tool's wrapping, and how each statement runs. */
interface UnitCase {
  direction?: 'up' | 'down';
  toolTransaction: boolean;
  /** toolTransactionAt for each statement of the unit, in order. */
  at?: ToolTransactionAt[];
  reason?: RegExp;
  /** Where the unit's transactions begin and end, when there is more than one. */
  segments?: {
    toolTransaction: boolean;
    statements: number;
    changeset?: string;
    hasRollback?: boolean;
    reason?: RegExp;
  }[];
}

interface FileCase {
  /** Relative to the tool's migrations folder. */
  file: string;
  direction?: 'up' | 'down';
  earlier: string[];
  /** Relative path, 'section', or null for none. */
  down?: string | null;
  /** missing-rollback: the convention expects a down for this file. */
  expected?: boolean;
  /** For down scripts: the up script they undo. */
  up?: string;
  units?: UnitCase[];
}

interface ToolCase {
  tool: MigrationTool;
  /** The migrations folder, relative to test/fixtures/tools. */
  folder: string;
  files: FileCase[];
}

const CATALOGUE: ToolCase[] = [
  {
    tool: 'golang-migrate',
    folder: 'golang-migrate/db/migrations',
    files: [
      {
        file: '1_create_users.up.sql',
        earlier: [],
        down: '1_create_users.down.sql',
        expected: true,
        units: [{ toolTransaction: false, at: ['none'], reason: /golang-migrate runs migrations without/ }],
      },
      {
        file: '1_create_users.down.sql',
        direction: 'down',
        earlier: [],
        down: null,
        expected: false,
        up: '1_create_users.up.sql',
      },
      {
        file: '2_index_users_email.up.sql',
        earlier: ['1_create_users.up.sql'],
        down: '2_index_users_email.down.sql',
        expected: true,
      },
      {
        // Two statements in one Exec: PostgreSQL's implicit transaction makes the CONCURRENTLY fail.
        file: '3_add_users_status.up.sql',
        earlier: ['1_create_users.up.sql', '2_index_users_email.up.sql'],
        down: null,
        expected: true,
        units: [{ toolTransaction: false, at: ['implicit', 'implicit'] }],
      },
      {
        file: '10_create_orders.up.sql',
        earlier: ['1_create_users.up.sql', '2_index_users_email.up.sql', '3_add_users_status.up.sql'],
        down: '10_create_orders.down.sql',
        expected: true,
      },
    ],
  },
  {
    tool: 'flyway',
    folder: 'flyway/src/main/resources/db/migration',
    files: [
      {
        file: 'V1__create_users.sql',
        earlier: [],
        down: null,
        expected: true, // the location holds U scripts
        units: [{ toolTransaction: true, at: ['tool'], reason: /Flyway runs each migration in a transaction/ }],
      },
      {
        file: 'V1_1__add_users_email.sql',
        earlier: ['V1__create_users.sql'],
        down: 'U1_1__remove_users_email.sql', // paired by version, not description
        expected: true,
      },
      {
        file: 'U1_1__remove_users_email.sql',
        direction: 'down',
        earlier: ['V1__create_users.sql'],
        down: null,
        expected: false,
        up: 'V1_1__add_users_email.sql',
      },
      { file: 'V1.9__create_orders.sql', earlier: ['V1__create_users.sql', 'V1_1__add_users_email.sql'], down: null },
      {
        file: 'V1.10__add_orders_status.sql', // 1.10 after 1.9
        earlier: ['V1__create_users.sql', 'V1_1__add_users_email.sql', 'V1.9__create_orders.sql'],
      },
      {
        file: 'V2__index_orders_status.sql',
        earlier: [
          'V1__create_users.sql',
          'V1_1__add_users_email.sql',
          'V1.9__create_orders.sql',
          'V1.10__add_orders_status.sql',
        ],
        units: [{ toolTransaction: false, at: ['none'], reason: /detects a statement that cannot run in one/ }],
      },
      {
        // CONCURRENTLY beside a transactional statement: Flyway refuses the migration (mixed is off).
        file: 'V3__orders_user_index.sql',
        earlier: [
          'V1__create_users.sql',
          'V1_1__add_users_email.sql',
          'V1.9__create_orders.sql',
          'V1.10__add_orders_status.sql',
          'V2__index_orders_status.sql',
        ],
        units: [{ toolTransaction: true, at: ['tool', 'tool'], reason: /refuses .*mixed=true/ }],
      },
      {
        file: 'V4__backfill_orders.sql',
        earlier: [
          'V1__create_users.sql',
          'V1_1__add_users_email.sql',
          'V1.9__create_orders.sql',
          'V1.10__add_orders_status.sql',
          'V2__index_orders_status.sql',
          'V3__orders_user_index.sql',
        ],
        units: [{ toolTransaction: false, at: ['none', 'none'], reason: /V4__backfill_orders\.sql\.conf/ }],
      },
      {
        // REINDEX TABLE CONCURRENTLY escapes Flyway's detector; the inline script configuration turns it off.
        file: 'V5__reindex_orders.sql',
        earlier: [
          'V1__create_users.sql',
          'V1_1__add_users_email.sql',
          'V1.9__create_orders.sql',
          'V1.10__add_orders_status.sql',
          'V2__index_orders_status.sql',
          'V3__orders_user_index.sql',
          'V4__backfill_orders.sql',
        ],
        units: [{ toolTransaction: false, at: ['none'], reason: /flyway:executeInTransaction/ }],
      },
      {
        file: 'reports/V6__create_daily_totals.sql', // Flyway scans the location's subfolders too
        earlier: [
          'V1__create_users.sql',
          'V1_1__add_users_email.sql',
          'V1.9__create_orders.sql',
          'V1.10__add_orders_status.sql',
          'V2__index_orders_status.sql',
          'V3__orders_user_index.sql',
          'V4__backfill_orders.sql',
          'V5__reindex_orders.sql',
        ],
        down: null,
        expected: true,
      },
      {
        file: 'R__orders_view.sql', // repeatables run after every versioned migration
        earlier: [
          'V1__create_users.sql',
          'V1_1__add_users_email.sql',
          'V1.9__create_orders.sql',
          'V1.10__add_orders_status.sql',
          'V2__index_orders_status.sql',
          'V3__orders_user_index.sql',
          'V4__backfill_orders.sql',
          'V5__reindex_orders.sql',
          'reports/V6__create_daily_totals.sql',
        ],
        down: null,
        expected: false,
      },
      {
        file: 'R__users_view.sql', // ... in description order
        earlier: [
          'V1__create_users.sql',
          'V1_1__add_users_email.sql',
          'V1.9__create_orders.sql',
          'V1.10__add_orders_status.sql',
          'V2__index_orders_status.sql',
          'V3__orders_user_index.sql',
          'V4__backfill_orders.sql',
          'V5__reindex_orders.sql',
          'reports/V6__create_daily_totals.sql',
          'R__orders_view.sql',
        ],
      },
    ],
  },
  {
    tool: 'dbmate',
    folder: 'dbmate/db/migrations',
    files: [
      {
        file: '20240101120000_create_users.sql',
        earlier: [],
        down: 'section',
        expected: true,
        units: [
          { direction: 'up', toolTransaction: true, at: ['tool'] },
          { direction: 'down', toolTransaction: true, at: ['tool'] },
        ],
      },
      {
        file: '20240102090000_index_users_email.sql',
        earlier: ['20240101120000_create_users.sql'],
        down: 'section',
        expected: true,
        units: [
          { direction: 'up', toolTransaction: false, at: ['none'], reason: /transaction:false/ },
          { direction: 'down', toolTransaction: false, at: ['none'] },
        ],
      },
      {
        file: '20240103000000_create_orders.sql',
        earlier: ['20240101120000_create_users.sql', '20240102090000_index_users_email.sql'],
        down: null,
        expected: true,
        units: [{ direction: 'up', toolTransaction: true, at: ['tool', 'tool'] }],
      },
    ],
  },
  {
    tool: 'goose',
    folder: 'goose/migrations',
    files: [
      {
        file: '00001_create_users.sql',
        earlier: [],
        down: 'section',
        expected: true,
        units: [
          { direction: 'up', toolTransaction: true, at: ['tool'] },
          { direction: 'down', toolTransaction: true, at: ['tool'] },
        ],
      },
      {
        file: '00002_index_users_email.sql',
        earlier: ['00001_create_users.sql'],
        down: 'section',
        units: [
          { direction: 'up', toolTransaction: false, at: ['none'], reason: /NO TRANSACTION/ },
          { direction: 'down', toolTransaction: false, at: ['none'] },
        ],
      },
      {
        file: '00003_add_users_status.sql',
        earlier: ['00001_create_users.sql', '00002_index_users_email.sql'],
        down: 'section',
      },
      {
        file: '00010_create_orders.sql', // version 10 after 3
        earlier: ['00001_create_users.sql', '00002_index_users_email.sql', '00003_add_users_status.sql'],
        down: null,
        expected: true,
      },
    ],
  },
  {
    tool: 'sql-migrate',
    folder: 'sql-migrate/sql',
    files: [
      {
        file: '1_create_users.sql',
        earlier: [],
        down: 'section',
        expected: true,
        units: [
          { direction: 'up', toolTransaction: true, at: ['tool'], reason: /Up statements in one transaction/ },
          { direction: 'down', toolTransaction: true, at: ['tool'], reason: /`-- \+migrate Down`/ },
        ],
      },
      {
        file: '2_index_users_email.sql',
        earlier: ['1_create_users.sql'],
        down: 'section',
        units: [
          { direction: 'up', toolTransaction: false, at: ['none'], reason: /notransaction/ },
          { direction: 'down', toolTransaction: false, at: ['none'], reason: /Down statements outside/ },
        ],
      },
      {
        // version 10 after 2; three Up sections, one migration in one transaction; no Down section
        file: '10_create_orders.sql',
        earlier: ['1_create_users.sql', '2_index_users_email.sql'],
        down: null,
        expected: true,
        units: [{ direction: 'up', toolTransaction: true, at: ['tool', 'tool', 'tool'] }],
      },
      {
        // a name without a number comes after all numbered ones
        file: 'seed.sql',
        earlier: ['1_create_users.sql', '2_index_users_email.sql', '10_create_orders.sql'],
        down: 'section',
        expected: true,
      },
    ],
  },
  {
    // ory/popx (Kratos): a file per database side by side; PostgreSQL runs the .postgres. ones and those with none
    tool: 'golang-migrate',
    folder: 'popx/db/migrations',
    files: [
      {
        file: '20191100000001000000_members.postgres.up.sql',
        earlier: [],
        // the MySQL down beside it is not its down
        down: null,
        expected: true,
      },
      {
        file: '20191100000002000000_mail_outbox.up.sql',
        earlier: ['20191100000001000000_members.postgres.up.sql'],
        down: '20191100000002000000_mail_outbox.down.sql',
      },
      {
        file: '20200101000000000000_members_widen.postgres.up.sql',
        earlier: ['20191100000001000000_members.postgres.up.sql', '20191100000002000000_mail_outbox.up.sql'],
        down: '20200101000000000000_members_widen.postgres.down.sql',
        expected: true,
      },
    ],
  },
  {
    tool: 'sqitch',
    folder: 'sqitch',
    files: [
      {
        file: 'deploy/appschema.sql',
        earlier: [],
        down: 'revert/appschema.sql',
        expected: true,
        units: [{ toolTransaction: false, at: ['none', 'none', 'none'], reason: /psql/ }],
      },
      {
        file: 'deploy/users@v1.0.0.sql', // the reworked change's first version
        earlier: ['deploy/appschema.sql'],
        down: 'revert/users@v1.0.0.sql',
        expected: true,
      },
      {
        file: 'deploy/flips.sql',
        earlier: ['deploy/appschema.sql', 'deploy/users@v1.0.0.sql'],
        down: null,
        expected: true,
      },
      {
        file: 'deploy/users.sql',
        earlier: ['deploy/appschema.sql', 'deploy/users@v1.0.0.sql', 'deploy/flips.sql'],
        down: 'revert/users.sql',
        expected: true,
      },
      {
        file: 'revert/users.sql',
        direction: 'down',
        earlier: ['deploy/appschema.sql', 'deploy/users@v1.0.0.sql', 'deploy/flips.sql'],
        down: null,
        expected: false,
        up: 'deploy/users.sql',
      },
      {
        file: 'verify/flips.sql',
        earlier: ['deploy/appschema.sql', 'deploy/users@v1.0.0.sql'],
        down: null,
        expected: false,
      },
    ],
  },
  {
    tool: 'sqitch',
    folder: 'sqitch-top-dir', // sqitch.conf `top_dir = sql`: the plan sits above sql/deploy
    files: [
      { file: 'sql/deploy/widgets.sql', earlier: [], down: 'sql/revert/widgets.sql', expected: true },
      {
        file: 'sql/deploy/widget_index.sql',
        earlier: ['sql/deploy/widgets.sql'],
        down: 'sql/revert/widget_index.sql',
        units: [{ toolTransaction: false, at: ['none'] }],
      },
      {
        file: 'sql/revert/widget_index.sql',
        direction: 'down',
        earlier: ['sql/deploy/widgets.sql'],
        up: 'sql/deploy/widget_index.sql',
      },
    ],
  },
  {
    tool: 'sqitch',
    // Reworked after two tags: `sqitch rework` named the old scripts after the last tag (`@v2.0`), not the first.
    folder: 'sqitch-rework',
    files: [
      {
        file: 'deploy/widen_name@v2.0.sql',
        earlier: ['deploy/widgets.sql'],
        down: 'revert/widen_name@v2.0.sql',
        expected: true,
      },
      {
        file: 'deploy/widen_name.sql',
        earlier: ['deploy/widgets.sql', 'deploy/widen_name@v2.0.sql', 'deploy/widget_index.sql'],
        down: 'revert/widen_name.sql',
        expected: true,
      },
      {
        file: 'revert/widen_name@v2.0.sql',
        direction: 'down',
        earlier: ['deploy/widgets.sql'],
        down: null,
        expected: false,
        up: 'deploy/widen_name@v2.0.sql',
      },
      {
        file: 'verify/widen_name.sql',
        earlier: ['deploy/widgets.sql', 'deploy/widen_name@v2.0.sql', 'deploy/widget_index.sql'],
        expected: false,
      },
    ],
  },
  {
    tool: 'sqitch',
    // Change names with `/` (`sqitch add users/email_idx`): scripts in subfolders, ordered and paired by the plan;
    // users/email_idx is reworked after @v1.0, so its first version is users/email_idx@v1.0.sql.
    folder: 'sqitch-subfolders',
    files: [
      {
        file: 'deploy/users/create.sql',
        earlier: ['deploy/appschema.sql'],
        down: 'revert/users/create.sql',
        expected: true,
        units: [{ toolTransaction: false, at: ['none', 'none', 'none'], reason: /psql/ }],
      },
      {
        file: 'deploy/users/email_idx@v1.0.sql',
        earlier: ['deploy/appschema.sql', 'deploy/users/create.sql'],
        down: 'revert/users/email_idx@v1.0.sql',
        expected: true,
      },
      {
        file: 'deploy/orders/create.sql',
        earlier: ['deploy/appschema.sql', 'deploy/users/create.sql', 'deploy/users/email_idx@v1.0.sql'],
        down: null,
        expected: true,
      },
      {
        file: 'deploy/users/email_idx.sql',
        earlier: [
          'deploy/appschema.sql',
          'deploy/users/create.sql',
          'deploy/users/email_idx@v1.0.sql',
          'deploy/orders/create.sql',
        ],
        down: 'revert/users/email_idx.sql',
        expected: true,
      },
      {
        file: 'revert/users/email_idx.sql',
        direction: 'down',
        earlier: [
          'deploy/appschema.sql',
          'deploy/users/create.sql',
          'deploy/users/email_idx@v1.0.sql',
          'deploy/orders/create.sql',
        ],
        down: null,
        expected: false,
        up: 'deploy/users/email_idx.sql',
      },
      {
        file: 'verify/users/email_idx.sql',
        earlier: [
          'deploy/appschema.sql',
          'deploy/users/create.sql',
          'deploy/users/email_idx@v1.0.sql',
          'deploy/orders/create.sql',
        ],
        expected: false,
      },
    ],
  },
  {
    tool: 'prisma',
    folder: 'prisma/prisma/migrations',
    files: [
      {
        file: '20240101120000_init/migration.sql',
        earlier: [],
        down: null,
        expected: false,
        units: [{ toolTransaction: false, at: ['implicit', 'implicit'], reason: /Prisma/ }],
      },
      {
        file: '20240105093000_add_orders/migration.sql',
        earlier: ['20240101120000_init/migration.sql'],
        down: null,
        expected: false,
      },
      {
        file: '20240110000000_index_orders_user/migration.sql', // alone in its migration: no implicit transaction
        earlier: ['20240101120000_init/migration.sql', '20240105093000_add_orders/migration.sql'],
        units: [{ toolTransaction: false, at: ['none'] }],
      },
    ],
  },
  {
    tool: 'diesel',
    folder: 'diesel/migrations',
    files: [
      {
        file: '00000000000000_diesel_initial_setup/up.sql',
        earlier: [],
        down: '00000000000000_diesel_initial_setup/down.sql',
        expected: true,
        units: [{ toolTransaction: true, at: ['tool'], reason: /Diesel runs each migration in a transaction/ }],
      },
      {
        file: '2024-01-01-120000_create_users/up.sql',
        earlier: ['00000000000000_diesel_initial_setup/up.sql'],
        down: '2024-01-01-120000_create_users/down.sql',
      },
      {
        file: '2024-01-02-090000_index_users_email/up.sql',
        earlier: ['00000000000000_diesel_initial_setup/up.sql', '2024-01-01-120000_create_users/up.sql'],
        down: '2024-01-02-090000_index_users_email/down.sql',
        units: [{ toolTransaction: false, at: ['none'], reason: /metadata\.toml/ }],
      },
      {
        file: '2024-01-02-090000_index_users_email/down.sql',
        direction: 'down',
        earlier: ['00000000000000_diesel_initial_setup/up.sql', '2024-01-01-120000_create_users/up.sql'],
        down: null,
        expected: false,
        up: '2024-01-02-090000_index_users_email/up.sql',
        units: [{ direction: 'down', toolTransaction: false, at: ['none'] }],
      },
      {
        file: '2024-01-03-000000_create_orders/up.sql',
        earlier: [
          '00000000000000_diesel_initial_setup/up.sql',
          '2024-01-01-120000_create_users/up.sql',
          '2024-01-02-090000_index_users_email/up.sql',
        ],
        down: null,
        expected: true,
        units: [{ toolTransaction: true, at: ['tool', 'tool'] }],
      },
    ],
  },
  {
    // Config v3: one history per database folder; versions compared as numbers; up.yaml is metadata, not SQL.
    tool: 'hasura',
    folder: 'hasura/migrations',
    files: [
      {
        file: 'default/1681234567890_init/up.sql',
        earlier: [],
        down: null,
        expected: false,
        units: [
          {
            toolTransaction: true,
            at: ['tool', 'tool'],
            reason: /Hasura runs each migration in a transaction \(no `-- hasura:no-transaction` first line\)/,
          },
        ],
      },
      {
        file: 'default/1681234600000_create_table_public_orders/up.sql',
        earlier: ['default/1681234567890_init/up.sql'],
        down: 'default/1681234600000_create_table_public_orders/down.sql',
        expected: false,
      },
      {
        file: 'default/1681234600000_create_table_public_orders/down.sql',
        direction: 'down',
        earlier: ['default/1681234567890_init/up.sql'],
        down: null,
        expected: false,
        up: 'default/1681234600000_create_table_public_orders/up.sql',
        units: [{ direction: 'down', toolTransaction: true, at: ['tool'] }],
      },
      {
        file: 'default/1681234700000_create_index_orders_user_id/up.sql',
        earlier: ['default/1681234567890_init/up.sql', 'default/1681234600000_create_table_public_orders/up.sql'],
        down: 'default/1681234700000_create_index_orders_user_id/down.sql',
        units: [
          { toolTransaction: false, at: ['none'], reason: /outside a transaction \(`-- hasura:no-transaction`\)/ },
        ],
      },
      {
        file: 'default/1681234700000_create_index_orders_user_id/down.sql',
        direction: 'down',
        earlier: ['default/1681234567890_init/up.sql', 'default/1681234600000_create_table_public_orders/up.sql'],
        up: 'default/1681234700000_create_index_orders_user_id/up.sql',
        units: [{ direction: 'down', toolTransaction: false, at: ['none'] }],
      },
      {
        file: 'default/1681234800000_add_orders_status/up.sql',
        earlier: [
          'default/1681234567890_init/up.sql',
          'default/1681234600000_create_table_public_orders/up.sql',
          'default/1681234700000_create_index_orders_user_id/up.sql',
        ],
        down: 'default/1681234800000_add_orders_status/down.sql',
      },
      {
        // Another database's history: its own order, nothing of default's (900000000000 < 1681234567891).
        file: 'analytics/1681234567891_init/up.sql',
        earlier: ['analytics/900000000000_legacy_events/up.sql'],
        down: null,
        expected: false,
      },
      { file: 'analytics/900000000000_legacy_events/up.sql', earlier: [] },
    ],
  },
  {
    // Config v2: the migration folders right in migrations/.
    tool: 'hasura',
    folder: 'hasura-v2/migrations',
    files: [
      {
        file: '1620138146208_create_table_public_t1/up.sql',
        earlier: [],
        down: '1620138146208_create_table_public_t1/down.sql',
        expected: false,
      },
      {
        file: '1620138161039_create_table_public_t2/down.sql',
        direction: 'down',
        earlier: ['1620138146208_create_table_public_t1/up.sql'],
        up: '1620138161039_create_table_public_t2/up.sql',
      },
      {
        // Outside a transaction, the file is still one run_sql string: one implicit transaction for both.
        file: '1620138170000_index_t1_t2/up.sql',
        earlier: ['1620138146208_create_table_public_t1/up.sql', '1620138161039_create_table_public_t2/up.sql'],
        down: null,
        expected: false,
        units: [{ toolTransaction: false, at: ['implicit', 'implicit'] }],
      },
    ],
  },
  {
    tool: 'sqlx',
    folder: 'sqlx/migrations',
    files: [
      {
        file: '20240101120000_create_users.up.sql',
        earlier: [],
        down: '20240101120000_create_users.down.sql',
        expected: true, // the folder holds .down.sql files
        units: [{ toolTransaction: true, at: ['tool'], reason: /no `-- no-transaction` first line/ }],
      },
      {
        file: '20240102090000_index_users_email.up.sql',
        earlier: ['20240101120000_create_users.up.sql'],
        down: '20240102090000_index_users_email.down.sql',
        units: [{ toolTransaction: false, at: ['none'], reason: /`-- no-transaction`/ }],
      },
      {
        file: '20240102090000_index_users_email.down.sql',
        direction: 'down',
        earlier: ['20240101120000_create_users.up.sql'],
        down: null,
        up: '20240102090000_index_users_email.up.sql',
        units: [{ direction: 'down', toolTransaction: false, at: ['none'] }],
      },
      {
        file: '20240103000000_create_orders.up.sql',
        earlier: ['20240101120000_create_users.up.sql', '20240102090000_index_users_email.up.sql'],
        down: null,
        expected: true,
        units: [{ toolTransaction: true, at: ['tool', 'tool'] }],
      },
    ],
  },
  {
    tool: 'sqlx',
    folder: 'sqlx-simple/migrations',
    files: [
      { file: '1_create_accounts.sql', earlier: [], down: null, expected: false },
      { file: '2_create_entries.sql', earlier: ['1_create_accounts.sql'] },
      {
        file: '10_index_entries_account.sql',
        earlier: ['1_create_accounts.sql', '2_create_entries.sql'],
        down: null,
        expected: false,
        units: [{ toolTransaction: false, at: ['none'] }],
      },
    ],
  },
  {
    tool: 'supabase',
    folder: 'supabase/supabase/migrations',
    files: [
      {
        file: '20240101120000_create_profiles.sql',
        earlier: [],
        down: null,
        expected: false,
        // One pipelined batch: one implicit transaction (a BEGIN in it would make it explicit, not nest).
        units: [
          { toolTransaction: false, at: ['implicit', 'implicit'], reason: /Supabase CLI .*implicit transaction/ },
        ],
      },
      {
        // The CLI runs the CONCURRENTLY statement on its own, after the batch before it.
        file: '20240102090000_index_profiles.sql',
        earlier: ['20240101120000_create_profiles.sql'],
        units: [
          {
            toolTransaction: false,
            at: ['none', 'none'],
            segments: [
              { toolTransaction: false, statements: 1 },
              { toolTransaction: false, statements: 1, reason: /on its own/ },
            ],
          },
        ],
      },
      {
        file: '20240103000000_profiles_policies.sql',
        earlier: ['20240101120000_create_profiles.sql', '20240102090000_index_profiles.sql'],
        down: null,
        expected: false,
      },
    ],
  },
  {
    tool: 'liquibase',
    folder: 'liquibase/src/main/resources/db/changelog',
    files: [
      {
        file: 'changes/users.sql',
        earlier: [], // first in db.changelog-master.yaml
        down: 'section',
        expected: false,
        units: [
          {
            toolTransaction: true,
            at: ['tool', 'tool'],
            segments: [
              { toolTransaction: true, statements: 1, changeset: 'alice:1', hasRollback: true },
              { toolTransaction: true, statements: 1, changeset: 'alice:2', hasRollback: true },
            ],
          },
        ],
      },
      {
        file: 'changes/orders.sql',
        earlier: ['changes/users.sql'],
        down: null,
        expected: false,
        units: [
          {
            toolTransaction: true,
            at: ['tool', 'tool'],
            segments: [{ toolTransaction: true, statements: 2, changeset: 'bob:orders-1', hasRollback: false }],
          },
        ],
      },
      {
        file: 'changes/indexes.sql', // the master's order, not the alphabet's
        earlier: ['changes/users.sql', 'changes/orders.sql'],
        down: 'section',
        units: [
          {
            toolTransaction: false,
            // indexes-2 has splitStatements:false: one string to the driver, one implicit transaction
            at: ['none', 'implicit', 'implicit'],
            reason: /runInTransaction:false/,
            segments: [
              { toolTransaction: false, statements: 1, changeset: 'bob:indexes-1', hasRollback: true },
              { toolTransaction: false, statements: 2, changeset: 'bob:indexes-2', hasRollback: true },
            ],
          },
        ],
      },
    ],
  },
  {
    tool: 'liquibase',
    // Plain SQL files (no formatted-SQL header) that master.xml runs: include, includeAll and an sqlFile changeSet.
    folder: 'liquibase-raw/src/main/resources/db',
    files: [
      {
        file: 'sql/create_users.sql',
        earlier: [],
        down: null,
        expected: false,
        units: [{ toolTransaction: true, at: ['tool'], reason: /SQL file master\.xml includes as one changeset/ }],
      },
      {
        file: 'sql/create_orders.sql', // the master's order, not the alphabet's
        earlier: ['sql/create_users.sql'],
        down: null,
        expected: false,
      },
      {
        file: 'migrations/001_add_users_status.sql', // a numbered file in migrations/: Liquibase's, not a plain folder's
        earlier: ['sql/create_users.sql', 'sql/create_orders.sql'],
      },
      {
        // Sent as one string: one changeset in a transaction either way.
        file: 'migrations/002_add_orders_note.sql',
        earlier: ['sql/create_users.sql', 'sql/create_orders.sql', 'migrations/001_add_users_status.sql'],
        units: [{ toolTransaction: true, at: ['tool', 'tool'] }],
      },
      {
        file: 'sql/index_orders.sql',
        earlier: [
          'sql/create_users.sql',
          'sql/create_orders.sql',
          'migrations/001_add_users_status.sql',
          'migrations/002_add_orders_note.sql',
        ],
        units: [
          {
            toolTransaction: false,
            at: ['none'],
            reason: /outside a transaction \(`runInTransaction="false"` in master\.xml\)/,
          },
        ],
      },
    ],
  },
  {
    tool: 'plain',
    folder: 'plain/migrations',
    files: [
      {
        file: '1_create_users.sql',
        earlier: [],
        down: '1_create_users.down.sql',
        expected: true, // the folder holds .down.sql files
        units: [{ toolTransaction: false, at: ['none'] }],
      },
      {
        file: '1_create_users.down.sql',
        direction: 'down',
        earlier: [],
        down: null,
        expected: false,
        up: '1_create_users.sql',
      },
      { file: '2_add_users_status.sql', earlier: ['1_create_users.sql'], down: '2_add_users_status.down.sql' },
      {
        file: '10_create_orders.sql',
        earlier: ['1_create_users.sql', '2_add_users_status.sql'],
        down: null,
        expected: true,
      },
    ],
  },
];

describe('migration tools catalogue (test/fixtures/tools)', () => {
  for (const { tool, folder, files } of CATALOGUE) {
    describe(`${tool} (${folder})`, () => {
      const root = path.join(FIXTURES, folder);
      const abs = (relative: string): string => path.join(root, relative);
      const rel = (file: string): string => path.relative(root, file).split(path.sep).join('/');

      it('the listed fixtures exist', () => {
        const listed = new Set(files.map((f) => f.file));
        assert.ok(
          files.every((f) => fs.existsSync(abs(f.file))),
          'a listed fixture is missing',
        );
        assert.ok(listed.size === files.length);
      });

      for (const c of files) {
        it(c.file, () => {
          const file = abs(c.file);
          const text = fs.readFileSync(file, 'utf8');
          const detected = detectMigration(file, text, disk);
          assert.strictEqual(detected.tool, tool, 'detected tool');
          assert.strictEqual(detected.direction, c.direction ?? 'up', 'direction');

          assert.deepStrictEqual(earlierMigrations(file, tool, disk).map(rel), c.earlier, 'earlier migrations');

          if (c.down !== undefined) {
            const down = downScriptOf(file, tool, disk);
            const expected: DownScript | undefined =
              c.down === null ? undefined : c.down === 'section' ? 'section' : abs(c.down);
            assert.strictEqual(down, expected, 'down script');
            // The current text (an editor buffer) decides over the file on disk.
            if (c.down === 'section')
              assert.strictEqual(downScriptOf(file, tool, { list: disk.list }, text), 'section');
            if (c.down !== null && c.down !== 'section') {
              assert.strictEqual(
                pairedUpScript(expected as string, tool, disk),
                file,
                'pairedUpScript(down) is the up',
              );
            }
          }
          if (c.expected !== undefined) {
            const status = rollbackStatus(file, tool, disk);
            assert.strictEqual(status.expected, c.expected, 'rollback expected');
            assert.strictEqual(status.missing, c.expected && (c.down === null || c.down === undefined));
          }
          if (c.up !== undefined) {
            assert.strictEqual(pairedUpScript(file, tool, disk), abs(c.up), 'pairedUpScript with a view');
          }

          if (c.units) {
            const units = unitsOf(file, tool);
            assert.strictEqual(units.length, c.units.length, 'unit count');
            c.units.forEach((expected, k) => {
              const unit = units[k];
              const label = `unit ${k}`;
              assert.strictEqual(unit.tool, tool);
              assert.strictEqual(unit.direction, expected.direction ?? c.direction ?? 'up', `${label} direction`);
              assert.strictEqual(unit.toolTransaction, expected.toolTransaction, `${label} toolTransaction`);
              assert.ok(unit.transactionReason, `${label} has a reason`);
              if (expected.reason) assert.match(unit.transactionReason!, expected.reason, `${label} reason`);
              if (expected.at) {
                assert.deepStrictEqual(
                  unit.statements.map((i) => toolTransactionAt(unit, i)),
                  expected.at,
                  `${label} transaction per statement`,
                );
              }
              const segments = unit.segments ?? [];
              assert.deepStrictEqual(
                segments.flatMap((segment) => segment.statements),
                unit.statements,
                `${label} segments cover its statements`,
              );
              if (expected.segments) {
                assert.strictEqual(segments.length, expected.segments.length, `${label} segment count`);
                expected.segments.forEach((e, j) => {
                  const segment = segments[j];
                  assert.strictEqual(segment.toolTransaction, e.toolTransaction, `${label} segment ${j}`);
                  assert.strictEqual(segment.statements.length, e.statements, `${label} segment ${j} statements`);
                  if (e.changeset !== undefined) assert.strictEqual(segment.changeset, e.changeset);
                  if (e.hasRollback !== undefined) assert.strictEqual(segment.hasRollback, e.hasRollback);
                  if (e.reason) assert.match(segment.reason, e.reason);
                });
              } else {
                assert.strictEqual(segments.length, 1, `${label} is one transaction segment`);
              }
            });
          }
        });
      }
    });
  }
});

describe('assumeInTransaction and the tools', () => {
  const file = (relative: string): string => path.join(FIXTURES, relative);

  it('wraps migrations of tools that open no transaction themselves', () => {
    for (const [relative, tool] of [
      ['golang-migrate/db/migrations/1_create_users.up.sql', 'golang-migrate'],
      ['plain/migrations/1_create_users.sql', 'plain'],
      ['prisma/prisma/migrations/20240101120000_init/migration.sql', 'prisma'],
      ['sqitch/deploy/appschema.sql', 'sqitch'],
    ] as const) {
      const [unit] = unitsOf(file(relative), tool, true);
      assert.strictEqual(unit.toolTransaction, true, relative);
      assert.match(unit.transactionReason!, /assumeInTransaction/, relative);
    }
  });

  it('does not override an explicit opt-out', () => {
    for (const [relative, tool] of [
      ['sqlx/migrations/20240102090000_index_users_email.up.sql', 'sqlx'],
      ['diesel/migrations/2024-01-02-090000_index_users_email/up.sql', 'diesel'],
      ['flyway/src/main/resources/db/migration/V4__backfill_orders.sql', 'flyway'],
      ['flyway/src/main/resources/db/migration/V2__index_orders_status.sql', 'flyway'],
      ['goose/migrations/00002_index_users_email.sql', 'goose'],
      ['dbmate/db/migrations/20240102090000_index_users_email.sql', 'dbmate'],
      ['liquibase/src/main/resources/db/changelog/changes/indexes.sql', 'liquibase'],
      ['hasura/migrations/default/1681234700000_create_index_orders_user_id/up.sql', 'hasura'],
    ] as const) {
      for (const unit of unitsOf(file(relative), tool, true)) {
        assert.strictEqual(unit.toolTransaction, false, relative);
      }
    }
  });
});

describe('sqitch change names with `/`: where a generated revert goes', () => {
  it('revert/<change>.sql, in the change’s subfolder', () => {
    const root = path.join(FIXTURES, 'sqitch-subfolders');
    const deploy = path.join(root, 'deploy/orders/create.sql');
    assert.deepStrictEqual(rollbackTarget(deploy, 'sqitch', disk, fs.readFileSync(deploy, 'utf8')), {
      kind: 'create',
      path: path.join(root, 'revert/orders/create.sql'),
    });
  });
});
