// add-index applied to PGlite and a real PostgreSQL with rows in the table.
import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import { addIndexPlan } from '../../server/src/fixes/scaffold/addIndex';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { deployPlan } from './deploySteps';

const HISTORY = 'CREATE TABLE events (id bigint PRIMARY KEY, kind text, "createdAt" timestamptz);\n';
const SEED =
  "INSERT INTO events SELECT g, 'k' || (g % 20), now() - g * interval '1 minute' FROM generate_series(1, 5000) AS g;\n";
const UP = { isMigration: true, tool: 'golang-migrate' as const, direction: 'up' as const };
const APP = [
  "INSERT INTO events SELECT coalesce(max(id), 0) + 1, 'k1', now() FROM events",
  'SELECT id FROM events WHERE kind = \'k3\' ORDER BY "createdAt" DESC LIMIT 10',
];

for (const engine of ENGINES) {
  describe(`scaffold add-index on ${engine.name}`, function () {
    this.timeout(120_000);
    before(() => loadParser());

    it('builds a valid index that the query uses; its down restores exactly', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED);
        const plan = addIndexPlan(
          { kind: 'add-index', table: 'events', columns: ['kind', '"createdAt"'] },
          { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 },
        );
        await deployPlan(db, plan, { apps: [APP, APP] });
        const index = await db.query(
          "SELECT i.indisvalid, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'events_kind_createdAt_idx'",
        );
        assert.deepStrictEqual(index.rows, [
          {
            indisvalid: true,
            def: 'CREATE INDEX "events_kind_createdAt_idx" ON public.events USING btree (kind, "createdAt")',
          },
        ]);
        await db.exec('ANALYZE events');
        const explain = await db.query(
          'EXPLAIN SELECT id FROM events WHERE kind = \'k3\' ORDER BY "createdAt" DESC LIMIT 10',
        );
        assert.match(explain.rows.map((r) => Object.values(r)[0]).join('\n'), /events_kind_createdAt_idx/);
      } finally {
        await db.close();
      }
    });
  });
}
