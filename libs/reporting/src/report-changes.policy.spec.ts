import { describe, expect, it } from '@jest/globals';
import { changedMilestoneCount } from '#contracts';
import { compareSnapshots } from './report-changes.policy.js';
import type { SnapshotContent, SnapshotMilestone } from './snapshot.js';

const milestone = (id: string, overrides: Partial<SnapshotMilestone> = {}): SnapshotMilestone => ({
  id,
  code: `P1.O1.${id}`,
  title: { en: id },
  startDate: null,
  dueDate: '2027-06-30',
  status: 'in_progress',
  progress: 10,
  visibility: 'public',
  lead: { shortCode: 'KZ-A', name: { en: 'A' } },
  supporting: [],
  selfReported: null,
  verified: null,
  narrative: null,
  ...overrides,
});

const snapshot = (takenAt: string, ...milestones: SnapshotMilestone[]): SnapshotContent => ({
  takenAt,
  asOf: takenAt.slice(0, 10),
  plan: {
    id: 'plan',
    code: 'REX/587',
    title: { en: 'Plan' },
    opinionReference: '',
    adoptedAt: null,
    timeZone: 'Asia/Almaty',
    opinion: {},
    progress: null,
  },
  priorities: [
    {
      id: 'p',
      code: 'P1',
      title: { en: 'P' },
      progress: null,
      objectives: [{ id: 'o', code: 'P1.O1', title: { en: 'O' }, progress: null, milestones }],
    },
  ],
});

describe('changes since the last report', () => {
  it('a first report has nothing to compare with', () => {
    const changes = compareSnapshots(snapshot('2027-01-01T00:00:00Z', milestone('M1')), null);
    expect(changes).toMatchObject({ previousReportId: null, added: [], completed: [] });
    expect(changedMilestoneCount(changes)).toBe(0);
  });

  it('finds new, removed, completed, newly delayed, moved and progressed milestones, matched by id', () => {
    const before = snapshot(
      '2027-01-01T00:00:00Z',
      milestone('M1'),
      milestone('M2', { status: 'in_progress', progress: 60 }),
      milestone('M3', { status: 'planned' }),
      milestone('M4'),
      milestone('M5', { status: 'delayed' }),
    );
    const after = snapshot(
      '2027-02-01T00:00:00Z',
      milestone('M1', { dueDate: '2027-09-30' }),
      milestone('M2', { status: 'completed', progress: 100 }),
      milestone('M3', { status: 'delayed' }),
      milestone('M5', { status: 'delayed', code: 'P1.O1.M5-renumbered' }),
      milestone('M6'),
    );
    const changes = compareSnapshots(after, { id: 'r1', content: before });
    expect(changes.previousReportId).toBe('r1');
    expect(changes.previousTakenAt).toBe('2027-01-01T00:00:00Z');
    expect(changes.added.map((m) => m.id)).toEqual(['M6']);
    expect(changes.removed.map((m) => m.id)).toEqual(['M4']);
    expect(changes.completed.map((m) => m.id)).toEqual(['M2']);
    // M5 was already delayed: not "newly".
    expect(changes.newlyDelayed.map((m) => m.id)).toEqual(['M3']);
    expect(changes.dueDateChanged).toEqual([{ id: 'M1', code: 'P1.O1.M1', from: '2027-06-30', to: '2027-09-30' }]);
    expect(changes.progressChanged).toEqual([{ id: 'M2', code: 'P1.O1.M2', from: 60, to: 100, delta: 40 }]);
    expect(changes.statusChanged.map((c) => [c.id, c.from, c.to])).toEqual([
      ['M2', 'in_progress', 'completed'],
      ['M3', 'planned', 'delayed'],
    ]);
    expect(changedMilestoneCount(changes)).toBe(5);
  });

  it('two identical snapshots: no change', () => {
    const content = snapshot('2027-01-01T00:00:00Z', milestone('M1'), milestone('M2'));
    expect(changedMilestoneCount(compareSnapshots(content, { id: 'r1', content }))).toBe(0);
  });
});
