import type { ServerCatalogue } from './catalogue.js';
import { formatNumber, ruForm } from './plurals.js';

const number = (n: number) => formatNumber('ru', n);
/** "1 день", "3 дня", "30 дней". */
const dayCount = (n: number) => `${n} ${ruForm(n, 'день', 'дня', 'дней')}`;
/** "1 секунду", "3 секунды", "1 200 секунд": the form "через" (in) takes. */
const seconds = (n: number) => `${number(n)} ${ruForm(n, 'секунду', 'секунды', 'секунд')}`;

/** Every text the server writes in Russian. */
export const ru: ServerCatalogue = {
  report: {
    report: 'Доклад пленарной сессии',
    opinion: 'Заключение',
    rapporteur: 'Докладчик',
    section: 'Секция',
    sectionAdopted: 'Принято секцией',
    plenaryAdopted: 'Принято на пленарной сессии',
    vote: (f, a, ab) => `«за» — ${f}, «против» — ${a}, воздержались — ${ab}`,
    period: 'Отчётный период',
    asOf: 'Положение на',
    author: 'Подготовил(а)',
    planProgress: 'Общий прогресс',
    summary: 'Сводка по приоритетам',
    priority: 'Приоритет',
    objective: 'Цель',
    progress: 'Прогресс',
    milestones: 'Этапы',
    code: 'Код',
    milestone: 'Этап',
    start: 'Начало',
    due: 'Срок',
    status: 'Статус',
    selfReported: 'По данным партнёров',
    verified: 'Проверено',
    lead: 'Ведущая организация',
    supporting: 'Поддерживающие организации',
    narrative: 'Последний отчёт',
    notVerified: 'не проверено',
    notReported: 'нет отчёта',
    // Russian sets the percent sign apart, with a no-break space: "57,8 %".
    percent: (figure) => `${figure}\u00a0%`,
    verifiedBy: (p, by, date) => `${p} (${by}, ${date})`,
    staffEntered: 'внесено сотрудниками ЕЭСК',
    reportedBy: (p, by, date, state) => `${p} (${by}, ${date}, ${state})`,
    reportedStatus: 'заявленный статус',
    reviewState: 'проверка',
    reportingOrganisation: 'организация',
    submittedOn: 'дата отчёта',
    reviewedBy: 'проверил(а)',
    reviewedOn: 'дата проверки',
    changes: 'Изменения с последнего доклада',
    changesSince: (date) => `Изменения с доклада от ${date}`,
    firstReport: 'Это первый доклад по плану: сравнивать не с чем.',
    noChanges: 'С последнего доклада изменений нет.',
    added: 'Новые этапы',
    removed: 'Исключённые этапы',
    completed: 'Выполнены',
    newlyDelayed: 'Впервые просрочены',
    dueDateChanged: 'Изменён срок',
    progressChanged: 'Изменён прогресс',
    statusChanged: 'Изменён статус',
    statuses: {
      planned: 'Запланирован',
      in_progress: 'Выполняется',
      at_risk: 'Под угрозой',
      delayed: 'Просрочен',
      completed: 'Выполнен',
      cancelled: 'Отменён',
    },
    reviewStates: { submitted: 'ожидает проверки', approved: 'принят', returned: 'возвращён на доработку' },
    // The date ends with "г.": no full stop after it.
    generated: (date) => `Подготовлено системой мониторинга Плана действий REX/587: ${date}`,
  },
  publicPage: {
    heading: 'Открытая сводка о ходе работ',
    intro: 'Открытые этапы Плана действий и прогресс, подтверждённый секретариатом ЕЭСК.',
    none: 'Открытых этапов пока нет.',
    languages: 'Языки',
  },
  reminders: {
    leads: {
      upcoming: (n) => `должен быть выполнен через ${dayCount(n)}`,
      tomorrow: () => 'должен быть выполнен завтра',
      due: () => 'должен быть выполнен сегодня',
      overdue_1: () => 'должен был быть выполнен вчера, о выполнении не сообщалось',
      overdue_weekly: (days) => `просрочен на ${dayCount(days)}`,
      escalation: (days) =>
        `просрочен на ${dayCount(days)}: напоминания ответственным организациям остались без ответа`,
    },
    words: {
      milestone: 'Этап',
      due: 'Срок',
      action: 'Открыть этап',
      partnerAction: 'Пожалуйста, сообщите о ходе работ в системе',
      footer: 'Вы получили это сообщение, так как ваша организация отвечает за этот этап Плана действий REX/587.',
    },
  },
  staffAlerts: {
    missedSubject: (org, from, to) => `[REX/587] ${org} не отчиталась за период ${from} – ${to}`,
    missedLead: (org, n, from, to) =>
      `${org} не представила отчёт о ходе работ за отчётный период ${from} – ${to} по этапам, за которые отвечает (${n}):`,
    digestSubject: (week) => `[REX/587] Еженедельная сводка, неделя с ${week}`,
    overdue: 'Просроченные этапы',
    atRisk: 'Этапы под угрозой',
    awaitingReview: 'Отчёты, ожидающие проверки',
    unreported: (from, to) => `Организации, ещё не отчитавшиеся за период ${from} – ${to}`,
    none: 'Нет.',
    more: (n) => `… и ещё ${n}`,
    due: 'срок',
    open: 'Открыть систему',
    footer: 'Вы получили это сообщение как сотрудник секретариата ЕЭСК, ведущий План действий REX/587.',
  },
  notifications: {
    titles: {
      'progress-update.submitted': (code) => `Новый отчёт о ходе работ по ${code} ожидает проверки`,
      'progress-update.approved': (code) => `Ваш отчёт по ${code} утверждён`,
      'progress-update.returned': (code) => `Ваш отчёт по ${code} возвращён на доработку`,
      'progress-update.rejected': (code) => `Ваш отчёт по ${code} отклонён`,
      'milestone.reassigned': (code) => `Ваша организация теперь отвечает за этап ${code}`,
    },
    staffEnteredTitles: {
      'progress-update.submitted': (code) =>
        `Новый отчёт по ${code}, внесённый сотрудниками ЕЭСК за организацию, ожидает проверки`,
      'progress-update.approved': (code) =>
        `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, утверждён`,
      'progress-update.returned': (code) =>
        `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, возвращён на доработку`,
      'progress-update.rejected': (code) =>
        `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, отклонён`,
    },
  },
  messages: {
    tooManySignInAttempts: (s) => `Слишком много попыток входа; повторите через ${seconds(s)}`,
    counted: {
      write: 'изменений',
      search: 'поисковых запросов',
      export: 'выгрузок',
      download: 'скачиваний',
      import: 'импортов',
      upload: 'загрузок файлов',
      password: 'попыток смены пароля',
    },
    rateLimited: (counted, s) => `Слишком много ${counted} с этой учётной записи; повторите через ${seconds(s)}`,
    tooManyAtOnce:
      'Слишком много одновременных запросов с этой учётной записи; дождитесь выполнения текущих и повторите',
    statementTimeout:
      'База данных слишком долго обрабатывала запрос и остановила его; повторите чуть позже или запросите ' +
      'меньше за раз (короче поиск, меньше страница)',
    updatesPerDay: (limit, s) =>
      `Ваша организация уже отправила ${number(limit)} ${ruForm(limit, 'отчёт', 'отчёта', 'отчётов')} по этому этапу за последние 24 часа — это предел; повторите через ${seconds(s)}`,
    updateEvidenceStorage: (mb) =>
      `К отчёту можно приложить не более ${number(mb)} МБ файлов; удалите файл или отправьте файл поменьше`,
    organisationEvidenceStorage: (mb) =>
      `Файлы вашей организации достигли ${number(mb)} МБ — это предел; попросите сотрудников ЕЭСК увеличить его`,
  },
};
