import { liquibasePlace } from './liquibase';
import * as assert from 'assert';
import { earlierMigrations, flywayLocation, parseSqitchPlan } from './history';
import { compareDigits, compareFlywayVersions, parseFlyway } from './naming';
import { FileSystemView } from './tools';
import { flywayNonTransactional, supabaseStandalone, toolTransactionSettings } from './transactions';

/** A fake file system: folder → entries, file → text. */
function view(tree: Record<string, string[]>, files: Record<string, string> = {}): FileSystemView {
  return { list: (dir) => tree[dir], read: (file) => files[file] };
}

describe('version order', () => {
  it('compares digit strings as numbers of any length', () => {
    assert.ok(compareDigits('2', '10') < 0);
    assert.strictEqual(compareDigits('007', '7'), 0);
    assert.ok(compareDigits('20240101120000000001', '20240101120000000000') > 0);
  });

  it("compares Flyway versions part by part ('.' and '_' alike, missing parts are 0)", () => {
    assert.ok(compareFlywayVersions('1.9', '1.10') < 0);
    assert.ok(compareFlywayVersions('1_1', '1.2') < 0);
    assert.strictEqual(compareFlywayVersions('1', '1.0'), 0);
    assert.ok(compareFlywayVersions('2', '1.999') > 0);
    assert.deepStrictEqual(parseFlyway('V1_1__add_orders.sql'), {
      kind: 'V',
      version: '1_1',
      description: 'add_orders',
    });
    assert.deepStrictEqual(parseFlyway('U2__x.sql'), { kind: 'U', version: '2', description: 'x' });
    assert.deepStrictEqual(parseFlyway('R__views.sql'), { kind: 'R', description: 'views' });
    assert.strictEqual(parseFlyway('v1__lowercase.sql'), undefined);
  });
});

