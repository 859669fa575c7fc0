import * as assert from 'assert';
import { parsePageMessage, RenderedView } from './messages';

const VIEW: RenderedView = {
  runId: 1,
  state: 'done',
  file: 'db/migrations/000002_index_orders.up.sql',
  engine: 'PGlite (PostgreSQL 18.6)',
  message: 'Every statement ran.',
  stages: [{ id: 'dry-run', label: 'Dry-run', status: 'passed' }],
  rows: [
    {
      index: 2,
      status: 'ok',
      time: '20.1 ms',
      sql: 'CREATE INDEX …',
      locks: [{ mode: 'ShareLock', relation: 'public.orders', blocks: ['INSERT', 'UPDATE', 'DELETE'] }],
      rewrite: false,
      error: null,
    },
  ],
  differences: [],
  rerunEnabled: true,
};

describe('dry-run page messages', () => {
  it('accepts what the page may say', () => {
    assert.deepStrictEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parsePageMessage({ type: 'rerun', extra: 1 }), { type: 'rerun' });
    assert.deepStrictEqual(parsePageMessage({ type: 'reveal', index: 2 }), { type: 'reveal', index: 2 });
    assert.deepStrictEqual(parsePageMessage({ type: 'rendered', view: VIEW }), { type: 'rendered', view: VIEW });
  });

  it('ignores anything else: unknown types, bad indexes, malformed views', () => {
    const bad: unknown[] = [
      null,
      'reveal',
      [],
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'reveal', index: '2' },
      { type: 'reveal', index: 0 },
      { type: 'reveal', index: 1.5 },
      { type: 'rendered', view: { ...VIEW, rows: 'all' } },
      { type: 'rendered', view: { ...VIEW, rows: [{ ...VIEW.rows[0], locks: [{ mode: 1 }] }] } },
      { type: 'rendered', view: { ...VIEW, runId: 'x' } },
    ];
    for (const message of bad) assert.strictEqual(parsePageMessage(message), undefined, JSON.stringify(message));
  });
});
