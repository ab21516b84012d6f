import { describe, expect, it } from '@jest/globals';
import { reportingPeriod } from './reporting-period.policy.js';

describe('reporting periods', () => {
  it.each([
    ['2026-11-27', 3, { from: '2026-10-01', to: '2026-12-31' }],
    ['2027-01-01', 3, { from: '2027-01-01', to: '2027-03-31' }],
    ['2027-03-31', 3, { from: '2027-01-01', to: '2027-03-31' }],
    ['2028-02-10', 1, { from: '2028-02-01', to: '2028-02-29' }],
    ['2027-08-15', 6, { from: '2027-07-01', to: '2027-12-31' }],
    ['2027-05-05', 12, { from: '2027-01-01', to: '2027-12-31' }],
    ['2027-05-05', 5, { from: '2027-01-01', to: '2027-05-31' }],
    ['2027-12-05', 5, { from: '2027-11-01', to: '2028-03-31' }],
  ])('on %s with %i-month periods the period is %j', (today, months, expected) => {
    expect(reportingPeriod(today, months)).toEqual(expected);
  });
});