describe('earlierMigrations (fake folders)', () => {
  it('orders numbered tools numerically, not by name', () => {
    const tree = { '/p/m': ['10_c.up.sql', '2_b.up.sql', '2_b.down.sql', '1_a.up.sql', 'README.md'] };
    assert.deepStrictEqual(earlierMigrations('/p/m/10_c.up.sql', 'golang-migrate', view(tree)), [
      '/p/m/1_a.up.sql',
      '/p/m/2_b.up.sql',
    ]);
    // a down script's history is that of its up script
    assert.deepStrictEqual(earlierMigrations('/p/m/2_b.down.sql', 'golang-migrate', view(tree)), ['/p/m/1_a.up.sql']);
  });

  it('orders a plain folder of dated names (Laravel, ISO dates) by the whole date, not the year', () => {
    const laravel = {
      '/p/m': [
        '2024_02_10_000000_title_required.sql',
        '2024_01_10_000000_create_posts.sql',
        '0001_01_01_000000_create_users_table.sql',
        '2024_03_01_120000_drop_legacy.sql',
      ],
    };
    assert.deepStrictEqual(earlierMigrations('/p/m/2024_02_10_000000_title_required.sql', 'plain', view(laravel)), [
      '/p/m/0001_01_01_000000_create_users_table.sql',
      '/p/m/2024_01_10_000000_create_posts.sql',
    ]);
    const iso = { '/p/m': ['2024-01-15_init.sql', '2024-03-02_orders.sql', '2024-11-30_refunds.sql'] };
    assert.deepStrictEqual(earlierMigrations('/p/m/2024-03-02_orders.sql', 'plain', view(iso)), [
      '/p/m/2024-01-15_init.sql',
    ]);
    // A sequence number after the date orders within the day, not after the next day.
    const sequenced = { '/p/m': ['20240115_01_create_users.sql', '20240115_02_seed.sql', '20240116_widen_email.sql'] };
    assert.deepStrictEqual(earlierMigrations('/p/m/20240116_widen_email.sql', 'plain', view(sequenced)), [
      '/p/m/20240115_01_create_users.sql',
      '/p/m/20240115_02_seed.sql',
    ]);
    // A description that starts with a digit is not part of the version.
    const numbered = { '/p/m': ['001_init.sql', '002_2fa_codes.sql', '003_sessions.sql'] };
    assert.deepStrictEqual(earlierMigrations('/p/m/003_sessions.sql', 'plain', view(numbered)), [
      '/p/m/001_init.sql',
      '/p/m/002_2fa_codes.sql',
    ]);
  });

  it('Liquibase: follows nested changelogs, classpath: paths and includeAll into subfolders; skips commented includes', () => {
    const root = '/p/src/main/resources/db/changelog';
    const tree = {
      [root]: ['db.changelog-master.xml', 'v1', 'v2', 'v3'],
      [`${root}/v1`]: ['changelog-v1.yaml', '001-create-users.sql', '002-old-drop.sql'],
      [`${root}/v2`]: ['changelog-v2.yaml', '001-widen-email.sql'],
      [`${root}/v3`]: ['a', 'b'],
      [`${root}/v3/a`]: ['001-orders.sql'],
      [`${root}/v3/b`]: ['001-index.sql'],
    };
    const files = {
      [`${root}/db.changelog-master.xml`]: [
        '<databaseChangeLog>',
        '  <include file="v1/changelog-v1.yaml" relativeToChangelogFile="true"/>',
        '  <!-- <include file="v1/002-old-drop.sql" relativeToChangelogFile="true"/> -->',
        '  <include file="classpath:db/changelog/v2/001-widen-email.sql"/>',
        '  <includeAll path="v3" relativeToChangelogFile="true"/>',
        '</databaseChangeLog>',
      ].join('\n'),
      [`${root}/v2/changelog-v2.yaml`]: 'databaseChangeLog:\n  - include:\n      file: 001-widen-email.sql\n',
      [`${root}/v1/changelog-v1.yaml`]:
        'databaseChangeLog:\n  - include:\n      file: 001-create-users.sql\n      relativeToChangelogFile: true\n',
    };
    // v2's own changelog lists only v2's file: the master, further up, decides.
    assert.deepStrictEqual(earlierMigrations(`${root}/v2/001-widen-email.sql`, 'liquibase', view(tree, files)), [
      `${root}/v1/001-create-users.sql`,
    ]);
    assert.deepStrictEqual(earlierMigrations(`${root}/v3/b/001-index.sql`, 'liquibase', view(tree, files)), [
      `${root}/v1/001-create-users.sql`,
      `${root}/v2/001-widen-email.sql`,
      `${root}/v3/a/001-orders.sql`,
    ]);
  });

  it('Flyway: a location flyway.conf names is scanned whole, subfolders included', () => {
    const tree = {
      '/p': ['flyway.conf', 'sql'],
      '/p/sql': ['v1', 'v2'],
      '/p/sql/v1': ['V1__create_users.sql'],
      '/p/sql/v2': ['V2__widen_email.sql'],
    };
    const files = { '/p/flyway.conf': 'flyway.url=jdbc:postgresql://localhost/app\nflyway.locations=filesystem:sql\n' };
    assert.deepStrictEqual(earlierMigrations('/p/sql/v2/V2__widen_email.sql', 'flyway', view(tree, files)), [
      '/p/sql/v1/V1__create_users.sql',
    ]);
    // Several locations are one sequence, ordered by version across them.
    const two = {
      '/p': ['flyway.toml', 'sql', 'other'],
      '/p/sql': ['V1__init.sql', 'V3__index.sql'],
      '/p/other': ['V2__widen.sql'],
    };
    const toml = { '/p/flyway.toml': '[flyway]\nlocations = ["filesystem:sql", "filesystem:other"]\n' };
    assert.deepStrictEqual(earlierMigrations('/p/sql/V3__index.sql', 'flyway', view(two, toml)), [
      '/p/sql/V1__init.sql',
      '/p/other/V2__widen.sql',
    ]);
    // Without the configuration, the script's own folder is all Flyway is known to scan.
    assert.deepStrictEqual(earlierMigrations('/p/sql/v2/V2__widen_email.sql', 'flyway', view(tree)), []);
  });

  it("Flyway: Spring Boot's spring.flyway.locations decides, with {vendor} read as postgresql", () => {
    const res = '/p/src/main/resources';
    const tree = {
      [res]: ['application.properties', 'db'],
      [`${res}/db`]: ['migration'],
      [`${res}/db/migration`]: ['common', 'mysql', 'postgresql'],
      [`${res}/db/migration/common`]: ['V3__seed.sql'],
      [`${res}/db/migration/mysql`]: ['V1__base.sql', 'V2__idx.sql', 'V3__drop.sql'],
      [`${res}/db/migration/postgresql`]: ['V1__base.sql', 'V2__idx.sql', 'V4__add.sql'],
    };
    const pg = `${res}/db/migration/postgresql`;
    const properties = {
      [`${res}/application.properties`]: 'spring.flyway.locations=classpath:db/migration/{vendor}\n',
    };
    assert.deepStrictEqual(earlierMigrations(`${pg}/V4__add.sql`, 'flyway', view(tree, properties)), [
      `${pg}/V1__base.sql`,
      `${pg}/V2__idx.sql`,
    ]);
    // several locations (a YAML list, or indexed properties) are one sequence
    const yml = {
      [res]: ['application.yml', 'db'],
      [`${res}/config`]: [],
    };
    const yaml = [
      'spring:',
      '  datasource:',
      '    url: jdbc:postgresql://localhost/app',
      '  flyway:',
      '    locations:',
      '      - classpath:db/migration/common',
      "      - 'classpath:db/migration/{vendor}'",
      'server:',
      '  port: 8080',
    ].join('\n');
    const withCommon = [`${pg}/V1__base.sql`, `${pg}/V2__idx.sql`, `${res}/db/migration/common/V3__seed.sql`];
    assert.deepStrictEqual(
      earlierMigrations(`${pg}/V4__add.sql`, 'flyway', view({ ...tree, ...yml }, { [`${res}/application.yml`]: yaml })),
      withCommon,
    );
    const indexed = {
      [`${res}/application.properties`]:
        'spring.flyway.locations[0]=classpath:db/migration/common\nspring.flyway.locations[1]=classpath:db/migration/{vendor}\n',
    };
    assert.deepStrictEqual(earlierMigrations(`${pg}/V4__add.sql`, 'flyway', view(tree, indexed)), withCommon);
    // profiles that disagree are ambiguous: the script's own folder alone
    const profiles = yaml + '\n---\nspring:\n  flyway:\n    locations: classpath:db/migration/{vendor}\n';
    assert.deepStrictEqual(
      earlierMigrations(
        `${pg}/V4__add.sql`,
        'flyway',
        view({ ...tree, ...yml }, { [`${res}/application.yml`]: profiles }),
      ),
      [`${pg}/V1__base.sql`, `${pg}/V2__idx.sql`],
    );
  });

  it('Flyway: without configuration, folders of other databases and repeated versions are separate sequences', () => {
    const root = '/p/src/main/resources/db/migration';
    const tree = {
      [root]: ['V1__base.sql', 'mysql', 'postgresql', 'v2'],
      [`${root}/mysql`]: ['V2__mysql_only.sql'],
      [`${root}/postgresql`]: ['V3__pg.sql'],
      [`${root}/v2`]: ['V2__users.sql'],
    };
    // Sibling version folders are one sequence; a folder for another database never joins it.
    assert.deepStrictEqual(earlierMigrations(`${root}/V5__next.sql`, 'flyway', view(tree)), [
      `${root}/V1__base.sql`,
      `${root}/v2/V2__users.sql`,
      `${root}/postgresql/V3__pg.sql`,
    ]);
    assert.deepStrictEqual(earlierMigrations(`${root}/postgresql/V4__pg.sql`, 'flyway', view(tree)), [
      `${root}/V1__base.sql`,
      `${root}/v2/V2__users.sql`,
      `${root}/postgresql/V3__pg.sql`,
    ]);
    // A script in another database's folder: that folder is its location.
    assert.deepStrictEqual(earlierMigrations(`${root}/mysql/V3__x.sql`, 'flyway', view(tree)), [
      `${root}/mysql/V2__mysql_only.sql`,
    ]);
    // Services of a monorepo each start at V1: Flyway refuses a repeated version in one configuration.
    const mono = {
      '/r/migrations': ['service-a', 'service-b'],
      '/r/migrations/service-a': ['V1__users.sql', 'V2__index.sql'],
      '/r/migrations/service-b': ['V1__orders.sql', 'V2__drop_users.sql', 'V3__more.sql'],
      '/r/migrations/service-b/extra': ['V4__x.sql'],
    };
    assert.deepStrictEqual(earlierMigrations('/r/migrations/service-a/V3__next.sql', 'flyway', view(mono)), [
      '/r/migrations/service-a/V1__users.sql',
      '/r/migrations/service-a/V2__index.sql',
    ]);
    assert.deepStrictEqual(earlierMigrations('/r/migrations/service-b/V3__more.sql', 'flyway', view(mono)), [
      '/r/migrations/service-b/V1__orders.sql',
      '/r/migrations/service-b/V2__drop_users.sql',
    ]);
  });

  it('sql-migrate: every .sql file, leading numbers as numbers, then names; files without a number last', () => {
    const d = '/p/sql';
    const tree = {
      [d]: ['1684504109.sql', '999_b.sql', '1677078479.sql', '0999_a.sql', 'seed.sql', 'init.sql', 'NOTES.SQL', 'x.md'],
    };
    assert.deepStrictEqual(earlierMigrations(`${d}/seed.sql`, 'sql-migrate', view(tree)), [
      `${d}/0999_a.sql`,
      `${d}/999_b.sql`,
      `${d}/1677078479.sql`,
      `${d}/1684504109.sql`,
      `${d}/init.sql`,
    ]);
    assert.deepStrictEqual(earlierMigrations(`${d}/1677078479.sql`, 'sql-migrate', view(tree)), [
      `${d}/0999_a.sql`,
      `${d}/999_b.sql`,
    ]);
  });

  it('ory/popx: files for another database never run before a PostgreSQL migration', () => {
    const d = '/p/db/migrations';
    const tree = {
      [d]: [
        '20191100000001000000_members.cockroach.up.sql',
        '20191100000001000000_members.mysql.down.sql',
        '20191100000001000000_members.mysql.up.sql',
        '20191100000001000000_members.postgres.up.sql',
        '20191100000001000000_members.sqlite3.up.sql',
        '20191100000002000000_mail_outbox.up.sql',
        '20200101000000000000_members_widen.postgres.up.sql',
      ],
    };
    assert.deepStrictEqual(
      earlierMigrations(`${d}/20200101000000000000_members_widen.postgres.up.sql`, 'golang-migrate', view(tree)),
      [`${d}/20191100000001000000_members.postgres.up.sql`, `${d}/20191100000002000000_mail_outbox.up.sql`],
    );
  });

  it('Supabase: only the files its CLI applies run before, in name order', () => {
    const m = '/p/supabase/migrations';
    const tree = {
      [m]: [
        '20211101000000_init.sql',
        '20211201000000_a.sql',
        '20211215000000_b.SQL',
        '20220101000000_c.sql',
        'seed.sql',
      ],
    };
    assert.deepStrictEqual(earlierMigrations(`${m}/20220101000000_c.sql`, 'supabase', view(tree)), [
      `${m}/20211201000000_a.sql`,
    ]);
  });

  it('orders dbmate by file name, as dbmate does', () => {
    const tree = { '/p/db/migrations': ['2_b.sql', '10_c.sql', '1_a.sql'] };
    assert.deepStrictEqual(earlierMigrations('/p/db/migrations/2_b.sql', 'dbmate', view(tree)), [
      '/p/db/migrations/10_c.sql',
      '/p/db/migrations/1_a.sql',
    ]);
  });

  it('returns nothing for files the tool would not pick up, or an unknown tool', () => {
    assert.deepStrictEqual(earlierMigrations('/p/m/notes.sql', 'plain', view({ '/p/m': ['1_a.sql'] })), []);
    assert.deepStrictEqual(earlierMigrations('/p/m/2_b.sql', null, view({ '/p/m': ['1_a.sql'] })), []);
    assert.deepStrictEqual(earlierMigrations('/p/m/2_b.sql', 'plain', view({})), []);
  });

  it('finds the Flyway location above subfolders', () => {
    assert.strictEqual(flywayLocation('/p/db/migration/v2/V2__x.sql'), '/p/db/migration');
    assert.strictEqual(flywayLocation('/p/sql/V2__x.sql'), '/p/sql');
    assert.strictEqual(flywayLocation('/p/db/migration/postgresql/v1/V2__x.sql'), '/p/db/migration');
    assert.strictEqual(flywayLocation('/p/db/migration/mysql/v1/V2__x.sql'), '/p/db/migration/mysql');
  });

  it('needs read() for sqitch', () => {
    const tree = { '/p': ['sqitch.plan', 'deploy'], '/p/deploy': ['a.sql', 'b.sql'] };
    assert.deepStrictEqual(earlierMigrations('/p/deploy/b.sql', 'sqitch', { list: (d) => tree[d as '/p'] }), []);
    assert.deepStrictEqual(
      earlierMigrations(
        '/p/deploy/b.sql',
        'sqitch',
        view(tree, { '/p/sqitch.plan': 'a 2024-01-01T00:00:00Z x <x@x>\nb [a] 2024-01-02T00:00:00Z x <x@x>\n' }),
      ),
      ['/p/deploy/a.sql'],
    );
  });
});

