// Both database engines Sluice supports, so a suite can run the same assertions on each:
//   for (const engine of ENGINES) describe(engine.name, () => { ... engine.open() ... })
import { Database } from '../../server/src/dryrun/database';
import { openPGlite } from '../../server/src/dryrun/pglite';
import { openPostgres } from '../../server/src/dryrun/postgres';
import { createTestDatabase } from './postgresServer';

export interface EngineUnderTest {
  name: 'pglite' | 'postgres';
  /** A fresh empty database; closing it also drops it (postgres). */
  open(): Promise<Database>;
}

export const ENGINES: readonly EngineUnderTest[] = [
  { name: 'pglite', open: () => openPGlite() },
  {
    name: 'postgres',
    async open() {
      const created = await createTestDatabase();
      let db: Database;
      try {
        db = await openPostgres(created.url);
      } catch (error) {
        await created.drop();
        throw error;
      }
      return {
        engine: db.engine,
        query: (sql, params) => db.query(sql, params),
        exec: (sql) => db.exec(sql),
        copyFrom: (sql, data, stdin) => db.copyFrom(sql, data, stdin),
        onNotice: (listener) => db.onNotice(listener),
        serverVersion: () => db.serverVersion(),
        async close() {
          await db.close();
          await created.drop();
        },
      };
    },
  },
];
