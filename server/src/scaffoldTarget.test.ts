import * as assert from 'assert';
import * as path from 'path';
import { toolFolderOf } from './scaffoldTarget';

describe('the folder a scaffold writes into, from one of the tool’s files', () => {
  const p = path.resolve('/work/app');
  it('sqitch: the project above deploy/, revert/ or verify/, also for a change named with a slash', () => {
    assert.strictEqual(toolFolderOf(path.join(p, 'deploy', 'users.sql'), 'sqitch'), p);
    assert.strictEqual(toolFolderOf(path.join(p, 'revert', 'users', 'email_idx.sql'), 'sqitch'), p);
    assert.strictEqual(toolFolderOf(path.join(p, 'verify', 'a', 'b', 'c.sql'), 'sqitch'), p);
  });
  it('Prisma and Diesel: the folder holding the migrations’ folders; others: the file’s folder', () => {
    assert.strictEqual(
      toolFolderOf(path.join(p, 'migrations', '20240101_init', 'migration.sql'), 'prisma'),
      path.join(p, 'migrations'),
    );
    assert.strictEqual(
      toolFolderOf(path.join(p, 'migrations', '000001_init.up.sql'), 'golang-migrate'),
      path.join(p, 'migrations'),
    );
  });
});