describe('parseSqitchPlan', () => {
  it('names reworked changes after the next tag', () => {
    const plan = [
      '%syntax-version=1.0.0',
      '%project=flipr',
      '',
      'appschema 2024-01-01T10:00:00Z M <m@x> # schema',
      'users [appschema] 2024-01-02T10:00:00Z M <m@x> # users',
      '@v1.0 2024-01-03T10:00:00Z M <m@x> # tag',
      '# a comment',
      '+flips [users] 2024-01-04T10:00:00Z M <m@x>',
      'users [users@v1.0] 2024-01-05T10:00:00Z M <m@x> # rework',
    ].join('\n');
    assert.deepStrictEqual(
      parseSqitchPlan(plan).map((c) => c.script),
      ['appschema', 'users@v1.0', 'flips', 'users'],
    );
  });

  it('picks, among the tags before the next instance, the latest whose script exists (as sqitch does)', () => {
    const plan = [
      'a 2024-01-01T00:00:00Z M <m@x>',
      'users 2024-01-02T00:00:00Z M <m@x>',
      '@v1.0 2024-01-03T00:00:00Z M <m@x>',
      'b 2024-01-04T00:00:00Z M <m@x>',
      '@v2.0 2024-01-05T00:00:00Z M <m@x>',
      '@v2.1 2024-01-05T00:00:00Z M <m@x>',
      'users [users@v2.1] 2024-01-06T00:00:00Z M <m@x>',
      '@v3.0 2024-01-07T00:00:00Z M <m@x>',
      'users [users@v3.0] 2024-01-08T00:00:00Z M <m@x>',
    ].join('\n');
    const scripts = (existing: string[]): string[] =>
      parseSqitchPlan(plan, (script) => existing.includes(script)).map((c) => c.script);
    // `sqitch rework` copies to the plan's last tag (v2.1); Change::path_segments looks for the tags of the changes
    // in between from the latest change back, each change's in plan order, and falls back to the first of them.
    assert.deepStrictEqual(scripts(['users@v2.1']), ['a', 'users@v2.1', 'b', 'users@v3.0', 'users']);
    assert.deepStrictEqual(scripts([]), ['a', 'users@v2.0', 'b', 'users@v3.0', 'users']);
    assert.deepStrictEqual(scripts(['users@v1.0', 'users@v3.0']), ['a', 'users@v1.0', 'b', 'users@v3.0', 'users']);
    assert.deepStrictEqual(scripts(['users@v2.0', 'users@v1.0']), ['a', 'users@v2.0', 'b', 'users@v3.0', 'users']);
  });
});

