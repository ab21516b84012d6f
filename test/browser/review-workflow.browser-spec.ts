import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson, settledText, signIn } from './support/browser.js';
import { multipartFile } from '../support/multipart.js';
import { apiToken, findOne, serveApp, type ServedApp } from './support/served-app.js';

const PARTNER = 'kz-ftu@demo.example';
const STAFF = 'staff@demo.example';
const CLOSED_OR_OVERDUE = ['completed', 'cancelled', 'delayed'];

interface Milestone {
  id: string;
  code: string;
  status: string;
  recordedStatus: string;
  progress: number;
  dueDate: string;
  version: number;
  leadOrganisationId: string;
}

/**
 * The reporting loop in the browser, against the real API: a partner reports
 * on its milestone, staff review it, the partner sees the outcome.
 */
describe('progress reporting and review in the admin app', () => {
  let app: ServedApp;
  let browser: Browser;
  let organisationId: string;
  let reportable: Milestone[];

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
    organisationId = (await findOne(app, 'organisations', { shortCode: 'KZ-FTU' })).id;
    const response = await app.t.request({
      method: 'GET',
      url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ organisationId }))}&sort=["dueDate","ASC"]&range=[0,99]`,
    });
    // Open and not yet due, so that approving shows the reported status (an overdue one stays "delayed").
    reportable = response.json<Milestone[]>().filter((milestone) => !CLOSED_OR_OVERDUE.includes(milestone.status));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a partner reports with evidence, staff approve it, and the partner sees it verified', async () => {
    const milestone = reportable[0];
    const reported = Math.min(milestone.progress + 10, 100);

    const partner = await newPerson(browser, app.baseUrl);
    await signIn(partner.page, PARTNER);
    await partner.page.waitForURL(/#\/my-milestones$/);

    // Their milestones, nearest due date first, as the API orders them.
    const cards = partner.page.locator('[data-testid^="my-milestone-"]');
    await cards.first().waitFor();
    const shownCodes: string[] = [];
    for (const card of await cards.all()) {
      shownCodes.push((await card.getAttribute('data-testid'))!.replace('my-milestone-', ''));
    }
    const all = (
      await app.t.request({
        method: 'GET',
        url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ organisationId }))}&sort=["dueDate","ASC"]&range=[0,99]`,
      })
    ).json<Milestone[]>();
    // The open ones first (overdue leading), the completed and cancelled folded below: they take no report.
    const closed = (m: Milestone) => m.recordedStatus === 'completed' || m.recordedStatus === 'cancelled';
    expect(shownCodes).toEqual([...all.filter((m) => !closed(m)), ...all.filter(closed)].map((m) => m.code));
    if (all.some(closed)) {
      await expect(partner.page.getByTestId('closed-milestones').getAttribute('open')).resolves.toBeNull();
    }

    await partner.page.getByRole('link', { name: `Report progress: ${milestone.code}` }).click();
    await partner.page.waitForURL(new RegExp(`#/report/${milestone.id}$`));
    const slider = partner.page.getByRole('slider', { name: 'Progress (%)' });
    await slider.focus();
    for (let step = milestone.progress; step < reported; step += 5) await slider.press('ArrowRight');
    await expect(partner.page.getByTestId('progress-value').textContent()).resolves.toBe(`${reported}%`);
    await partner.page.getByRole('combobox', { name: 'Status' }).click();
    await partner.page.getByRole('option', { name: 'In progress' }).click();
    await partner.page
      .getByRole('textbox', { name: 'What happened (in your language)' })
      .fill('Two regional workshops held.');
    await partner.page
      .getByRole('textbox', { name: 'Evidence link (optional)' })
      .fill('https://example.org/ftu/workshops');
    await partner.page.setInputFiles('#evidence-file', {
      name: 'attendance.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Attendance list: 42 participants\n'),
    });
    await partner.page.getByRole('button', { name: 'Submit for review' }).click();
    await partner.page.waitForURL(/#\/progress-updates\/[0-9a-f-]{36}\/show$/);
    const updateId = /progress-updates\/([0-9a-f-]{36})\/show/.exec(partner.page.url())![1];
    await partner.page.getByText('Awaiting review').first().waitFor();

    const submitted = (await app.t.request({ method: 'GET', url: `/api/progress-updates/${updateId}` })).json<{
      state: string;
      progress: number;
      status: string;
      narrative: { en?: string };
      evidence: Array<{ url: string }>;
      evidenceFiles: Array<{ fileName: string }>;
    }>();
    expect(submitted).toMatchObject({
      state: 'submitted',
      progress: reported,
      status: 'in_progress',
      narrative: { en: 'Two regional workshops held.' },
      evidence: [{ url: 'https://example.org/ftu/workshops' }],
    });
    expect(submitted.evidenceFiles.map((file) => file.fileName)).toEqual(['attendance.txt']);

    // A file attached by mistake is removed while the update awaits review.
    const upload = multipartFile(Buffer.from('Wrong file\n'), 'draft-notes.txt', 'text/plain');
    const attached = await app.t.anonymous({
      method: 'POST',
      url: `/api/progress-updates/${updateId}/evidence`,
      headers: { ...upload.headers, authorization: `Bearer ${await apiToken(app, PARTNER)}` },
      payload: upload.payload,
    });
    expect(attached.statusCode).toBe(201);
    await partner.page.reload();
    await partner.page.getByRole('button', { name: 'Remove draft-notes.txt' }).click();
    await partner.page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await partner.page.getByText('draft-notes.txt removed').waitFor();
    await partner.page.getByRole('button', { name: /^draft-notes\.txt/ }).waitFor({ state: 'detached' });
    const files = (await app.t.request({ method: 'GET', url: `/api/progress-updates/${updateId}` })).json<{
      evidenceFiles: Array<{ fileName: string }>;
    }>();
    expect(files.evidenceFiles.map((file) => file.fileName)).toEqual(['attendance.txt']);

    // Staff: the dashboard counts it, the review queue lists it, approving applies it.
    const staff = await newPerson(browser, app.baseUrl);
    await signIn(staff.page, STAFF);
    expect(await settledText(staff.page.getByTestId('awaiting-review-count'), '1')).toBe('1');
    await staff.page.getByRole('menuitem', { name: 'Review queue' }).click();
    await staff.page.getByRole('cell', { name: milestone.code, exact: true }).click();
    await staff.page.waitForURL(new RegExp(`#/progress-updates/${updateId}/show$`));
    await expect(staff.page.getByTestId('figures-self-reported').textContent()).resolves.toContain(`${reported}%`);
    await expect(staff.page.getByTestId('figures-verified').textContent()).resolves.toContain(`${milestone.progress}%`);
    await staff.page.getByRole('button', { name: 'Approve' }).click();
    // An approval cannot be taken back: it asks first.
    const confirm = staff.page.getByRole('dialog', { name: 'Approve this update?' });
    await confirm.getByRole('button', { name: 'Approve' }).click();
    await staff.page.waitForURL(/#\/review-queue$/);
    await staff.page.getByText('Nothing is awaiting review.').waitFor();

    const approved = (await app.t.request({ method: 'GET', url: `/api/milestones/${milestone.id}` })).json<Milestone>();
    expect(approved).toMatchObject({ progress: reported, status: 'in_progress' });

    // The partner sees the verdict on the update and the new figure on its milestone.
    await partner.page.reload();
    const outcome = partner.page.getByTestId('review-outcome');
    await expect(outcome.getAttribute('data-state')).resolves.toBe('approved');
    await expect(outcome.textContent()).resolves.toContain('Verified');
    // Verified: its evidence stays.
    await partner.page.getByRole('button', { name: /^attendance\.txt/ }).waitFor();
    expect(await partner.page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await partner.page.getByRole('menuitem', { name: 'My milestones' }).click();
    const card = partner.page.getByTestId(`my-milestone-${milestone.code}`);
    await expect(card.textContent()).resolves.toContain('Your last report: Verified');
    await expect(card.textContent()).resolves.toContain(`${reported}%`);
    await Promise.all([partner.context.close(), staff.context.close()]);
  }, 120_000);

  it('staff return an update with a comment, and the partner revises and resubmits it', async () => {
    const milestone = reportable[1];
    const partnerToken = await apiToken(app, PARTNER);
    const created = await app.t.anonymous({
      method: 'POST',
      url: '/api/progress-updates',
      headers: { authorization: `Bearer ${partnerToken}` },
      payload: { milestoneId: milestone.id, progress: 30, status: 'at_risk', narrative: { en: 'Venue not found.' } },
    });
    expect(created.statusCode).toBe(201);
    const updateId = created.json<{ id: string }>().id;

    const staff = await newPerson(browser, app.baseUrl);
    await signIn(staff.page, STAFF);
    await staff.page.goto(`/#/progress-updates/${updateId}/show`);
    // Returning without saying why is refused in the form: the partner must know what to fix.
    await staff.page.getByRole('button', { name: 'Return with comment' }).click();
    await staff.page.getByText('A comment is required to return or reject an update').waitFor();
    await staff.page
      .getByRole('textbox', { name: 'Comment for the reporting organisation' })
      .fill('Please name the venue options.');
    // Rejecting is final: it asks first, and cancelling leaves the update as it was.
    await staff.page.getByRole('button', { name: 'Reject' }).click();
    const asked = staff.page.getByRole('dialog', { name: 'Reject this update?' });
    await asked.getByText('a rejected update cannot be revised').waitFor();
    await asked.getByRole('button', { name: 'Cancel' }).click();
    await asked.waitFor({ state: 'detached' });
    const still = await app.t.request({ method: 'GET', url: `/api/progress-updates/${updateId}` });
    expect(still.json<{ state: string }>().state).toBe('submitted');
    await staff.page.getByRole('button', { name: 'Return with comment' }).click();
    await staff.page.waitForURL(/#\/review-queue$/);

    const partner = await newPerson(browser, app.baseUrl);
    await signIn(partner.page, PARTNER);
    const report = partner.page.getByTestId(`my-report-${milestone.code}`);
    await expect(report.getAttribute('data-state')).resolves.toBe('returned');
    await expect(report.textContent()).resolves.toContain('Please name the venue options.');
    await report.getByRole('link', { name: milestone.code }).click();
    await expect(partner.page.getByTestId('review-outcome').textContent()).resolves.toContain('Returned for revision');
    await partner.page.getByRole('link', { name: 'Edit' }).click();
    await partner.page
      .getByRole('textbox', { name: 'Narrative (English)' })
      .fill('Two venues shortlisted: Almaty and Astana.');
    await partner.page.getByRole('button', { name: 'Resubmit for review' }).click();
    await partner.page.waitForURL(new RegExp(`#/progress-updates/${updateId}/show$`));
    await partner.page.getByText('Awaiting review').first().waitFor();

    const resubmitted = (await app.t.request({ method: 'GET', url: `/api/progress-updates/${updateId}` })).json<{
      state: string;
      narrative: { en: string };
    }>();
    expect(resubmitted).toMatchObject({
      state: 'submitted',
      narrative: { en: 'Two venues shortlisted: Almaty and Astana.' },
    });
    await Promise.all([partner.context.close(), staff.context.close()]);
  }, 120_000);

  it('shows partners and viewers none of the controls their role may not use', async () => {
    const milestone = reportable[2];
    const partner = await newPerson(browser, app.baseUrl);
    await signIn(partner.page, PARTNER);
    // The side menu, found by what it does show, so that counting what it does not is meaningful.
    const menu = partner.page
      .getByRole('menu')
      .filter({ has: partner.page.getByRole('menuitem', { name: 'My milestones' }) });
    await menu.waitFor();
    await partner.page.goto(`/#/milestones/${milestone.id}/show`);
    await partner.page.getByRole('link', { name: 'Report progress' }).waitFor();
    await expect(partner.page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
    await partner.page.goto('/#/milestones');
    await partner.page.locator('tbody tr').first().waitFor();
    await expect(partner.page.getByRole('link', { name: 'Create' }).count()).resolves.toBe(0);
    for (const staffOnly of ['Dashboard', 'Review queue', 'Audit trail', 'Users']) {
      await expect(menu.getByRole('menuitem', { name: staffOnly }).count()).resolves.toBe(0);
    }
    // Their addresses say plainly that they are not for this role, instead of a form that fails on submit.
    await partner.page.goto('/#/review-queue');
    await expect(
      settledText(partner.page.getByTestId('not-available'), /not available to your role \(Partner\)/),
    ).resolves.toMatch(/Partner/);
    const others = (await app.t.request({ method: 'GET', url: `/api/milestones?range=[0,199]` })).json<
      Array<Milestone & { supportingOrganisationIds: string[] }>
    >();
    const notOurs = others.find(
      (m) => m.leadOrganisationId !== organisationId && !m.supportingOrganisationIds.includes(organisationId),
    )!;
    await partner.page.goto(`/#/report/${notOurs.id}`);
    await expect(
      settledText(partner.page.getByTestId('not-available'), /neither leads nor supports this milestone/),
    ).resolves.toMatch(/cannot report on it/);
    await expect(partner.page.getByRole('button', { name: 'Submit for review' }).count()).resolves.toBe(0);

    const viewer = await newPerson(browser, app.baseUrl);
    await signIn(viewer.page, 'viewer@demo.example');
    await viewer.page.getByTestId('progress-by-priority').waitFor();
    await expect(viewer.page.getByRole('heading', { name: 'Updates awaiting review' }).count()).resolves.toBe(0);
    await viewer.page.goto(`/#/milestones/${milestone.id}/show`);
    await viewer.page.getByTestId('figures-verified').waitFor();
    await expect(viewer.page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
    await expect(viewer.page.getByRole('link', { name: 'Report progress' }).count()).resolves.toBe(0);
    await Promise.all([partner.context.close(), viewer.context.close()]);
  }, 60_000);

  it('an update staff entered is marked as such and not offered for approval to its author; closed milestones take no reports', async () => {
    // Staff report for a milestone's lead organisation: two open milestones led by one with a partner account.
    const partners = (
      await app.t.request({ method: 'GET', url: `/api/users?filter=${encodeURIComponent('{"role":"partner"}')}` })
    ).json<Array<{ email: string; organisationId: string }>>();
    const open = (
      await app.t.request({
        method: 'GET',
        url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ status: ['planned', 'in_progress', 'at_risk'], leadOrganisationId: partners.map((p) => p.organisationId) }))}&sort=["dueDate","ASC"]&range=[0,999]`,
      })
    ).json<Milestone[]>();
    const lead = partners.find((p) => open.filter((m) => m.leadOrganisationId === p.organisationId).length >= 2)!;
    const [milestone, closing] = open.filter((m) => m.leadOrganisationId === lead.organisationId);
    const entered = await app.t.anonymous({
      method: 'POST',
      url: '/api/progress-updates',
      headers: { authorization: `Bearer ${await apiToken(app, STAFF)}` },
      payload: { milestoneId: milestone.id, progress: 25, status: 'in_progress', narrative: { en: 'Told by phone.' } },
    });
    expect(entered.statusCode).toBe(201);
    const updateId = entered.json<{ id: string }>().id;

    const staff = await newPerson(browser, app.baseUrl);
    await signIn(staff.page, STAFF);
    await staff.page.goto(`/#/progress-updates/${updateId}/show`);
    await staff.page.getByText('Entered by EESC staff for the organisation').waitFor();
    await staff.page.getByText('You entered this update: another member of staff must approve it.').waitFor();
    await staff.page.getByRole('button', { name: 'Return with comment' }).waitFor();
    await expect(staff.page.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);

    // A second person approves it.
    const admin = await newPerson(browser, app.baseUrl);
    await signIn(admin.page, 'admin@demo.example');
    await admin.page.goto(`/#/progress-updates/${updateId}/show`);
    await admin.page.getByRole('button', { name: 'Approve' }).click();
    await admin.page
      .getByRole('dialog', { name: 'Approve this update?' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await admin.page.waitForURL(/#\/review-queue$/);
    const approved = (await app.t.request({ method: 'GET', url: `/api/progress-updates/${updateId}` })).json<{
      state: string;
      enteredByStaff: boolean;
    }>();
    expect(approved).toMatchObject({ state: 'approved', enteredByStaff: true });

    // The partner sees that its organisation did not write it.
    const partner = await newPerson(browser, app.baseUrl);
    await signIn(partner.page, lead.email);
    const row = partner.page.getByTestId(`my-report-${milestone.code}`);
    await expect(row.getByTestId('entered-by-staff').textContent()).resolves.toBe('EESC staff');

    // A cancelled milestone offers no "Report progress", on the partner's page or the milestone's.
    const current = await app.t.request({ method: 'GET', url: `/api/milestones/${closing.id}` });
    const cancelled = await app.t.request({
      method: 'PUT',
      url: `/api/milestones/${closing.id}`,
      headers: { 'if-match': current.headers.etag as string },
      payload: { status: 'cancelled' },
    });
    expect(cancelled.statusCode).toBe(200);
    await partner.page.reload();
    const card = partner.page.getByTestId(`my-milestone-${closing.code}`);
    await expect(card.getByTestId('closed-to-reports').textContent()).resolves.toBe('Closed: no new reports');
    await expect(partner.page.getByRole('link', { name: `Report progress: ${closing.code}` }).count()).resolves.toBe(0);
    await partner.page.goto(`/#/milestones/${closing.id}/show`);
    await partner.page.getByTestId('figures-verified').waitFor();
    await expect(partner.page.getByRole('link', { name: 'Report progress' }).count()).resolves.toBe(0);
    await Promise.all([staff.context.close(), admin.context.close(), partner.context.close()]);
  }, 120_000);
});
