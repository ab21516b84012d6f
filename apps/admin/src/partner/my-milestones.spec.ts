import { describe, expect, it } from '@jest/globals';
import type { MilestoneRecord } from '#contracts';
import { partnerMilestoneGroups } from './my-milestones.js';

const milestone = (code: string, dueDate: string, recordedStatus: MilestoneRecord['recordedStatus']) =>
  ({ code, dueDate, recordedStatus, status: recordedStatus }) as MilestoneRecord;

describe("a partner's landing page", () => {
  it('shows the open milestones first, the overdue ones leading, and folds the completed and cancelled away', () => {
    const groups = partnerMilestoneGroups([
      milestone('M1', '2025-07-15', 'completed'),
      milestone('M2', '2025-11-28', 'completed'),
      milestone('M4', '2026-01-15', 'cancelled'),
      milestone('M3', '2026-03-31', 'in_progress'),
      milestone('M5', '2027-06-30', 'planned'),
    ]);
    expect(groups.open.map((m) => m.code)).toEqual(['M3', 'M5']);
    expect(groups.closed.map((m) => m.code)).toEqual(['M1', 'M2', 'M4']);
  });
});
