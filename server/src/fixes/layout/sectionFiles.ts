// Conventions that keep up and down in one file: goose (`-- +goose Up/Down`), dbmate (`-- migrate:up/down`),
// sql-migrate (`-- +migrate Up/Down`) and Liquibase formatted SQL (a changeset with `--rollback` lines). One file
// per step, so each deployment stays a file of its own.
import * as path from 'path';
import { DBMATE_FILE, GOOSE_FILE, SQL_MIGRATE_FILE } from '../../migrations/naming';
import { splitStatements } from '../../syntax/split';
import type { ScaffoldPlan, ScaffoldStep } from '../scaffold/plan';
import { body, downHeader, upHeader } from './headers';
import { fileName, LayoutResult, LayoutTarget, PlannedFile, versionsOf } from './layout';
import { nextVersions } from './versions';

/**
 * goose and sql-migrate split a section at lines ending in `;`, so a statement with a `;` inside it (a function or
 * DO body in dollar quotes, a string) must sit between `-- +goose StatementBegin` and `-- +goose StatementEnd`
 * (`-- +migrate ...` for sql-migrate).
 */
function blockStatements(sql: string, prefix: '-- +goose' | '-- +migrate'): string {
  const text = body(sql);
  let out = '';
  let cursor = 0;
  for (const statement of splitStatements(text).statements) {
    const semicolon = /^\s*;/.exec(text.slice(statement.end));
    const end = semicolon ? statement.end + semicolon[0].length : statement.end;
    out += text.slice(cursor, statement.start);
    out += statement.text.includes(';')
      ? `${prefix} StatementBegin\n${statement.text};\n${prefix} StatementEnd`
      : text.slice(statement.start, end);
    cursor = end;
  }
  return body(out + text.slice(cursor));
}

function goose(plan: ScaffoldPlan, step: ScaffoldStep, name: string): string {
  return [
    step.transactional ? '' : '-- +goose NO TRANSACTION\n',
    '-- +goose Up\n',
    upHeader(plan, step),
    '\n',
    blockStatements(step.up, '-- +goose'),
    '\n-- +goose Down\n',
    downHeader(plan, step, `the Up section of ${name}`),
    '\n',
    blockStatements(step.down, '-- +goose'),
  ].join('');
}

/** sql-migrate's `new` writes `<timestamp>-<name>.sql`; `notransaction` goes on each direction's marker. */
function sqlMigrate(plan: ScaffoldPlan, step: ScaffoldStep, name: string): string {
  const option = step.transactional ? '' : ' notransaction';
  return [
    `-- +migrate Up${option}\n`,
    upHeader(plan, step),
    '\n',
    blockStatements(step.up, '-- +migrate'),
    `\n-- +migrate Down${option}\n`,
    downHeader(plan, step, `the Up section of ${name}`),
    '\n',
    blockStatements(step.down, '-- +migrate'),
  ].join('');
}

function dbmate(plan: ScaffoldPlan, step: ScaffoldStep, name: string): string {
  const option = step.transactional ? '' : ' transaction:false';
  return [
    `-- migrate:up${option}\n`,
    upHeader(plan, step),
    '\n',
    body(step.up),
    `\n-- migrate:down${option}\n`,
    downHeader(plan, step, `the up section of ${name}`),
    '\n',
    body(step.down),
  ].join('');
}

/** Liquibase formatted SQL: one changeset, its rollback as `--rollback` lines (the whole down script). */
function liquibase(plan: ScaffoldPlan, step: ScaffoldStep, id: string): string {
  const attributes = [
    step.transactional ? '' : ' runInTransaction:false',
    // Liquibase's own statement splitting does not know dollar quotes: hand such SQL over as written.
    /\$[A-Za-z_0-9]*\$/.test(step.up) ? ' splitStatements:false' : '',
  ].join('');
  const rollback = body(step.down)
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s*--/.test(line))
    .map((line) => `--rollback ${line}\n`)
    .join('');
  return [
    '--liquibase formatted sql\n\n',
    `--changeset sluice:${id}${attributes}\n`,
    upHeader(plan, step),
    '\n',
    body(step.up),
    '\n',
    downHeader(plan, step, `changeset sluice:${id}`),
    rollback,
  ].join('');
}

export function layoutSections(plan: ScaffoldPlan, target: LayoutTarget): LayoutResult {
  const { listing, now } = target;
  const n = plan.steps.length;
  const sqlMigrateNames = versionsOf(
    listing.filter((entry) => SQL_MIGRATE_FILE.test(entry)),
    /^(\d+)/,
  );
  const versions =
    target.tool === 'goose'
      ? nextVersions(versionsOf(listing, GOOSE_FILE), n, now, 'timestamp')
      : target.tool === 'dbmate'
        ? nextVersions(versionsOf(listing, DBMATE_FILE), n, now, 'timestamp')
        : target.tool === 'sql-migrate'
          ? nextVersions(sqlMigrateNames, n, now, 'timestamp')
          : nextVersions(versionsOf(listing, /^(\d+).*\.sql$/i), n, now, 'sequence', 3);
  const files: PlannedFile[] = plan.steps.map((step, i) => {
    const base = `${versions[i]}${target.tool === 'sql-migrate' ? '-' : '_'}${fileName(step.name)}`;
    const name = `${base}.sql`;
    const content =
      target.tool === 'goose'
        ? goose(plan, step, name)
        : target.tool === 'dbmate'
          ? dbmate(plan, step, name)
          : target.tool === 'sql-migrate'
            ? sqlMigrate(plan, step, name)
            : liquibase(plan, step, base);
    return { path: path.join(target.dir, name), phase: step.phase, kind: 'up', deploy: step.deploy, content };
  });
  return { files, appends: [] };
}
