import { describe, expect, it } from '@jest/globals';
import {
  approvalRefusal,
  updatesPerDayWait,
  enteredByRoleOf,
  isClosedMilestone,
  isEditable,
  isEnteredByStaff,
  isResponsible,
  mayChangeContent,
} from './progress-update.policy.js';

describe('progress update rules', () => {
  it.each([
    ['submitted', true],
    ['returned', true],
    ['approved', false],
    ['rejected', false],
  ] as const)('an update that is %s can be edited: %s', (state, expected) => {
    expect(isEditable(state)).toBe(expected);
  });

  const milestone = { leadOrganisationId: 'lead', supportingOrganisationIds: ['support-1', 'support-2'] };

  it('the lead organisation reports on its milestone', () => {
    expect(isResponsible('lead', milestone)).toBe(true);
  });

  it('a supporting organisation reports on the milestone it supports', () => {
    expect(isResponsible('support-2', milestone)).toBe(true);
  });

  it('any other organisation does not', () => {
    expect(isResponsible('elsewhere', milestone)).toBe(false);
  });
});

describe('two people behind every verified figure', () => {
  it.each([
    ['partner', 'partner', false],
    ['staff', 'staff', true],
    ['admin', 'admin', true],
  ] as const)('an update entered by a %s is stored as entered by %s (by staff: %s)', (role, stored, byStaff) => {
    expect(enteredByRoleOf({ role })).toBe(stored);
    expect(isEnteredByStaff({ enteredByRole: stored })).toBe(byStaff);
  });

  it('whoever entered an update may not approve it', () => {
    expect(approvalRefusal('alice', { submittedById: 'alice', revisedById: null })).toBe('entered');
  });

  it('whoever last revised it may not approve it either', () => {
    expect(approvalRefusal('bob', { submittedById: 'alice', revisedById: 'bob' })).toBe('revised');
  });

  it('a second person may', () => {
    expect(approvalRefusal('carol', { submittedById: 'alice', revisedById: 'bob' })).toBeNull();
    expect(approvalRefusal('carol', { submittedById: null, revisedById: null })).toBeNull();
  });

  it("staff change only what staff entered; a partner's report stays the partner's", () => {
    expect(mayChangeContent({ role: 'staff' }, { enteredByRole: 'partner' })).toBe(false);
    expect(mayChangeContent({ role: 'admin' }, { enteredByRole: 'partner' })).toBe(false);
    expect(mayChangeContent({ role: 'staff' }, { enteredByRole: 'staff' })).toBe(true);
    expect(mayChangeContent({ role: 'staff' }, { enteredByRole: 'admin' })).toBe(true);
    expect(mayChangeContent({ role: 'partner' }, { enteredByRole: 'partner' })).toBe(true);
  });

  it.each([
    ['planned', false],
    ['in_progress', false],
    ['at_risk', false],
    ['delayed', false],
    ['completed', true],
    ['cancelled', true],
  ] as const)('a milestone recorded as %s is closed to reports: %s', (status, closed) => {
    expect(isClosedMilestone(status)).toBe(closed);
  });
});

describe('updatesPerDayWait', () => {
  const now = new Date('2026-11-27T06:00:00Z');
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

  it('lets an organisation send up to the limit in 24 hours', () => {
    expect(updatesPerDayWait([hoursAgo(0), hoursAgo(1), hoursAgo(2)], now, 3)).toBe(0);
  });

  it('past the limit, waits until the report that blocks ages out of the 24 hours', () => {
    // Four reports in the window, limit 3: the oldest (20 h ago) frees a place in 4 h.
    expect(updatesPerDayWait([hoursAgo(0), hoursAgo(1), hoursAgo(2), hoursAgo(20)], now, 3)).toBe(4 * 3600);
  });

  it('does not count reports older than 24 hours', () => {
    expect(updatesPerDayWait([hoursAgo(0), hoursAgo(25), hoursAgo(30), hoursAgo(48)], now, 1)).toBe(0);
  });

  it('waits at least a second', () => {
    expect(updatesPerDayWait([now, now], now, 1)).toBe(24 * 3600);
    expect(updatesPerDayWait([now, new Date(now.getTime() - 86_399_900)], now, 1)).toBe(1);
  });
});
