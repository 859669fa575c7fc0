// add-unique applied to PGlite and a real PostgreSQL with rows in the table.
import * as assert from 'assert';
import { diffSchemas, snapshotSchema } from '../../server/src/dryrun/catalog';
import { replayMigration } from '../../server/src/analysis';
import { addUniquePlan } from '../../server/src/fixes/scaffold/addUnique';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { deployPlan, failure } from './deploySteps';

const HISTORY = 'CREATE TABLE accounts (id bigint PRIMARY KEY, tenant_id int, email text);\n';
const SEED =
  "INSERT INTO accounts SELECT g, g % 10, 'user' || g || '@example.com' FROM generate_series(1, 3000) AS g;\n";
const UP = { isMigration: true, tool: 'golang-migrate' as const, direction: 'up' as const };
const plan = () =>
  addUniquePlan(
    { kind: 'add-unique', table: 'accounts', columns: ['tenant_id', 'email'] },
    { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 },
  );
const OLD_APP = [
  "INSERT INTO accounts SELECT coalesce(max(id), 0) + 1, 1, 'fresh' || (coalesce(max(id), 0) + 1) FROM accounts",
  "SELECT id FROM accounts WHERE tenant_id = 1 AND email = 'user1@example.com'",
];
// The new version upserts on the unique key, which needs the constraint (or its index).
const NEW_APP = [
  ...OLD_APP,
  "INSERT INTO accounts VALUES (-5, 3, 'user3@example.com') ON CONFLICT (tenant_id, email) DO NOTHING",
];

for (const engine of ENGINES) {
  describe(`scaffold add-unique on ${engine.name}`, function () {
    this.timeout(120_000);
    before(() => loadParser());

    it('keeps both versions working, each down (the constraint’s too) restores exactly, and duplicates fail at the end', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED);
        await deployPlan(db, plan(), { apps: [OLD_APP, NEW_APP] });
        const error = await failure(() => db.query("INSERT INTO accounts VALUES (-1, 2, 'user2@example.com')"));
        assert.strictEqual(error.code, '23505');
        assert.match(error.message, /accounts_tenant_id_email_key/);
        const constraint = await db.query(
          "SELECT contype, conindid::regclass::text AS index FROM pg_constraint WHERE conname = 'accounts_tenant_id_email_key'",
        );
        assert.deepStrictEqual(constraint.rows, [{ contype: 'u', index: 'accounts_tenant_id_email_key' }]);
      } finally {
        await db.close();
      }
    });

    it('on duplicate rows the concurrent build fails, and its down leaves the schema as it was', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED + "UPDATE accounts SET email = 'user1@example.com', tenant_id = 1 WHERE id = 2;");
        const before = await snapshotSchema(db);
        const [index] = plan().steps;
        const failed = await failure(() => db.exec(index.up));
        assert.strictEqual(failed.code, '23505');
        await db.exec(index.down);
        assert.deepStrictEqual(diffSchemas(before, await snapshotSchema(db)), []);
      } finally {
        await db.close();
      }
    });
  });
}
