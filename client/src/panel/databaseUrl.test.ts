import * as assert from 'assert';
import { checkDatabaseUrl, isLoopbackHost } from './databaseUrl';

describe('dry-run database URL', () => {
  it('knows the hosts that can only be this machine', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      'db.localhost',
      '127.0.0.1',
      '127.1.2.3',
      '[::1]',
      '::1',
      '::ffff:127.0.0.1',
    ]) {
      assert.ok(isLoopbackHost(host), host);
    }
    for (const host of [
      'db.example.com',
      '10.0.0.5',
      '128.0.0.1',
      '127.0.0.1.evil.com',
      'localhost.evil.com',
      '0.0.0.0',
      '::2',
      '127.0.0.999',
    ]) {
      assert.ok(!isLoopbackHost(host), host);
    }
  });

  it('accepts a URL without password and says where it points', () => {
    const checked = checkDatabaseUrl('postgres://app@localhost:5433/app_test');
    assert.ok(checked.ok);
    assert.deepStrictEqual(
      { ...checked.target },
      {
        url: 'postgres://app@localhost:5433/app_test',
        host: 'localhost',
        port: '5433',
        database: 'app_test',
        user: 'app',
        loopback: true,
        display: 'app@localhost:5433/app_test',
      },
    );
    const remote = checkDatabaseUrl('postgresql://app@db.internal/app');
    assert.ok(remote.ok && !remote.target.loopback && remote.target.port === '5432');
  });

  it('refuses a password in the URL and names the command that stores it', () => {
    for (const url of ['postgres://app:hunter2@localhost/app', 'postgres://app@localhost/app?password=hunter2']) {
      const checked = checkDatabaseUrl(url);
      assert.ok(!checked.ok);
      assert.match(checked.error, /contains a password.*Set Dry-run Database Password/);
      assert.doesNotMatch(checked.error, /hunter2/);
    }
  });

  it('judges the host the driver really uses (?host= wins over the authority)', () => {
    const sneaky = checkDatabaseUrl('postgres://app@localhost/app?host=db.example.com');
    assert.ok(sneaky.ok && sneaky.target.host === 'db.example.com' && !sneaky.target.loopback);
    const socket = checkDatabaseUrl('postgres:///app?host=/var/run/postgresql');
    assert.ok(socket.ok && socket.target.loopback);
  });

  it('says what is wrong with a URL it cannot use', () => {
    const cases: [string, RegExp][] = [
      ['localhost:5432/app', /not a URL|scheme/],
      ['mysql://app@localhost/app', /scheme "mysql:"/],
      ['postgres://app@localhost', /names no database/],
      ['postgres:///app', /names no host/],
    ];
    for (const [url, message] of cases) {
      const checked = checkDatabaseUrl(url);
      assert.ok(!checked.ok, url);
      assert.match(checked.error, message, url);
    }
  });
});
