import { describe, expect, it } from '@jest/globals';
import { changedMilestoneCount, isFirstReport, type ReportChanges } from './report-changes.js';

const none: ReportChanges = {
  previousReportId: 'previous',
  previousTakenAt: '2027-01-01T00:00:00Z',
  added: [],
  removed: [],
  completed: [],
  newlyDelayed: [],
  statusChanged: [],
  dueDateChanged: [],
  progressChanged: [],
};

describe('the changes a report lists', () => {
  it('count nothing when nothing changed', () => {
    expect(changedMilestoneCount(none)).toBe(0);
  });

  it('count a milestone once however many of its figures changed', () => {
    const m1 = { id: 'm1', code: 'P1.O1.M1' };
    expect(
      changedMilestoneCount({
        ...none,
        completed: [m1],
        statusChanged: [{ ...m1, from: 'in_progress', to: 'completed' }],
        progressChanged: [{ ...m1, from: 60, to: 100, delta: 40 }],
      }),
    ).toBe(1);
  });

  it('count added, removed and changed milestones together', () => {
    expect(
      changedMilestoneCount({
        ...none,
        added: [{ id: 'm1', code: 'P1.O1.M4' }],
        removed: [{ id: 'm2', code: 'P1.O1.M2' }],
        dueDateChanged: [{ id: 'm3', code: 'P2.O1.M1', from: '2027-03-31', to: '2027-06-30' }],
      }),
    ).toBe(3);
  });

  it("know a plan's first report, which has nothing to compare with", () => {
    expect(isFirstReport({ ...none, previousReportId: null, previousTakenAt: null })).toBe(true);
    expect(isFirstReport(none)).toBe(false);
  });
});
