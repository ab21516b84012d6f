import { describe, expect, it } from '@jest/globals';
import { exportColumns, type ExportReferences } from './export-columns.js';

const LEAD = '11111111-1111-4111-8111-111111111111';
const SUPPORT = '22222222-2222-4222-8222-222222222222';
const OBJECTIVE = '33333333-3333-4333-8333-333333333333';
const PRIORITY = '44444444-4444-4444-8444-444444444444';
const references: ExportReferences = {
  organisations: {
    [LEAD]: { shortCode: 'KZ-FTU', name: { en: 'Federation of Trade Unions', ru: 'Федерация профсоюзов' } },
    [SUPPORT]: { shortCode: 'EIPA', name: { en: 'EIPA' } },
  },
  objectives: { [OBJECTIVE]: { code: 'P1.O1', title: { en: 'Agree the mandate', ru: 'Согласовать мандат' } } },
  priorities: { [PRIORITY]: { code: 'P1', title: { en: 'Platform' } } },
  actionPlans: {},
};
const milestone = {
  id: '55555555-5555-4555-8555-555555555555',
  version: 3,
  objectiveId: OBJECTIVE,
  priorityId: PRIORITY,
  code: 'P1.O1.M2',
  title: { en: 'Consultations', ru: 'Консультации' },
  description: { en: '' },
  startDate: null,
  dueDate: '2027-06-30',
  status: 'at_risk',
  recordedStatus: 'at_risk',
  progress: 40,
  leadOrganisationId: LEAD,
  supportingOrganisationIds: [SUPPORT],
  visibility: 'public',
  opinionReference: '4.2',
  lastReport: { progress: 45, submittedAt: '2026-11-20T09:00:00.000Z' },
  lastVerification: null,
};

const table = (locale: 'en' | 'ru' | 'kk', rows: Array<Record<string, unknown>> = [milestone]) => {
  const columns = exportColumns('milestones', rows, locale, references)!;
  return Object.fromEntries(columns.map((column) => [column.header, column.value(rows[0])]));
};

describe('the milestone export', () => {
  it('names what a milestone references by code and name, with labels and headers in the language', () => {
    expect(table('ru')).toMatchObject({
      Приоритет: 'P1',
      Цель: 'P1.O1',
      'Название цели': 'Согласовать мандат',
      Код: 'P1.O1.M2',
      'Название (RU)': 'Консультации',
      'Название (KK)': null,
      Срок: '2027-06-30',
      Статус: 'Под угрозой',
      'Прогресс (%)': 40,
      'Ведущая организация': 'KZ-FTU',
      'Ведущая организация (название)': 'Федерация профсоюзов',
      'Поддерживающие организации': 'EIPA',
      Доступ: 'Публичный',
      'По данным партнёров (%)': 45,
      'Проверено (%)': null,
    });
  });

  it('puts the ids last, under their machine names, for a file sent back', () => {
    const headers = exportColumns('milestones', [milestone], 'en', references)!.map((column) => column.header);
    expect(headers.slice(-5)).toEqual([
      'id',
      'version',
      'objectiveId',
      'leadOrganisationId',
      'supportingOrganisationIds',
    ]);
    expect(headers.slice(0, 4)).toEqual(['Priority', 'Objective', 'Objective title', 'Code']);
    expect(table('en')).toMatchObject({ supportingOrganisationIds: SUPPORT, version: 3 });
  });

  it('has internal notes only when the reader may see them', () => {
    expect(table('en')).not.toHaveProperty('Internal notes');
    expect(table('en', [{ ...milestone, internalNotes: 'staff only' }])).toMatchObject({
      'Internal notes': 'staff only',
    });
  });

  it('leaves a list without its own columns to the generic export', () => {
    expect(exportColumns('notifications', [], 'en', references)).toBeNull();
  });
});
