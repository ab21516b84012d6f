import { type MilestoneStatus } from '#contracts';

/**
 * Roll-up rule (docs/domain.md): an objective's progress is the mean of its
 * milestones' progress, a priority's the mean of its objectives', a plan's the
 * mean of its priorities'; every child weighs the same. Cancelled milestones are
 * left out, a completed one counts as 100. A parent with nothing to count has no
 * progress (null) and is left out of its own parent's mean. Means are carried
 * unrounded up the tree and rounded to one decimal only when shown.
 */
export interface CountableMilestone {
  status: MilestoneStatus;
  progress: number;
}

export function milestoneContribution(milestone: CountableMilestone): number | null {
  if (milestone.status === 'cancelled') return null;
  if (milestone.status === 'completed') return 100;
  return milestone.progress;
}

/** Mean of the children that have a value; null when none has. */
export function meanProgress(children: readonly (number | null)[]): number | null {
  const counted = children.filter((value): value is number => value !== null);
  if (counted.length === 0) return null;
  return counted.reduce((sum, value) => sum + value, 0) / counted.length;
}

export function objectiveProgress(milestones: readonly CountableMilestone[]): number | null {
  return meanProgress(milestones.map(milestoneContribution));
}

export function roundProgress(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** SQL twin of milestoneContribution. */
export function milestoneContributionSql(status: string, progress: string): string {
  return `(CASE WHEN ${status} = 'cancelled' THEN NULL WHEN ${status} = 'completed' THEN 100 ELSE ${progress} END)`;
}

const contribution = milestoneContributionSql('mm.status', 'mm.progress');

/**
 * The outer query's id column, alias included: the subqueries below read tables (mm, oo, pp) that have an `id`
 * too, so a bare `id` would name theirs and silently match nothing (a plan's report said "Overall progress: –").
 */
function outerId(reference: string): string {
  const aliased = /^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/.test(reference) && !/^(mm|oo|pp)\./.test(reference);
  if (!aliased && !/^\$\d+(::uuid)?$/.test(reference)) {
    throw new Error(
      `a roll-up needs the outer query's column with its alias (o.id, p.id) or a parameter, not ${reference}`,
    );
  }
  return reference;
}

/** Unrounded mean progress of one objective (`objectiveId`: the outer query's column, with its alias). */
export function objectiveProgressSql(objectiveId: string): string {
  return `(SELECT avg(${contribution}) FROM milestones mm WHERE mm.objective_id = ${outerId(objectiveId)})`;
}

/** Unrounded mean over a set of objectives chosen by `where` (alias `oo`). */
function meanOfObjectivesSql(where: string): string {
  return (
    `(SELECT avg(x.value) FROM (SELECT avg(${contribution}) AS value FROM objectives oo ` +
    `JOIN milestones mm ON mm.objective_id = oo.id WHERE ${where} GROUP BY oo.id) x)`
  );
}

export function priorityProgressSql(priorityId: string): string {
  return meanOfObjectivesSql(`oo.priority_id = ${outerId(priorityId)}`);
}

export function planProgressSql(planId: string): string {
  return (
    `(SELECT avg(y.value) FROM (SELECT ${meanOfObjectivesSql('oo.priority_id = pp.id')} AS value ` +
    `FROM priorities pp WHERE pp.action_plan_id = ${outerId(planId)}) y)`
  );
}

/** Rounded to one decimal, as shown. */
export function roundedSql(expression: string): string {
  return `round((${expression})::numeric, 1)`;
}
