import type { ActionPlanRecord } from '#contracts';
import { useRecordList } from '../common/records.js';

/** The plan the dashboard and timeline follow: REX/587 when present (more plans will come), else the first. */
export function useCurrentPlan(): { plan: ActionPlanRecord | undefined; isPending: boolean } {
  const { data, isPending } = useRecordList('action-plans', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'code', order: 'ASC' },
  });
  return { plan: data?.find((plan) => plan.code === 'REX/587') ?? data?.[0], isPending };
}
