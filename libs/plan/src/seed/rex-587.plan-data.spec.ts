import { describe, expect, it } from '@jest/globals';
import { isCalendarDate } from '#database';
import { CODE_PATTERN, nextChildCode, priorityCode } from '../code.policy.js';
import { REX_587_PLAN } from './rex-587.plan-data.js';

const plan = REX_587_PLAN;
const priorities = plan.priorities;
const objectives = priorities.flatMap((priority) =>
  priority.objectives.map((objective) => ({ code: `P${priority.position}.O${objective.position}`, objective })),
);
const milestones = objectives.flatMap(({ code, objective }) =>
  objective.milestones.map((milestone) => ({ code: `${code}.M${milestone.position}`, milestone })),
);
const organisationCodes = plan.organisations.map((organisation) => organisation.shortCode);

describe('REX/587 plan facts', () => {
  it('is the action plan of opinion REX/587', () => {
    expect(plan.code).toBe('REX/587');
    expect(CODE_PATTERN.test(plan.code)).toBe(true);
  });

  it('runs on Almaty time', () => {
    expect(plan.timeZone).toBe('Asia/Almaty');
    expect(() => new Intl.DateTimeFormat('en', { timeZone: plan.timeZone })).not.toThrow();
  });

  it('was adopted at the plenary of 27 March 2025', () => {
    expect(plan.adoptedAt).toBe('2025-03-27');
  });

  it('names the rapporteur Fornea and the 147 votes in favour', () => {
    expect(plan.description.en).toContain('Fornea');
    expect(plan.description.en).toContain('147');
  });

  it('has a title in English and Russian', () => {
    expect(plan.title.en).toBeTruthy();
    expect(plan.title.ru).toBeTruthy();
  });
});

describe('REX/587 plan structure', () => {
  it('has the five priorities of the opinion, in positions 1 to 5', () => {
    expect(priorities.map((priority) => priority.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(priorities.map((priority) => [priorityCode(priority.position), priority] as const))(
    'priority %s has 3 or 4 objectives numbered from 1',
    (_code, priority) => {
      expect(priority.objectives.length).toBeGreaterThanOrEqual(3);
      expect(priority.objectives.length).toBeLessThanOrEqual(4);
      expect(priority.objectives.map((objective) => objective.position)).toEqual(
        priority.objectives.map((_, index) => index + 1),
      );
    },
  );

  it.each(objectives.map(({ code, objective }) => [code, objective] as const))(
    'objective %s has 2 to 4 milestones numbered from 1',
    (_code, objective) => {
      expect(objective.milestones.length).toBeGreaterThanOrEqual(2);
      expect(objective.milestones.length).toBeLessThanOrEqual(4);
      expect(objective.milestones.map((milestone) => milestone.position)).toEqual(
        objective.milestones.map((_, index) => index + 1),
      );
    },
  );

  it('every milestone gets a distinct valid code, as nextChildCode would number it', () => {
    const codes = milestones.map(({ code }) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { code } of objectives) {
      const children = codes.filter((c) => c.startsWith(`${code}.M`));
      expect(nextChildCode(code, 'M', children)).toBe(`${code}.M${children.length + 1}`);
    }
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
  });
});

describe('REX/587 organisations', () => {
  it('short codes are unique', () => {
    expect(new Set(organisationCodes).size).toBe(organisationCodes.length);
  });

  it.each(organisationCodes)('short code %p is upper-case letters, digits and hyphens, at most 32', (code) => {
    expect(code).toMatch(/^[A-Z0-9][A-Z0-9-]{0,31}$/);
  });

  it.each(plan.organisations.map((organisation) => [organisation.shortCode, organisation] as const))(
    '%s has a name in English and Russian',
    (_code, organisation) => {
      expect(organisation.name.en).toBeTruthy();
      expect(organisation.name.ru).toBeTruthy();
    },
  );

  it('every reminder contact is a demo.example mailbox', () => {
    const emails = plan.organisations.flatMap((organisation) => organisation.reminderContacts.map((c) => c.email));
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9._+-]+@([a-z0-9-]+\.)*demo\.example$/);
  });
});

describe('REX/587 milestones', () => {
  const byCode = milestones.map(({ code, milestone }) => [code, milestone] as const);

  it.each(byCode)('%s is led by a known organisation', (_code, milestone) => {
    expect(organisationCodes).toContain(milestone.lead);
  });

  it.each(byCode)('%s is supported by known organisations only, without repeats', (_code, milestone) => {
    for (const supporter of milestone.supporting) expect(organisationCodes).toContain(supporter);
    expect(new Set(milestone.supporting).size).toBe(milestone.supporting.length);
  });

  it.each(byCode)('%s does not list its lead among its supporters', (_code, milestone) => {
    expect(milestone.supporting).not.toContain(milestone.lead);
  });

  it.each(byCode)('%s has valid start and due dates, starting no later than due', (_code, milestone) => {
    expect(isCalendarDate(milestone.startDate)).toBe(true);
    expect(isCalendarDate(milestone.dueDate)).toBe(true);
    expect(milestone.startDate <= milestone.dueDate).toBe(true);
  });

  it.each(byCode)('%s has whole-number progress between 0 and 100', (_code, milestone) => {
    expect(Number.isInteger(milestone.progress)).toBe(true);
    expect(milestone.progress).toBeGreaterThanOrEqual(0);
    expect(milestone.progress).toBeLessThanOrEqual(100);
  });

  it('every completed milestone is at 100%', () => {
    const completed = milestones.filter(({ milestone }) => milestone.status === 'completed');
    expect(completed.length).toBeGreaterThan(0);
    for (const { code, milestone } of completed)
      expect({ code, progress: milestone.progress }).toEqual({ code, progress: 100 });
  });
});

describe('REX/587 texts', () => {
  const titled = [
    ...priorities.map((priority) => [priorityCode(priority.position), priority] as const),
    ...objectives.map(({ code, objective }) => [code, objective] as const),
    ...milestones.map(({ code, milestone }) => [code, milestone] as const),
  ];

  it.each(titled)('%s has a title in English and Russian', (_code, record) => {
    expect(record.title.en).toBeTruthy();
    expect(record.title.ru).toBeTruthy();
  });

  it.each([
    ...objectives.map(({ code, objective }) => [code, objective] as const),
    ...milestones.map(({ code, milestone }) => [code, milestone] as const),
  ])('%s says in English that it is illustrative', (_code, record) => {
    expect(record.description.en).toMatch(/illustrative/i);
  });
});
