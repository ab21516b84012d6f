import { describe, expect, it } from '@jest/globals';
import type { Actor } from '#kernel';
import { hiddenReminderFields, redactReminder } from './redaction.policy.js';

const ORG = '00000000-0000-4000-8000-00000000000a';
const actor = (role: Actor['role'], organisationId: string | null = null): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  role,
  organisationId,
  requestId: null,
});

const reminder = {
  id: 'r1',
  kind: 'due',
  recipientEmail: 'focal-point@eipa.demo.example',
  recipientOrganisationId: ORG,
  lastError: '550 5.1.1 <focal-point@eipa.demo.example>: Recipient address rejected; cc a.b+c@x.kz',
};

describe('reminder recipients', () => {
  it('staff, administrators and the organisation’s own partners see the address and the error as they are', () => {
    for (const who of [actor('admin'), actor('staff'), actor('system'), actor('partner', ORG)]) {
      expect(redactReminder(reminder, who)).toEqual(reminder);
      expect(hiddenReminderFields(who)).toEqual([]);
    }
  });

  it('a viewer sees neither the address nor any address inside the delivery error, and cannot filter or sort by it', () => {
    const seen = redactReminder(reminder, actor('viewer'));
    expect(seen).not.toHaveProperty('recipientEmail');
    expect(seen.lastError).toBe('550 5.1.1 <[e-mail]>: Recipient address rejected; cc [e-mail]');
    expect(JSON.stringify(seen)).not.toContain('@');
    expect(redactReminder({ ...reminder, lastError: null }, actor('viewer')).lastError).toBeNull();
    expect(hiddenReminderFields(actor('viewer'))).toEqual(['recipientEmail']);
  });
});
