import { describe, expect, it } from '@jest/globals';
import { isEditable, isResponsible } from './progress-update.policy.js';

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
