import { describe, expect, it } from '@jest/globals';
import {
  approvalRefusal,
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
