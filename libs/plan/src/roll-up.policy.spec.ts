import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MILESTONE_STATUSES } from '#contracts';
import {
  type CountableMilestone,
  meanProgress,
  milestoneContribution,
  objectiveProgress,
  objectiveProgressSql,
  planProgressSql,
  priorityProgressSql,
  roundProgress,
} from './roll-up.policy.js';

const milestone = (status: CountableMilestone['status'], progress: number): CountableMilestone => ({
  status,
  progress,
});

describe('milestoneContribution', () => {
  it('a cancelled milestone is left out of the roll-up', () => {
    expect(milestoneContribution(milestone('cancelled', 80))).toBeNull();
  });

  it('a completed milestone counts as 100 whatever progress was recorded', () => {
    expect(milestoneContribution(milestone('completed', 40))).toBe(100);
  });

  it.each(['planned', 'in_progress', 'at_risk', 'delayed'] as const)(
    'a %s milestone counts with its recorded progress',
    (status) => {
      expect(milestoneContribution(milestone(status, 35))).toBe(35);
    },
  );
});

describe('meanProgress', () => {
  it('every child weighs the same', () => {
    expect(meanProgress([0, 50, 100])).toBe(50);
    expect(meanProgress([10, 20])).toBe(15);
  });

  it('children without progress are left out of the mean rather than counted as zero', () => {
    expect(meanProgress([null, 40, null, 60])).toBe(50);
  });

  it('a parent with nothing to count has no progress', () => {
    expect(meanProgress([])).toBeNull();
    expect(meanProgress([null, null])).toBeNull();
  });

  it('carries the mean unrounded', () => {
    expect(meanProgress([0, 0, 100])).toBeCloseTo(100 / 3, 10);
  });

  it('the mean lies between the lowest and highest counted child', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { maxLength: 30 }), (children) => {
        const counted = children.filter((value): value is number => value !== null);
        const mean = meanProgress(children);
        if (counted.length === 0) {
          expect(mean).toBeNull();
        } else {
          expect(mean).not.toBeNull();
          expect(mean!).toBeGreaterThanOrEqual(Math.min(...counted));
          expect(mean!).toBeLessThanOrEqual(Math.max(...counted));
        }
      }),
    );
  });

  it('the order of the children does not change the mean', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { maxLength: 30 }), (children) => {
        expect(meanProgress([...children].reverse())).toBe(meanProgress(children));
      }),
    );
  });
});

describe('objectiveProgress', () => {
  it('an objective with one completed and one half-done milestone is 75% done', () => {
    expect(objectiveProgress([milestone('completed', 0), milestone('in_progress', 50)])).toBe(75);
  });

  it('a cancelled milestone does not pull the objective down', () => {
    expect(objectiveProgress([milestone('in_progress', 60), milestone('cancelled', 0)])).toBe(60);
  });

  it('an objective whose milestones are all cancelled has no progress', () => {
    expect(objectiveProgress([milestone('cancelled', 10), milestone('cancelled', 90)])).toBeNull();
  });

  it('an objective without milestones has no progress', () => {
    expect(objectiveProgress([])).toBeNull();
  });

  it('an objective is 100% done when every counted milestone is completed', () => {
    expect(objectiveProgress([milestone('completed', 0), milestone('completed', 30), milestone('cancelled', 0)])).toBe(
      100,
    );
  });

  it('an objective progress stays between 0 and 100', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ status: fc.constantFrom(...MILESTONE_STATUSES), progress: fc.integer({ min: 0, max: 100 }) }),
        ),
        (milestones) => {
          const progress = objectiveProgress(milestones);
          if (milestones.every((m) => m.status === 'cancelled')) {
            expect(progress).toBeNull();
          } else {
            expect(progress).toBeGreaterThanOrEqual(0);
            expect(progress).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});

describe('roundProgress', () => {
  it.each([
    [100 / 3, 33.3],
    [200 / 3, 66.7],
    [12.25, 12.3],
    [50, 50],
    [0, 0],
    [99.96, 100],
  ])('%p is shown as %p', (value, shown) => {
    expect(roundProgress(value)).toBe(shown);
  });

  it('no progress stays no progress', () => {
    expect(roundProgress(null)).toBeNull();
  });

  it('means are rounded only when shown, not on the way up the tree', () => {
    // Children at 2/3 and 0: the unrounded mean 1/3 shows as 0.3; rounding the child first (0.7) would show 0.4.
    const children = [meanProgress([0, 0, 2]), meanProgress([0])];
    expect(roundProgress(meanProgress(children))).toBe(0.3);
  });
});

describe('the roll-ups in SQL', () => {
  it("refuse an outer column without its alias: inside them a bare id would be their own table's", () => {
    for (const sql of [objectiveProgressSql, priorityProgressSql, planProgressSql]) {
      expect(() => sql('id')).toThrow(/alias/);
      expect(() => sql('mm.id')).toThrow(/alias/);
      expect(() => sql('ap.id; DROP TABLE milestones')).toThrow(/alias/);
      expect(sql('ap.id')).toContain('= ap.id');
      expect(sql('$1::uuid')).toContain('= $1::uuid');
    }
  });
});
