import { describe, expect, it } from '@jest/globals';
import { renderReminder } from './reminder-messages.js';
import { DIGEST_LIST_LIMIT, renderDigest, renderMissedReport, type PlanDigest } from './staff-alert-messages.js';

const milestone = (n: number) => ({
  id: `m${n}`,
  code: `P1.O1.M${n}`,
  title: { en: `Milestone ${n}`, ru: `Этап ${n}` },
  dueDate: '2027-03-31',
});

const emptyPlan = (overrides: Partial<PlanDigest> = {}): PlanDigest => ({
  code: 'REX/587',
  overdue: { total: 0, items: [] },
  atRisk: { total: 0, items: [] },
  awaitingReview: { total: 0, items: [] },
  unreported: { total: 0, items: [] },
  periodFrom: '2027-01-01',
  periodTo: '2027-03-31',
  ...overrides,
});

describe('reminder messages', () => {
  it('count days in Russian with the right form', () => {
    const overdue = (daysOverdue: number) =>
      renderReminder({
        kind: 'overdue_weekly',
        locale: 'ru',
        milestoneCode: 'P1.O1.M1',
        milestoneTitle: { en: 'Youth exchange' },
        dueDate: '2027-03-31',
        daysOverdue,
        link: 'https://tracker.example.eu/#/milestones/m1/show',
      }).subject.replace('[REX/587] P1.O1.M1 просрочен на ', '');
    expect([1, 2, 5, 11, 21, 22, 30, 101].map(overdue)).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '11 дней',
      '21 день',
      '22 дня',
      '30 дней',
      '101 день',
    ]);
  });

  it('announce any lead time, and "tomorrow" for one day', () => {
    const render = (kind: 'upcoming_14' | 'upcoming_1', locale: string) =>
      renderReminder({
        kind,
        locale,
        milestoneCode: 'P1.O1.M1',
        milestoneTitle: { en: 'Youth exchange' },
        dueDate: '2027-03-31',
        daysOverdue: 0,
        link: 'https://tracker.example.eu/#/milestones/m1/show',
      }).subject;
    expect(render('upcoming_14', 'en')).toBe('[REX/587] P1.O1.M1 is due in 14 days');
    expect(render('upcoming_14', 'ru')).toBe('[REX/587] P1.O1.M1 должен быть выполнен через 14 дней');
    expect(render('upcoming_14', 'kk')).toBe('[REX/587] P1.O1.M1 14 күннен кейін орындалуы тиіс');
    expect(render('upcoming_1', 'en')).toBe('[REX/587] P1.O1.M1 is due tomorrow');
  });
});

describe('staff alerts', () => {
  it('name the organisation, the period and every milestone it did not report on, in the reader language', () => {
    const message = renderMissedReport({
      locale: 'ru',
      organisation: { shortCode: 'KZ-FTU', name: { en: 'Federation of Trade Unions', ru: 'Федерация профсоюзов' } },
      periodFrom: '2027-01-01',
      periodTo: '2027-03-31',
      milestones: [milestone(1), milestone(2)],
      link: 'https://tracker.example.eu/#/organisations/o1/show',
    });
    // Intl keeps "2027 г." together with a narrow no-break space.
    expect(message.subject.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '[REX/587] KZ-FTU не отчиталась за период 1 января 2027 г. – 31 марта 2027 г.',
    );
    expect(message.text).toContain('KZ-FTU (Федерация профсоюзов)');
    expect(message.text).toContain('- P1.O1.M1 Этап 1');
    expect(message.text).toContain('- P1.O1.M2 Этап 2');
    expect(message.html).toContain('<a href="https://tracker.example.eu/#/organisations/o1/show">');
  });

  it('digest: every list with its whole count, the first lines, and how many more', () => {
    const overdue = Array.from({ length: DIGEST_LIST_LIMIT }, (_, n) => milestone(n + 1));
    const message = renderDigest({
      locale: 'en',
      weekOf: '2027-03-29',
      link: 'https://tracker.example.eu/#/',
      plans: [
        emptyPlan({
          overdue: { total: 40, items: overdue },
          awaitingReview: {
            total: 1,
            items: [{ milestoneCode: 'P2.O1.M1', organisationShortCode: 'EU-CSO', submittedAt: '2027-03-25' }],
          },
          unreported: {
            total: 2,
            items: [
              { shortCode: 'KZ-A', missing: 3 },
              { shortCode: 'KZ-B', missing: 1 },
            ],
          },
        }),
      ],
    });
    expect(message.subject).toBe('[REX/587] Weekly digest, week of 29 March 2027');
    expect(message.text).toContain('Overdue milestones (40):');
    expect(message.text).toContain(`- … and ${40 - DIGEST_LIST_LIMIT} more`);
    expect(message.text).toContain('Milestones at risk (0):\n- None.');
    expect(message.text).toContain('- P2.O1.M1, EU-CSO, 25 March 2027');
    expect(message.text).toContain('- KZ-A: 3');
    expect(message.html.match(/<li>/g)).toHaveLength(DIGEST_LIST_LIMIT + 1 + 1 + 1 + 2);
  });

  it('escape what partners wrote before it goes into HTML', () => {
    const message = renderMissedReport({
      locale: 'en',
      organisation: { shortCode: 'X', name: { en: '<script>alert(1)</script>' } },
      periodFrom: '2027-01-01',
      periodTo: '2027-03-31',
      milestones: [{ ...milestone(1), title: { en: 'A & B <b>' } }],
      link: 'https://tracker.example.eu/#/',
    });
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&lt;script&gt;');
    expect(message.html).toContain('A &amp; B &lt;b&gt;');
  });
});
