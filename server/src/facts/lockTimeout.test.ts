import * as assert from 'assert';
import { loadParser, parseStatement } from '../syntax/parse';
import { statementFacts } from './statementFacts';

function lockTimeoutOf(sql: string): string | undefined {
  const parsed = parseStatement(sql);
  if (!parsed.ok) throw new Error(parsed.message);
  return statementFacts(parsed.kind, parsed.ast).lockTimeout;
}

describe('lock_timeout values', () => {
  before(() => loadParser());

  // Each as `SET lock_timeout = ...; SHOW lock_timeout` printed on PostgreSQL 15.
  it('is no timeout when PostgreSQL rounds the value to 0 ms', () => {
    for (const value of ['0', "'0s'", '0.5', "'0.4ms'", "'500us'", "'0.0005s'", "'1us'", "'0.0001min'", "'0 ms'"])
      assert.strictEqual(lockTimeoutOf(`SET lock_timeout = ${value}`), 'unset', value);
  });

  it('is a timeout from 1 ms up', () => {
    for (const value of ['0.6', "'600us'", "'1.5'", "'0.001s'", "'2s'", "'1min'", '5000', "'0.5min'"])
      assert.strictEqual(lockTimeoutOf(`SET lock_timeout = ${value}`), 'set', value);
  });

  it('through set_config() alike', () => {
    assert.strictEqual(lockTimeoutOf("SELECT set_config('lock_timeout', '0.4ms', false)"), 'unset');
    assert.strictEqual(lockTimeoutOf("SELECT set_config('lock_timeout', '3s', true)"), 'set');
  });
});
