import * as assert from 'assert';
import { loadParser, parseStatement } from '../syntax/parse';
import { referencesNote, referenceTargetsOf, targetForFinding, toLspRelated, toRelatedJson } from './index';
import type { ReferencePlace } from './match';
import { casedVariants, isCommonName, modelMatchesTable, normalizeTableName, plural, singular, snake } from './names';
import { isExcludedPath, isSkippedDir, isSourceFile } from './paths';

describe('references: names, paths and the public helpers', () => {
  it('converts between snake_case and the forms code uses', () => {
    assert.strictEqual(snake('createdAt'), 'created_at');
    assert.strictEqual(snake('CreatedAt'), 'created_at');
    assert.strictEqual(snake('UserID'), 'user_id');
    assert.strictEqual(snake('HTMLParser'), 'html_parser');
    assert.strictEqual(snake('CREATED_AT'), 'created_at');
    assert.deepStrictEqual(casedVariants('created_at').sort(), [
      'CREATED_AT',
      'CreatedAT',
      'CreatedAt',
      'createdAT',
      'createdAt',
    ]);
    assert.ok(casedVariants('user_id').includes('userID'));
    assert.deepStrictEqual(casedVariants('email').sort(), ['EMAIL', 'Email']);
  });

  it('singularises and pluralises table names', () => {
    for (const [one, many] of [
      ['user', 'users'],
      ['user_account', 'user_accounts'],
      ['category', 'categories'],
      ['address', 'addresses'],
      ['box', 'boxes'],
      ['person', 'people'],
    ]) {
      assert.strictEqual(plural(one), many);
      assert.strictEqual(singular(many), one);
    }
    assert.strictEqual(singular('status'), 'status');
  });

  it('relates model names to tables by ORM conventions', () => {
    assert.strictEqual(modelMatchesTable('User', 'users'), 'convention');
    assert.strictEqual(modelMatchesTable('UserAccount', 'user_accounts'), 'convention');
    assert.strictEqual(modelMatchesTable('Users', 'users'), 'exact');
    assert.strictEqual(modelMatchesTable('UserModel', 'users'), 'convention');
    assert.strictEqual(modelMatchesTable('User', 'auth_user'), 'convention');
    // Tables that keep a multi-word model's words together: Prisma's "UserProfile", Django's app_modelname.
    assert.strictEqual(modelMatchesTable('UserProfile', normalizeTableName('"UserProfile"')), 'exact');
    assert.strictEqual(modelMatchesTable('UserProfile', 'accounts_userprofile'), 'convention');
    assert.strictEqual(modelMatchesTable('UserProfile', 'accounts_user'), undefined);
    assert.strictEqual(modelMatchesTable('UserService', 'users'), undefined);
    assert.strictEqual(modelMatchesTable('Account', 'users'), undefined);
    assert.strictEqual(normalizeTableName('"public"."Users"'), 'users');
  });

  it('treats very common column names as ambiguous', () => {
    for (const name of ['id', 'name', 'type', 'status', 'value', 'data', 'created_at', 'updated_at', 'user_id']) {
      assert.ok(isCommonName(name), name);
    }
    for (const name of ['email', 'last_login_at', 'stripe_customer_id', 'display_name']) {
      assert.ok(!isCommonName(name), name);
    }
  });

  it('skips dependencies, build output, hidden folders and migration folders', () => {
    for (const dir of [
      'node_modules',
      'vendor',
      'dist',
      'build',
      '.git',
      'migrations',
      'migrate',
      'migration',
      'Migrations',
    ]) {
      assert.ok(isSkippedDir(dir, '/w'), dir);
    }
    assert.ok(isSkippedDir('versions', '/w/alembic'));
    assert.ok(!isSkippedDir('versions', '/w/src'));
    assert.ok(!isSkippedDir('models', '/w/app'));
    assert.ok(isExcludedPath('/w/db/migrate/2024_add.rb', '/w'));
    assert.ok(isExcludedPath('/w/app/x.py', '/w', ['/w/app']));
    assert.ok(!isExcludedPath('/w/app/models/user.rb', '/w'));
    assert.ok(!isExcludedPath('/build/w/app/user.rb', '/build/w'), 'only folders below the root count');
    assert.ok(isSourceFile('user.ts') && isSourceFile('schema.prisma') && isSourceFile('user.ex'));
    assert.ok(!isSourceFile('types.d.ts') && !isSourceFile('app.min.js') && !isSourceFile('user.pb.go'));
    assert.ok(!isSourceFile('001_init.sql') && !isSourceFile('README.md'));
  });

  const place: ReferencePlace = {
    path: '/work/app/src/user.ts',
    range: { start: { line: 3, column: 5 }, end: { line: 3, column: 10 } },
    offset: 40,
    length: 5,
    kind: 'orm',
    weak: false,
    text: 'email',
    message: 'email: field of User mapped to users.email',
  };

  it('shapes places for the CLI JSON `related` array and LSP related information', () => {
    assert.deepStrictEqual(toRelatedJson(place, '/work/app'), {
      path: 'src/user.ts',
      range: place.range,
      message: place.message,
    });
    assert.deepStrictEqual(toLspRelated(place), {
      location: {
        uri: 'file:///work/app/src/user.ts',
        range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } },
      },
      message: place.message,
    });
    const target = { table: 'users', column: 'email' };
    assert.strictEqual(
      referencesNote(target, { places: [place], total: 3, complete: true, searched: 2 }),
      'Application code still uses users.email in 3 places (see related information; 1 shown).',
    );
    assert.strictEqual(referencesNote(target, { places: [], total: 0, complete: true, searched: 0 }), undefined);
    assert.match(
      referencesNote(target, { places: [], total: 0, complete: false, searched: 0 }) ?? '',
      /scan is not finished/,
    );
  });

  it('reads the targets of a statement from its AST', async () => {
    await loadParser();
    const targets = (sql: string) => {
      const parsed = parseStatement(sql);
      assert.ok(parsed.ok);
      return referenceTargetsOf(parsed.kind, parsed.ast);
    };
    assert.deepStrictEqual(targets('ALTER TABLE billing.users DROP COLUMN email, DROP COLUMN IF EXISTS name'), [
      { rule: 'drop-column', target: { table: 'billing.users', column: 'email' } },
      { rule: 'drop-column', target: { table: 'billing.users', column: 'name' } },
    ]);
    assert.deepStrictEqual(targets('ALTER TABLE users RENAME COLUMN email TO email_address'), [
      { rule: 'rename-column', target: { table: 'users', column: 'email' } },
    ]);
    assert.deepStrictEqual(targets('ALTER TABLE users RENAME TO accounts'), [
      { rule: 'rename-table', target: { table: 'users' } },
    ]);
    assert.deepStrictEqual(targets('CREATE INDEX ON users (email)'), []);
    const two = parseStatement('ALTER TABLE users DROP COLUMN email, DROP COLUMN name');
    assert.ok(two.ok);
    const finding = { rule: 'drop-column', message: 'DROP COLUMN users.name breaks the application version …' };
    assert.deepStrictEqual(targetForFinding(finding, two.kind, two.ast), { table: 'users', column: 'name' });
    assert.strictEqual(targetForFinding({ rule: 'set-not-null', message: '' }, two.kind, two.ast), undefined);
  });
});