describe('Liquibase changelogs', () => {
  const root = '/p/db';
  const tree = {
    [root]: ['master.xml', 'sql', 'changelog.json', 'all'],
    [`${root}/sql`]: ['b.sql', 'a.sql', 'c.sql'],
    [`${root}/all`]: ['x.sql', 'x', 'x.sql.bak'],
    [`${root}/all/x`]: ['y.sql'],
  };

  it('an sqlFile in a rollback block is an undo script, not a migration (XML, YAML, JSON)', () => {
    const xml = [
      '<databaseChangeLog>',
      '  <changeSet id="1" author="a">',
      '    <sqlFile path="sql/a.sql" relativeToChangelogFile="true"/>',
      '    <rollback>',
      '      <sqlFile path="sql/c.sql" relativeToChangelogFile="true"/>',
      '    </rollback>',
      '  </changeSet>',
      '  <changeSet id="2" author="a"><sqlFile path="sql/b.sql" relativeToChangelogFile="true"/></changeSet>',
      '</databaseChangeLog>',
    ].join('\n');
    const yaml = [
      'databaseChangeLog:',
      '  - changeSet:',
      '      id: 1',
      '      changes:',
      '        - sqlFile: {path: sql/a.sql, relativeToChangelogFile: true}',
      '      rollback:',
      '        - sqlFile:',
      '            path: sql/c.sql',
      '            relativeToChangelogFile: true',
      '  - changeSet:',
      '      id: 2',
      '      changes:',
      '        - sqlFile: {path: sql/b.sql, relativeToChangelogFile: true}',
    ].join('\n');
    const json = JSON.stringify({
      databaseChangeLog: [
        {
          changeSet: {
            id: 1,
            changes: [{ sqlFile: { path: 'sql/a.sql' } }],
            rollback: [{ sqlFile: { path: 'sql/c.sql' } }],
          },
        },
        { changeSet: { id: 2, changes: [{ sqlFile: { path: 'sql/b.sql' } }] } },
      ],
    });
    for (const [name, text] of [
      ['master.xml', xml],
      ['master.xml', yaml],
      ['changelog.json', json],
    ]) {
      const files = view(tree, { [`${root}/${name}`]: text });
      assert.deepStrictEqual(liquibasePlace(`${root}/sql/c.sql`, files), undefined, name);
      assert.deepStrictEqual(earlierMigrations(`${root}/sql/b.sql`, 'liquibase', files), [`${root}/sql/a.sql`], name);
    }
  });

  it('reads YAML sqlFile changeSets and JSON includes; a file listed by none keeps the folder order', () => {
    const yaml = [
      'databaseChangeLog:',
      '  - include:',
      '      file: sql/b.sql',
      '      relativeToChangelogFile: true',
      '  - changeSet:',
      '      id: 2',
      '      author: a',
      '      changes:',
      '        - sqlFile:',
      '            path: sql/a.sql',
      '            relativeToChangelogFile: true',
      '            splitStatements: false',
      '      runInTransaction: false',
      '  # - include:',
      '  #     file: sql/c.sql',
    ].join('\n');
    const files = { [`${root}/master.xml`]: yaml }; // the name is not the format: the scan reads any
    assert.deepStrictEqual(earlierMigrations(`${root}/sql/a.sql`, 'liquibase', view(tree, files)), [
      `${root}/sql/b.sql`,
    ]);
    const settings = toolTransactionSettings(`${root}/sql/a.sql`, 'liquibase', view(tree, files));
    assert.deepStrictEqual(settings, {
      runInTransaction: false,
      source: 'master.xml',
      liquibase: { sqlFile: true, singleQuery: true },
    });
    assert.deepStrictEqual(toolTransactionSettings(`${root}/sql/b.sql`, 'liquibase', view(tree, files)), {
      runInTransaction: true,
      source: 'master.xml',
      liquibase: { sqlFile: false, singleQuery: true },
    });
    // Commented out: not listed, so the folder's alphabetical order.
    assert.deepStrictEqual(earlierMigrations(`${root}/sql/c.sql`, 'liquibase', view(tree, files)), [
      `${root}/sql/a.sql`,
      `${root}/sql/b.sql`,
    ]);
    const json = '{"databaseChangeLog": [{"include": {"file": "sql/c.sql"}}, {"include": {"file": "sql/a.sql"}}]}';
    assert.deepStrictEqual(
      earlierMigrations(`${root}/sql/a.sql`, 'liquibase', view(tree, { [`${root}/changelog.json`]: json })),
      [`${root}/sql/c.sql`],
    );
  });

  it('orders includeAll by the whole path, as Liquibase sorts it', () => {
    const xml = '<databaseChangeLog><includeAll path="all/" relativeToChangelogFile="true"/></databaseChangeLog>';
    // `x.sql` before `x/y.sql`: '.' sorts before '/'.
    assert.deepStrictEqual(
      earlierMigrations(`${root}/all/x/y.sql`, 'liquibase', view(tree, { [`${root}/master.xml`]: xml })),
      [`${root}/all/x.sql`],
    );
  });

  it('never throws on a malformed, empty or self-including changelog (the folder order stands)', () => {
    for (const text of [
      '<databaseChangeLog><include file=',
      '<databaseChangeLog><include file="master.xml"/><includeAll path="."/><changeSet id="1">',
      'databaseChangeLog:\n  - include: {file: }\n  - sqlFile:\n',
      '',
      '<project><include file="sql/a.sql"/></project>', // not a changelog
      '\u0000<<<>>>{{{',
    ]) {
      const files = { [`${root}/master.xml`]: text };
      const earlier = earlierMigrations(`${root}/sql/b.sql`, 'liquibase', view(tree, files));
      assert.ok(Array.isArray(earlier), text);
    }
    const notAChangelog = { [`${root}/master.xml`]: '<project><include file="sql/a.sql"/></project>' };
    assert.deepStrictEqual(earlierMigrations(`${root}/sql/b.sql`, 'liquibase', view(tree, notAChangelog)), [
      `${root}/sql/a.sql`,
    ]);
  });
});

