import type { MilestoneStatus, ProgressUpdateState } from '#contracts';
import type { ServerCatalogue } from './catalogue.js';
import type {
  ClosedMilestoneRefusal,
  EvidenceKindName,
  RateLimitedActionName,
  ResourceName,
  ReviewStep,
  StaffChange,
} from './message-words.js';
import { formatNumber, ruForm } from './plurals.js';

const number = (n: number) => formatNumber('ru', n);
/** "1 день", "3 дня", "30 дней". */
const dayCount = (n: number) => `${n} ${ruForm(n, 'день', 'дня', 'дней')}`;
/** "1 секунду", "3 секунды", "1 200 секунд": the form "через" (in) takes. */
const seconds = (n: number) => `${number(n)} ${ruForm(n, 'секунду', 'секунды', 'секунд')}`;

/** "не более 300 символов", "не короче 1 символа": the genitive that "не более" and "не короче" take. */
const characters = (n: number) => `${number(n)} ${ruForm(n, 'символа', 'символов', 'символов')}`;
/** The field a constraint names: "Поле dueDate", "Каждое значение поля daysBefore" for each of a list. */
const field = (p: { field: string; each?: boolean }) =>
  p.each ? `Каждое значение поля ${p.field}` : `Поле ${p.field}`;

/** A record's name in the cases the messages need. */
const RESOURCES: Record<ResourceName, { nominative: string; genitive: string; accusative: string }> = {
  'action plan': { nominative: 'план действий', genitive: 'плана действий', accusative: 'план действий' },
  priority: { nominative: 'приоритет', genitive: 'приоритета', accusative: 'приоритет' },
  objective: { nominative: 'цель', genitive: 'цели', accusative: 'цель' },
  milestone: { nominative: 'этап', genitive: 'этапа', accusative: 'этап' },
  organisation: { nominative: 'организация', genitive: 'организации', accusative: 'организацию' },
  user: { nominative: 'пользователь', genitive: 'пользователя', accusative: 'пользователя' },
  'progress update': {
    nominative: 'отчёт о ходе работ',
    genitive: 'отчёта о ходе работ',
    accusative: 'отчёт о ходе работ',
  },
  'evidence file': {
    nominative: 'подтверждающий файл',
    genitive: 'подтверждающего файла',
    accusative: 'подтверждающий файл',
  },
  report: { nominative: 'доклад', genitive: 'доклада', accusative: 'доклад' },
  'audit event': {
    nominative: 'запись журнала аудита',
    genitive: 'записи журнала аудита',
    accusative: 'запись журнала аудита',
  },
  reminder: { nominative: 'напоминание', genitive: 'напоминания', accusative: 'напоминание' },
  notification: { nominative: 'уведомление', genitive: 'уведомления', accusative: 'уведомление' },
  'calendar feed': {
    nominative: 'календарная подписка',
    genitive: 'календарной подписки',
    accusative: 'календарную подписку',
  },
};
/** What is counted, after "слишком много" (genitive plural). */
const COUNTED: Record<RateLimitedActionName, string> = {
  write: 'изменений',
  search: 'поисковых запросов',
  export: 'выгрузок',
  download: 'скачиваний',
  import: 'импортов',
  upload: 'загрузок файлов',
  password: 'попыток смены пароля',
};
/** A report's state, after "который" (a masculine noun). */
const STATES: Record<ProgressUpdateState, string> = {
  submitted: 'отправлен на проверку',
  approved: 'утверждён',
  returned: 'возвращён на доработку',
  rejected: 'отклонён',
};
/** What a step does to a report, after "нельзя". */
const STEPS: Record<ReviewStep, string> = {
  approve: 'утвердить',
  return: 'вернуть на доработку',
  reject: 'отклонить',
  submit: 'отправить на проверку',
};
/** A milestone's status, after "Этап …" (masculine). */
const MILESTONE_STATUSES: Record<MilestoneStatus, string> = {
  planned: 'запланирован',
  in_progress: 'выполняется',
  at_risk: 'под угрозой',
  delayed: 'просрочен',
  completed: 'выполнен',
  cancelled: 'отменён',
};
/** What staff do not do to a partner's report, after "сотрудники не". */
const STAFF_CHANGES: Record<StaffChange, string> = {
  content: 'меняют его содержание',
  delete: 'удаляют его',
  addEvidence: 'прикладывают к нему файлы',
  removeEvidence: 'удаляют его файлы',
};
/** What a closed milestone cannot take. */
const CLOSED_REFUSALS: Record<ClosedMilestoneRefusal, string> = {
  newUpdate: 'новые отчёты о ходе работ по нему не принимаются',
  resubmit: 'повторно отправленные отчёты по нему не принимаются',
  approve: 'отчёты по нему нельзя утверждать',
};
const EVIDENCE_KINDS: Record<EvidenceKindName, string> = {
  PDF: 'PDF',
  'PNG image': 'изображение PNG',
  'JPEG image': 'изображение JPEG',
  'WebP image': 'изображение WebP',
  'Word document': 'документ Word',
  'Excel workbook': 'книга Excel',
  'PowerPoint presentation': 'презентация PowerPoint',
  'OpenDocument text': 'текст OpenDocument',
  'OpenDocument spreadsheet': 'таблица OpenDocument',
  text: 'текст',
  CSV: 'CSV',
};
/** What the HTTP library refused, by status. */
const REFUSALS: Partial<Record<number, string>> = {
  400: 'Не удалось прочитать запрос',
  404: 'Не найдено',
  406: 'Запрос не в том формате',
  413: 'Запрос слишком велик',
  415: 'Неподдерживаемый тип содержимого',
};

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
  exports: {
    columns: {
      actionPlan: 'План действий',
      priority: 'Приоритет',
      objective: 'Цель',
      objectiveTitle: 'Название цели',
      milestone: 'Этап',
      code: 'Код',
      title: 'Название',
      description: 'Описание',
      position: 'Порядковый номер',
      startDate: 'Дата начала',
      dueDate: 'Срок',
      status: 'Статус',
      progress: 'Прогресс (%)',
      lead: 'Ведущая организация',
      leadName: 'Ведущая организация (название)',
      supporting: 'Поддерживающие организации',
      visibility: 'Доступ',
      opinionReference: 'Ссылка на заключение',
      internalNotes: 'Внутренние заметки',
      reportedProgress: 'По данным партнёров (%)',
      reportedOn: 'Дата отчёта партнёра',
      verifiedProgress: 'Проверено (%)',
      verifiedOn: 'Дата проверки',
      timeZone: 'Часовой пояс',
      adoptedAt: 'Дата принятия',
      reportingPeriodMonths: 'Отчётный период (месяцев)',
      shortCode: 'Краткий код',
      name: 'Название',
      type: 'Тип',
      country: 'Страна',
      reminderContacts: 'Контакты для напоминаний',
      email: 'Эл. почта',
      role: 'Роль',
      organisation: 'Организация',
      organisationName: 'Организация (название)',
      language: 'Язык',
      submittedAt: 'Отправлено',
      review: 'Проверка',
      narrative: 'Описание хода работ',
      evidence: 'Ссылки на подтверждения',
      evidenceFiles: 'Файлы подтверждений',
      enteredBy: 'Кем внесено',
      reviewedAt: 'Проверено',
      reviewComment: 'Комментарий проверяющего',
      periodFrom: 'Период с',
      periodTo: 'Период по',
      takenAt: 'Дата фиксации',
      author: 'Подготовил(а)',
      milestoneCount: 'Этапы',
      changedCount: 'Изменённые этапы',
      occurredAt: 'Когда',
      action: 'Что произошло',
      recordType: 'Тип записи',
      record: 'Запись',
      recordTitle: 'Запись (название)',
      person: 'Кто',
    },
    visibilities: { public: 'Публичный', internal: 'Внутренний' },
    organisationTypes: {
      eu_institution: 'Институт ЕС',
      eesc_group: 'Группа ЕЭСК',
      kazakh_authority: 'Государственный орган Казахстана',
      cso: 'Организация гражданского общества',
      trade_union: 'Профсоюз',
      employers_organisation: 'Организация работодателей',
      international_body: 'Международная организация',
    },
    roles: { admin: 'Администратор', staff: 'Сотрудник ЕЭСК', partner: 'Партнёр', viewer: 'Наблюдатель' },
    reviewStates: {
      submitted: 'Ожидает проверки',
      approved: 'Подтверждён',
      returned: 'Возвращён на доработку',
      rejected: 'Отклонён',
    },
    enteredBy: { organisation: 'Организация', staff: 'Сотрудники ЕЭСК' },
    languages: { en: 'Английский', ru: 'Русский', kk: 'Казахский' },
    auditActions: {
      create: 'Создано',
      update: 'Изменено',
      delete: 'Удалено',
      approve: 'Подтверждено',
      return: 'Возвращено на доработку',
      reject: 'Отклонено',
      submit: 'Отправлено',
      import: 'Импорт',
    },
    recordTypes: {
      'action-plans': 'План действий',
      priorities: 'Приоритет',
      objectives: 'Цель',
      milestones: 'Этап',
      organisations: 'Организация',
      users: 'Пользователь',
      'progress-updates': 'Отчёт о ходе работы',
      'evidence-files': 'Файл подтверждения',
      reports: 'Доклад',
      'calendar-feeds': 'Календарная подписка',
    },
    system: 'Система',
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
    tooManySignInAttempts: ({ seconds: s }) => `Слишком много попыток входа; повторите через ${seconds(s)}`,
    rateLimited: ({ action, seconds: s }) =>
      `Слишком много ${COUNTED[action]} с этой учётной записи; повторите через ${seconds(s)}`,
    tooManyAtOnce:
      'Слишком много одновременных запросов с этой учётной записи; дождитесь выполнения текущих и повторите',
    statementTimeout:
      'База данных слишком долго обрабатывала запрос и остановила его; повторите чуть позже или запросите ' +
      'меньше за раз (короче поиск, меньше страница)',
    updatesPerDay: ({ limit, seconds: s }) =>
      `Ваша организация уже отправила ${number(limit)} ${ruForm(limit, 'отчёт', 'отчёта', 'отчётов')} по этому этапу за последние 24 часа — это предел; повторите через ${seconds(s)}`,
    updateEvidenceStorage: ({ megabytes }) =>
      `К отчёту можно приложить не более ${number(megabytes)} МБ файлов; удалите файл или отправьте файл поменьше`,
    organisationEvidenceStorage: ({ megabytes }) =>
      `Файлы вашей организации достигли ${number(megabytes)} МБ — это предел; попросите сотрудников ЕЭСК увеличить его`,

    validationFailed: 'Данные не прошли проверку',
    invalidQuery: ({ parameter, reason }) => `Недопустимый параметр запроса «${parameter}»: ${reason}`,
    notFound: ({ resource, id }) => `Нет ${RESOURCES[resource].genitive} с id ${id}`,
    versionConflict: ({ resource, version }) =>
      `Кто-то другой уже изменил ${RESOURCES[resource].accusative} (теперь версия ${version}); загрузите данные заново и повторите`,
    versionRequired:
      'Укажите версию, которую вы изменяете: заголовок If-Match: W/"<версия>" или поле "version" в теле запроса',
    inUse: ({ resource }) => `На ${RESOURCES[resource].accusative} ещё ссылаются другие записи; сначала удалите их`,
    alreadyTaken: ({ resource, field }) => `Уже есть ${RESOURCES[resource].nominative} с таким значением ${field}`,
    noSuchRoute: ({ method, path }) => `Такого адреса нет: ${method} ${path}`,
    internalError: 'Внутренняя ошибка сервера',
    requestRefused: ({ status }) => REFUSALS[status] ?? `Запрос отклонён (код ${status})`,

    signInFirst: 'Сначала войдите в систему: передайте заголовок Authorization: Bearer <токен>',
    badCredentials: 'Неверный адрес электронной почты или пароль',
    signInExpired: 'Срок действия входа истёк: войдите снова',
    signInNoLongerValid: 'Вход больше не действителен: войдите снова',
    tokenNotValid: 'Недействительный токен доступа',
    needsRole: ({ roles }) => `Для этого нужна одна из ролей: ${roles.join(', ')}`,
    noAccessPolicy: 'Для этого адреса не задана политика доступа',
    metricsOff: 'Метрики выключены: задайте METRICS_TOKEN, чтобы включить их',
    metricsNeedToken: 'Для метрик нужен токен сборщика: Authorization: Bearer <METRICS_TOKEN>',
    notResponsible: 'Ваша организация не является ни ведущей, ни поддерживающей для этого этапа',
    partnersSubscribeToOwnCalendar: 'Партнёры подписываются на календарь своей организации',
    partnerOwnCalendarOnly: 'Партнёр может подписаться только на календарь своей организации',
    noFeedAtThisAddress: 'По этому адресу нет календарной подписки',

    bodyMustBeObject: 'Тело запроса должно быть объектом JSON',
    bodyNotJson: ({ position }) =>
      `Тело запроса не является корректным JSON${position === undefined ? '' : ` (позиция ${position})`}`,
    bodyShape: ({ problem }) => `Тело запроса: ${problem}`,
    bodyTooLarge: 'Тело запроса слишком велико',
    fileTooLarge: 'Файл слишком велик',
    unsupportedMediaType: ({ mediaType }) => `Неподдерживаемый тип содержимого ${mediaType}: отправьте JSON`,
    sendMultipart: 'Отправьте файл как multipart/form-data в поле с именем "file"',
    uploadUnreadable: 'Не удалось прочитать загруженный файл',
    uploadMalformed: () => 'загрузка не является корректным телом multipart/form-data',
    callerWentAway: 'Клиент отключился, пока запрос ждал своей очереди',

    fieldReason: ({ field, reason }) => `${field}: ${reason}`,
    fieldProblem: () => 'недопустимое значение',
    mustBeOneOf: ({ values }) => `должно быть одним из значений: ${values.join(', ')}`,
    mustBeEither: ({ first, second }) => `должно быть ${first} или ${second}`,
    mustBeUuid: 'должно быть UUID',
    mustBeText: 'должно быть текстом',
    mustBeWholeNumber: 'должно быть целым числом',
    mustBeDate: 'должно быть датой (ГГГГ-ММ-ДД)',
    mustBeTimestamp: 'должно быть меткой времени ISO 8601',
    mustBeJsonObject: 'должно быть объектом JSON',
    mustNotBeAfter: ({ other }) => `не должно быть позже ${other}`,
    mustNotBeBefore: ({ other }) => `не должно быть раньше ${other}`,
    noNulCharacters: 'не должно содержать символов NUL',
    isRequired: 'обязательно',
    requiredUuid: 'обязательно и должно быть UUID',
    namesNoActionPlan: 'не указывает ни на один план действий',
    noneWithThisId: ({ resource }) => `нет ${RESOURCES[resource].genitive} с таким id`,
    noOrganisationWithId: ({ id }) => `нет организации с id ${id}`,
    isAlreadyUsed: 'уже используется',
    isTooLong: 'слишком длинное',
    hasInvalidValue: 'недопустимое значение',
    refersToNothing: 'ссылается на несуществующую запись',
    breaksRule: ({ rule }) => `нарушает правило ${rule}`,
    cannotCompare: 'содержит значение, которое база данных не может сравнить',
    isNotCorrect: 'указан неверно',
    passwordTooShort: ({ min }) => `должен быть не короче ${characters(min)}`,
    requiredForPartners: 'обязательно для партнёров',
    requiredForOrganisationFeed: 'обязательно для подписки организации',
    requiredForPlanFeed: 'обязательно для подписки на план',
    leadNotSupporting: 'не должно включать ведущую организацию',
    isEmpty: 'пустой',
    evidenceKinds: ({ kinds }) => `должен быть одним из: ${kinds.map((kind) => EVIDENCE_KINDS[kind]).join(', ')}`,
    milestoneIs: ({ status }) => `этап ${MILESTONE_STATUSES[status]}`,
    ifMatchShape: 'должен быть ETag записи, например W/"3"',

    givenOnceAsJson: 'должен быть указан один раз, в виде JSON',
    notValidJson: 'не является корректным JSON',
    nestsTooDeep: ({ levels }) =>
      `вложенность больше ${number(levels)} ${ruForm(levels, 'уровня', 'уровней', 'уровней')}`,
    arrayTooLong: ({ items }) =>
      `содержит массив длиннее ${number(items)} ${ruForm(items, 'элемента', 'элементов', 'элементов')}`,
    tooManyKeys: ({ keys }) =>
      `содержит объект, в котором больше ${number(keys)} ${ruForm(keys, 'ключа', 'ключей', 'ключей')}`,
    sortShape: 'должен быть ["поле","ASC"] или ["поле","DESC"]',
    rangeShape: 'должен быть [начало,конец] из целых чисел >= 0',
    rangeSpan: ({ rows }) => `может охватывать не более ${number(rows)} ${ruForm(rows, 'строки', 'строк', 'строк')}`,
    filterShape: 'должен быть объектом JSON, например {"status":"delayed"}',
    unknownParameter: 'неизвестный параметр (используйте sort, range и filter)',
    notASortField: ({ field, resource, sortable }) =>
      `${field} — не поле сортировки ${resource} (используйте ${sortable.join(', ')})`,
    notAFilter: ({ field, resource, use }) =>
      `${field} — не фильтр ${resource}${use ? ` (используйте ${use.join(', ')})` : ''}`,
    cannotCompareWithNull: 'нельзя сравнивать с null',
    takesOneValue: 'принимает одно значение, а не список',
    mayListAtMost: ({ max }) =>
      `может перечислять не более ${number(max)} ${ruForm(max, 'значения', 'значений', 'значений')}`,
    notOffered: ({ resource }) => `недоступен для ${resource}`,
    mayBeAtMostCharacters: ({ max }) => `может содержать не более ${characters(max)}`,
    exportTooLarge: ({ total, estimated, max }) =>
      `выбирает ${estimated ? 'около ' : ''}${number(total)} ${ruForm(total, 'строку', 'строки', 'строк')}; ` +
      `в выгрузку входит не более ${number(max)} ${ruForm(max, 'строки', 'строк', 'строк')}`,

    staffMayNotChange: ({ change }) =>
      `Этот отчёт о ходе работ отправил партнёр организации: сотрудники не ${STAFF_CHANGES[change]}; ` +
      (change === 'delete'
        ? 'отклоните его с комментарием, и он останется в истории'
        : 'верните его с комментарием, и партнёр его доработает'),
    noLongerEditable: ({ state }) => `Отчёт о ходе работ, который ${STATES[state]}, больше нельзя изменить`,
    noLongerTakesEvidence: ({ state }) =>
      `К отчёту о ходе работ, который ${STATES[state]}, больше нельзя прикладывать файлы`,
    keepsEvidence: ({ state }) => `Отчёт о ходе работ, который ${STATES[state]}, сохраняет свои файлы`,
    keepsEvidenceAsIs: ({ state }) => `Отчёт о ходе работ, который ${STATES[state]}, сохраняет свои файлы как есть`,
    approvedIsKept: 'Утверждённый отчёт о ходе работ входит в проверенные данные и сохраняется: удалить его нельзя',
    ownApproval: ({ did }) =>
      `Вы ${did === 'entered' ? 'внесли' : 'последним изменили'} этот отчёт о ходе работ: утвердить его должен ` +
      'другой сотрудник, чтобы за каждой проверенной цифрой стояли два человека',
    cannotMoveNow: ({ state, step }) => `Этот отчёт о ходе работ ${STATES[state]}: сейчас его нельзя ${STEPS[step]}`,
    milestoneClosed: ({ code, status, refusal }) =>
      `Этап ${code} ${MILESTONE_STATUSES[status]}: ${CLOSED_REFUSALS[refusal]}, пока сотрудники его не откроют ` +
      'снова (вернут ему один из открытых статусов)',
    milestoneChangedSince: ({ reported, current }) =>
      `Этап изменился с тех пор, как был отправлен этот отчёт (версия ${reported}, теперь ${current}); ` +
      'проверьте этап и утвердите отчёт снова с его текущей версией',
    evidenceNotAccepted: 'Файлы такого типа не принимаются как подтверждающие',
    evidenceFilesMax: ({ max }) =>
      `К отчёту о ходе работ можно приложить не более ${number(max)} ${ruForm(max, 'файла', 'файлов', 'файлов')}`,

    lacksColumns: ({ columns }) => `нет столбцов ${columns.join(', ')} (см. шаблон)`,
    unknownColumns: ({ columns }) => `есть неизвестные столбцы ${columns.join(', ')} (см. шаблон)`,
    tooManyRows: ({ max }) => `больше ${number(max)} ${ruForm(max, 'строки', 'строк', 'строк')}`,
    notXlsx: 'не удалось прочитать как книгу XLSX',
    noSheet: 'нет ни одного листа',
    notUtf8: 'не является текстом UTF-8 (сохраните CSV в кодировке UTF-8)',
    notCsv: ({ line }) => `не является корректным CSV${line === undefined ? '' : ` (строка ${line})`}`,
    needsMemory: ({ megabytes }) =>
      `для чтения нужно больше ${number(megabytes)} МБ памяти: разделите его на файлы поменьше`,
    tooSlow: ({ seconds: s }) =>
      `читался дольше ${number(s)} ${ruForm(s, 'секунды', 'секунд', 'секунд')}: разделите его на файлы поменьше`,
    noMilestoneRows: 'нет ни одной строки с этапом',
    noObjectiveCode: ({ code }) => `ни у одной цели плана нет кода ${code}`,
    noOrganisationShortCode: ({ codes }) => `ни у одной организации нет краткого кода ${codes.join(', ')}`,
    missingTranslation: 'нет перевода',
    codeInPlan: 'в плане уже есть этап с этим кодом',
    duplicateCode: ({ row }) => `повторяющийся код (также в строке ${row})`,
    changedSinceExport: ({ exported, current }) =>
      `этап изменён после выгрузки этого файла (версия ${exported}, сейчас ${current}): выгрузите его заново`,
    objectiveOfExisting: ({ code }) => `этап относится к цели ${code}; импорт не переносит его`,
    derivedStatus: '«просрочен» следует из срока и не задаётся вручную: укажите фактический статус',
    rowsHaveErrors: ({ invalid, total }) =>
      `Ошибки в ${number(invalid)} из ${number(total)} ${ruForm(total, 'строки', 'строк', 'строк')}; ничего не импортировано`,

    isUuid: (p) => `${field(p)} должно быть UUID`,
    isIn: (p) => `${field(p)} должно быть одним из значений: ${p.values.join(', ')}`,
    maxLength: (p) => `${field(p)} должно быть не длиннее ${characters(p.max)}`,
    minLength: (p) => `${field(p)} должно быть не короче ${characters(p.min)}`,
    min: (p) => `${field(p)} должно быть не меньше ${number(p.min)}`,
    max: (p) => `${field(p)} должно быть не больше ${number(p.max)}`,
    isInt: (p) => `${field(p)} должно быть целым числом`,
    isEmail: (p) => `${field(p)} должно быть адресом электронной почты`,
    isUrl: (p) => `${field(p)} должно быть URL-адресом`,
    matches: (p) => `${field(p)} должно соответствовать регулярному выражению ${p.pattern}`,
    isCountryCode: (p) => `${field(p)} должно быть двухбуквенным кодом страны ISO 3166-1`,
    arrayMaxSize: (p) =>
      `${field(p)} должно содержать не более ${number(p.max)} ${ruForm(p.max, 'элемента', 'элементов', 'элементов')}`,
    arrayUnique: (p) => `Все элементы поля ${p.field} должны быть разными`,
    isArray: (p) => `${field(p)} должно быть массивом`,
    isString: (p) => `${field(p)} должно быть строкой`,
    isNotEmpty: (p) => `${field(p)} не должно быть пустым`,
    isBoolean: (p) => `${field(p)} должно быть логическим значением (true или false)`,
    nestedObject: (p) =>
      `${p.each ? 'Каждое значение вложенного поля' : 'Вложенное поле'} ${p.field} должно быть объектом или массивом`,
    notAllowed: (p) => `Поле ${p.field} не предусмотрено`,
    unknownValue: 'На проверку передано значение неизвестного вида',
    isCalendarDate: (p) => `${field(p)} должно быть датой в формате ГГГГ-ММ-ДД`,
    isTimeZone: (p) => `${field(p)} должно быть часовым поясом IANA, например Asia/Almaty`,
    codeFormat: (p) => `Поле ${p.field} может содержать буквы, цифры, «.», «_», «/» и «-» (не более 32 символов)`,
    shortCodeFormat: (p) => `Поле ${p.field} должно состоять из 1–32 заглавных латинских букв, цифр или дефисов`,
    feedLabelCharacters: (p) =>
      `Поле ${p.field} не должно содержать управляющих символов (переносов строк, табуляций) и невидимых символов форматирования`,
  },
};
