import { Create } from 'react-admin';
import { MilestoneForm } from './MilestoneForm.js';

export default function MilestoneCreate() {
  return (
    <Create
      redirect="show"
      record={{ status: 'planned', progress: 0, visibility: 'internal', supportingOrganisationIds: [] }}
    >
      <MilestoneForm />
    </Create>
  );
}
