// set-not-null T.C without a long lock: a NOT VALID check (short lock, new rows checked), VALIDATE in its own
// migration (scans under SHARE UPDATE EXCLUSIVE: reads and writes go on), then SET NOT NULL, which PostgreSQL 12+
// proves from the validated check without a scan, and the check is dropped as redundant.
import { knownTable, requireColumn } from './knownSchema';
import { derivedIdentifier, parseColumnName, parseTableName, qualifiedSql, stepName, tableKey } from './names';
import { withLockTimeout } from './columnCopy';
import { ScaffoldContext, ScaffoldError, ScaffoldPlan } from './plan';
import { quoteIdent } from '../../syntax/quoteIdent';

export function setNotNullPlan(
  request: { kind: 'set-not-null'; table: string; column: string },
  context: ScaffoldContext,
): ScaffoldPlan {
  const table = parseTableName(request.table);
  const column = parseColumnName(request.column);
  const t = qualifiedSql(table);
  const c = quoteIdent(column);
  const info = requireColumn(knownTable(context.schema, tableKey(table)), column, t);
  if (info?.notNull) throw new ScaffoldError(`${t}.${c} is already NOT NULL: there is nothing to change.`);

  const check = quoteIdent(derivedIdentifier(table.name, column, 'not_null_check'));
  const addCheck = `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${c} IS NOT NULL) NOT VALID;\n`;
  const dropCheck = `ALTER TABLE ${t} DROP CONSTRAINT ${check};\n`;
  const validate = `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};\n`;
  const scans = context.pgVersion < 12;

  return {
    request,
    title: `set ${t}.${c} NOT NULL`,
    steps: [
      {
        phase: 'expand',
        deploy: 1,
        name: stepName('add', table.name, column, 'not_null_check'),
        summary: `Writes of NULL into ${c} now fail; rows already in ${t} are not checked yet. The application must write ${c} before this ships.`,
        up: withLockTimeout(addCheck),
        down: withLockTimeout(dropCheck),
        transactional: true,
      },
      {
        phase: 'migrate',
        deploy: 1,
        name: stepName('validate', table.name, column, 'not_null_check'),
        summary: `Every existing row is checked while reads and writes go on; this fails, naming the constraint, if a row still has ${c} NULL: fill those rows, then run it again.`,
        up: withLockTimeout(validate),
        // A constraint cannot be un-validated: put it back exactly as it was, NOT VALID (no scan).
        down: withLockTimeout(dropCheck + addCheck),
        transactional: true,
      },
      {
        phase: 'contract',
        deploy: 1,
        name: stepName('set', table.name, column, 'not_null'),
        summary: scans
          ? `${c} is NOT NULL. PostgreSQL ${context.pgVersion} cannot use the validated check: SET NOT NULL scans ${t} again under an AccessExclusiveLock (reads and writes wait); from PostgreSQL 12 it does not.`
          : `${c} is NOT NULL; PostgreSQL proves it from the validated check without a scan, and the check is dropped.`,
        up: withLockTimeout(
          (scans
            ? `-- sluice-ignore set-not-null: PostgreSQL ${context.pgVersion} cannot skip the scan (12+ would use the validated check); the check already keeps NULLs out, so skip this step if the scan is too long\n`
            : '') +
            `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;\n` +
            dropCheck,
        ),
        // The exact state before: nullable, with the check back and validated. The column is NOT NULL until the
        // end of this transaction, so the validation cannot fail; it reads the table once under the lock.
        down: withLockTimeout(
          addCheck +
            `-- sluice-ignore validate-in-same-transaction: rollback only; ${c} is still NOT NULL here, so this cannot fail, but it reads ${t} once while ADD CONSTRAINT's lock is held\n` +
            validate +
            `ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL;\n`,
        ),
        transactional: true,
      },
    ],
  };
}
