import { describe, expect, it } from '@jest/globals';
import { SqlParams } from '#database';
import { type Actor, SYSTEM_ACTOR } from '#kernel';
import { redactMilestone, redactOrganisation } from './redaction.policy.js';
import { ADMINS, EVERYONE, hasRole, organisationOf, REPORTERS, seesInternalFields, STAFF } from './role.policy.js';
import { milestoneScope, progressUpdateScope } from './scope.policy.js';

const ORG_A = '11111111-1111-4111-8111-111111111111';
const ORG_B = '22222222-2222-4222-8222-222222222222';
const actor = (role: Actor['role'], organisationId: string | null = null): Actor => ({
  userId: 'u',
  role,
  organisationId,
  requestId: null,
});

describe('roles', () => {
  it.each([
    ['admin', ADMINS, true],
    ['staff', ADMINS, false],
    ['staff', STAFF, true],
    ['viewer', STAFF, false],
    ['partner', REPORTERS, true],
    ['viewer', REPORTERS, false],
    ['viewer', EVERYONE, true],
  ] as const)('%s in %j: %s', (role, roles, expected) => {
    expect(hasRole(actor(role), roles)).toBe(expected);
  });

  it('the system actor (seeds, jobs) passes every role check', () => {
    expect(hasRole(SYSTEM_ACTOR, ADMINS)).toBe(true);
  });

  it('only admin, staff and the system see internal fields', () => {
    expect(
      ['admin', 'staff', 'partner', 'viewer'].map((role) => seesInternalFields(actor(role as Actor['role']))),
    ).toEqual([true, true, false, false]);
  });

  it('only a partner acts for an organisation', () => {
    expect(organisationOf(actor('partner', ORG_A))).toBe(ORG_A);
    expect(organisationOf(actor('staff', ORG_A))).toBeNull();
  });
});

describe('organisation scoping in SQL', () => {
  it('adds no condition for staff, admins and viewers', () => {
    for (const role of ['admin', 'staff', 'viewer'] as const) {
      expect(milestoneScope(actor(role))(new SqlParams())).toEqual([]);
      expect(progressUpdateScope(actor(role))(new SqlParams())).toEqual([]);
    }
  });

  it("limits a partner's milestones to public ones and those its organisation leads or supports, with the id bound", () => {
    const params = new SqlParams();
    const [condition] = milestoneScope(actor('partner', ORG_A))(params);
    expect(condition).toMatch(/m\.visibility = 'public'/);
    expect(condition).toMatch(/m\.lead_organisation_id = \$1::uuid/);
    expect(condition).toMatch(/milestone_supporting_organisations/);
    expect(condition).not.toContain(ORG_A);
    expect(params.values).toEqual([ORG_A]);
  });

  it("limits a partner's progress updates to its own organisation's", () => {
    const params = new SqlParams();
    expect(progressUpdateScope(actor('partner', ORG_B))(params)).toEqual(['pu.organisation_id = $1::uuid']);
    expect(params.values).toEqual([ORG_B]);
  });

  it('shows nothing to a partner without an organisation', () => {
    expect(milestoneScope(actor('partner', null))(new SqlParams())).toEqual(['FALSE']);
    expect(progressUpdateScope(actor('partner', null))(new SqlParams())).toEqual(['FALSE']);
  });
});

describe('field redaction', () => {
  const milestone = {
    id: 'm',
    internalNotes: 'staff only',
    title: { en: 'T' },
    lastReport: null,
    lastVerification: null,
  };
  const organisation = { id: ORG_A, reminderContacts: [{ role: 'focal point', email: 'a@example.org' }] };

  it('removes internal notes for partners and viewers, keeps them for staff', () => {
    expect(redactMilestone(milestone, actor('partner', ORG_A))).not.toHaveProperty('internalNotes');
    expect(redactMilestone(milestone, actor('partner', ORG_A))).toMatchObject({ id: 'm', title: { en: 'T' } });
    expect(redactMilestone(milestone, actor('viewer'))).not.toHaveProperty('internalNotes');
    expect(redactMilestone(milestone, actor('staff'))).toEqual(milestone);
  });

  it("shows an organisation's contacts to staff and its own partners only", () => {
    expect(redactOrganisation(organisation, actor('staff'))).toEqual(organisation);
    expect(redactOrganisation(organisation, actor('partner', ORG_A))).toEqual(organisation);
    expect(redactOrganisation(organisation, actor('partner', ORG_B))).toEqual({ id: ORG_A });
    expect(redactOrganisation(organisation, actor('viewer'))).toEqual({ id: ORG_A });
  });
});

describe("other organisations' reports on a shared milestone", () => {
  const milestone = {
    id: 'm',
    lastReport: {
      progressUpdateId: 'pu-b',
      organisationId: ORG_B,
      submittedById: 'user-b',
      progress: 55,
      status: 'in_progress' as const,
      state: 'submitted' as const,
      enteredByStaff: false,
      submittedAt: 'T',
    },
    lastVerification: {
      progressUpdateId: 'pu-b0',
      organisationId: ORG_B,
      reviewedById: 'staff-1',
      progress: 40,
      status: 'in_progress' as const,
      reviewedAt: 'T',
      enteredByStaff: false,
    },
  };

  it("hides another organisation's latest report from a partner, and the ids behind the verified figures", () => {
    const seen = redactMilestone(milestone, actor('partner', ORG_A));
    expect(seen.lastReport).toBeNull();
    expect(seen.lastVerification).toEqual({ progress: 40, status: 'in_progress', reviewedAt: 'T' });
  });

  it("shows a partner its own organisation's report in full", () => {
    expect(redactMilestone(milestone, actor('partner', ORG_B))).toMatchObject({
      lastReport: milestone.lastReport,
      lastVerification: milestone.lastVerification,
    });
  });

  it('shows staff and viewers every report', () => {
    expect(redactMilestone(milestone, actor('viewer'))).toMatchObject({ lastReport: milestone.lastReport });
    expect(redactMilestone(milestone, actor('staff'))).toEqual(milestone);
  });
});
