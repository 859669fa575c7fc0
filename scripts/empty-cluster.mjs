// Writes an empty PGlite cluster (what initdb produces) as a gzipped data directory: the dry-run engine loads it
// instead of running initdb on its first start on a machine. Run by build.mjs: node scripts/empty-cluster.mjs OUT
import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/empty-cluster.mjs OUT.tgz');
const db = await PGlite.create();
const dump = await db.dumpDataDir('gzip');
writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
await db.close();
process.exit(0); // PGlite keeps handles open after close