describe('statement classifiers', () => {
  it("mirrors Flyway's PostgreSQL detector", () => {
    for (const sql of [
      'CREATE INDEX CONCURRENTLY i ON t (a)',
      'create unique index concurrently i on t (a)',
      'DROP INDEX CONCURRENTLY IF EXISTS i',
      'VACUUM (ANALYZE) t',
      'ALTER SYSTEM SET work_mem = 1',
      'REINDEX DATABASE shop',
      'CREATE DATABASE x',
      'DISCARD ALL',
    ]) {
      assert.ok(flywayNonTransactional(sql), sql);
    }
    for (const sql of [
      'CREATE INDEX i ON t (a)',
      'REINDEX TABLE CONCURRENTLY t',
      "SELECT 'VACUUM'",
      'ALTER TABLE t ADD a int',
      "ALTER TYPE mood ADD VALUE 'meh'",
    ]) {
      assert.ok(!flywayNonTransactional(sql), sql);
    }
    // Before PostgreSQL 12, where it cannot run in a transaction.
    assert.ok(flywayNonTransactional("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'", 11));
    assert.ok(!flywayNonTransactional("ALTER TYPE mood ADD VALUE 'meh'", 12));
    assert.ok(!flywayNonTransactional("ALTER TYPE mood RENAME VALUE 'a' TO 'b'", 11));
  });

  it("mirrors the Supabase CLI's pipeline-incompatible list", () => {
    for (const sql of [
      'CREATE INDEX CONCURRENTLY i ON t (a)',
      'REINDEX TABLE CONCURRENTLY t',
      'CLUSTER t',
      'VACUUM t',
    ]) {
      assert.ok(supabaseStandalone(sql), sql);
    }
    assert.ok(!supabaseStandalone('CREATE INDEX i ON t (a)'));
  });
});

