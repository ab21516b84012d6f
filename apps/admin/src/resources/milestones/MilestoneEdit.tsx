import { PlanEdit } from '../../common/PlanEdit.js';
import { MilestoneForm } from './MilestoneForm.js';

export default function MilestoneEdit() {
  return (
    <PlanEdit redirect="show">
      <MilestoneForm />
    </PlanEdit>
  );
}
