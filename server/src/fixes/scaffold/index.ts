// One entry point for the editor and the CLI: a change request becomes the plan of its kind.
import { addForeignKeyPlan } from './addForeignKey';
import { addIndexPlan } from './addIndex';
import { addUniquePlan } from './addUnique';
import { backfillPlan } from './backfill';
import { changeTypePlan } from './changeType';
import { dropColumnPlan } from './dropColumn';
import type { ChangeRequest, ScaffoldContext, ScaffoldPlan } from './plan';
import { renameColumnPlan } from './renameColumn';
import { setNotNullPlan } from './setNotNull';

/** The safe multi-step plan for a change; throws ScaffoldError when the request cannot be planned. */
export function scaffold(request: ChangeRequest, context: ScaffoldContext): ScaffoldPlan {
  switch (request.kind) {
    case 'rename-column':
      return renameColumnPlan(request, context);
    case 'change-type':
      return changeTypePlan(request, context);
    case 'set-not-null':
      return setNotNullPlan(request, context);
    case 'add-foreign-key':
      return addForeignKeyPlan(request, context);
    case 'add-unique':
      return addUniquePlan(request, context);
    case 'drop-column':
      return dropColumnPlan(request, context);
    case 'add-index':
      return addIndexPlan(request, context);
    case 'backfill':
      return backfillPlan(request, context);
  }
}