describe('toolTransactionSettings', () => {
  it('reads Diesel metadata.toml', () => {
    const fs = view(
      { '/p/m/1_x': ['up.sql', 'metadata.toml'] },
      { '/p/m/1_x/metadata.toml': 'run_in_transaction = false\n' },
    );
    assert.deepStrictEqual(toolTransactionSettings('/p/m/1_x/up.sql', 'diesel', fs), {
      runInTransaction: false,
      source: 'metadata.toml',
    });
    assert.deepStrictEqual(toolTransactionSettings('/p/m/1_x/up.sql', 'diesel', { list: fs.list }), {});
  });

  it("tells a plain file's node-pg-migrate project by a package.json above it that depends on node-pg-migrate", () => {
    const fs = view(
      {
        '/a': ['package.json', 'migrations'],
        '/b': ['package.json', 'services'],
        '/b/services/api': ['package.json', 'migrations'],
        '/c': ['package.json', 'migrations'],
      },
      {
        '/a/package.json': '{"devDependencies": {"node-pg-migrate": "^7.0.0", "pg": "^8.11.0"}}',
        // a workspace root lists it; the service's own package.json does not
        '/b/package.json': '{"workspaces": ["services/*"], "devDependencies": {"node-pg-migrate": "^6.2.2"}}',
        '/b/services/api/package.json': '{"name": "api"}',
        // mentioned only in a script's command: not a dependency
        '/c/package.json': '{"scripts": {"migrate": "node-pg-migrate up"}, "dependencies": {"pg": "^8"}}',
      },
    );
    assert.deepStrictEqual(toolTransactionSettings('/a/migrations/1_x.sql', 'plain', fs), { nodePgMigrate: true });
    assert.deepStrictEqual(toolTransactionSettings('/b/services/api/migrations/1_x.sql', 'plain', fs), {
      nodePgMigrate: true,
    });
    assert.deepStrictEqual(toolTransactionSettings('/c/migrations/1_x.sql', 'plain', fs), {});
    assert.deepStrictEqual(toolTransactionSettings('/d/migrations/1_x.sql', 'plain', fs), {});
  });

  it('reads Flyway project configuration, then the script configuration over it', () => {
    const fs = view(
      { '/p': ['flyway.conf', 'sql'], '/p/sql': ['V1__a.sql', 'V2__b.sql', 'V2__b.sql.conf'] },
      {
        '/p/flyway.conf': 'flyway.executeInTransaction=false\nflyway.mixed=true\n',
        '/p/sql/V2__b.sql.conf': 'executeInTransaction=true\n',
      },
    );
    assert.deepStrictEqual(toolTransactionSettings('/p/sql/V1__a.sql', 'flyway', fs), {
      runInTransaction: false,
      source: 'flyway.conf',
      mixed: true,
    });
    assert.deepStrictEqual(toolTransactionSettings('/p/sql/V2__b.sql', 'flyway', fs), {
      runInTransaction: true,
      source: 'V2__b.sql.conf',
      mixed: true,
    });
  });

  it('reads spring.flyway.mixed from a Spring Boot application.properties or application.yml', () => {
    const resources = '/p/src/main/resources';
    const tree = { [resources]: ['application.properties', 'db'], [`${resources}/db`]: ['migration'] };
    const script = `${resources}/db/migration/V2__idx.sql`;
    const props = view(tree, { [`${resources}/application.properties`]: 'spring.flyway.mixed=true\n' });
    assert.deepStrictEqual(toolTransactionSettings(script, 'flyway', props), { mixed: true });
    const yml = view(
      { [resources]: ['application.yml', 'db'], [`${resources}/db`]: ['migration'] },
      {
        [`${resources}/application.yml`]:
          'spring:\n  datasource:\n    url: x\n  flyway:\n    baseline-on-migrate: true\n    mixed: true\n',
      },
    );
    assert.deepStrictEqual(toolTransactionSettings(script, 'flyway', yml), { mixed: true });
    const off = view(tree, { [`${resources}/application.properties`]: 'spring.flyway.enabled=true\n' });
    assert.deepStrictEqual(toolTransactionSettings(script, 'flyway', off), {});
  });
});
