import * as assert from 'assert';
import { fullCollection, IdleCollector } from './idleCollector';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('idle collector (lsp/idleCollector.ts)', () => {
  it('gets V8’s full collection without --expose-gc, and it frees unreachable memory', () => {
    const collect = fullCollection();
    assert.ok(collect, 'no full collection available');
    collect();
    const before = process.memoryUsage().heapUsed;
    let garbage: number[][] | undefined = Array.from({ length: 200_000 }, (_, i) => [i, i + 1]);
    assert.ok(process.memoryUsage().heapUsed > before + 5_000_000, 'the garbage was not allocated');
    garbage = undefined;
    collect();
    assert.equal(garbage, undefined);
    assert.ok(process.memoryUsage().heapUsed < before + 2_000_000, 'the collection left the garbage');
  });

  it('collects after each pause of its schedule once work stops, not while work goes on', async () => {
    const collections: number[] = [];
    const started = Date.now();
    const collector = new IdleCollector(() => collections.push(Date.now() - started), [200, 450]);
    try {
      let quietSince = 0;
      for (let i = 0; i < 5; i++) {
        collector.busy();
        quietSince = Date.now() - started;
        await sleep(20);
      }
      assert.deepEqual(collections, [], 'collected while busy');
      await sleep(700);
      assert.equal(collections.length, 2, `collections at ${collections.join(', ')} ms`);
      assert.ok(collections[0] >= quietSince + 195, `first collection too early: ${collections[0]} ms`);
      assert.ok(collections[1] >= quietSince + 445, `last collection too early: ${collections[1]} ms`);
      await sleep(300);
      assert.equal(collections.length, 2, 'collected again without new work');
    } finally {
      collector.dispose();
    }
  });

  it('starts its schedule over when work resumes in a pause', async () => {
    let collections = 0;
    const collector = new IdleCollector(() => collections++, [100, 400]);
    try {
      collector.busy();
      await sleep(250); // the first collection is done; the last one is pending
      assert.equal(collections, 1);
      collector.busy();
      await sleep(200);
      assert.equal(collections, 2, 'the schedule did not restart');
      await sleep(400);
      assert.equal(collections, 3);
    } finally {
      collector.dispose();
    }
  });
});
