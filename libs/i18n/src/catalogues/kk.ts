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
import { formatNumber } from './plurals.js';

const number = (n: number) => formatNumber('kk', n);
/** "30 секундтан": as before "кейін" (after); a Kazakh noun does not change after a number. */
const seconds = (n: number) => `${number(n)} секундтан`;

/** The field a constraint names: "dueDate өрісі", "daysBefore өрісінің әр мәні" for each of a list. */
const field = (p: { field: string; each?: boolean }) => `${p.field} өрісі${p.each ? 'нің әр мәні' : ''}`;

/** A record's name; the messages keep it in the nominative (its suffixes follow the word's vowels). */
const RESOURCES: Record<ResourceName, string> = {
  'action plan': 'іс-қимыл жоспары',
  priority: 'басымдық',
  objective: 'мақсат',
  milestone: 'кезең',
  organisation: 'ұйым',
  user: 'пайдаланушы',
  'progress update': 'жұмыс барысы туралы есеп',
  'evidence file': 'растайтын файл',
  report: 'баяндама',
  'audit event': 'аудит журналының жазбасы',
  reminder: 'еске салу',
  notification: 'хабарландыру',
  'calendar feed': 'күнтізбе жазылымы',
};
/** What is counted, as the subject of "… тым көп". */
const COUNTED: Record<RateLimitedActionName, string> = {
  write: 'өзгерістер',
  search: 'іздеу сұраулары',
  export: 'экспорттар',
  download: 'жүктеп алулар',
  import: 'импорттар',
  upload: 'файл жүктеулері',
  password: 'құпиясөзді өзгерту әрекеттері',
};
/** A report's state, before "есеп" (report) or after "Бұл есеп". */
const STATES: Record<ProgressUpdateState, string> = {
  submitted: 'тексеруге жіберілген',
  approved: 'бекітілген',
  returned: 'пысықтауға қайтарылған',
  rejected: 'қабылданбаған',
};
/** What a step does to a report, before "болмайды" (may not). */
const STEPS: Record<ReviewStep, string> = {
  approve: 'бекітуге',
  return: 'пысықтауға қайтаруға',
  reject: 'қабылдамауға',
  submit: 'тексеруге жіберуге',
};
const MILESTONE_STATUSES: Record<MilestoneStatus, string> = {
  planned: 'жоспарланған',
  in_progress: 'орындалуда',
  at_risk: 'қауіп төнген',
  delayed: 'кешіктірілген',
  completed: 'орындалған',
  cancelled: 'күші жойылған',
};
/** What staff do not do to a partner's report, after "қызметкерлер". */
const STAFF_CHANGES: Record<StaffChange, string> = {
  content: 'оның мазмұнын өзгертпейді',
  delete: 'оны жоймайды',
  addEvidence: 'оған файл тіркемейді',
  removeEvidence: 'оның файлдарын жоймайды',
};
const CLOSED_REFUSALS: Record<ClosedMilestoneRefusal, string> = {
  newUpdate: 'ол жаңа есептерді қабылдамайды',
  resubmit: 'ол қайта жіберілген есептерді қабылдамайды',
  approve: 'ол бойынша есептерді бекітуге болмайды',
};
const EVIDENCE_KINDS: Record<EvidenceKindName, string> = {
  PDF: 'PDF',
  'PNG image': 'PNG суреті',
  'JPEG image': 'JPEG суреті',
  'WebP image': 'WebP суреті',
  'Word document': 'Word құжаты',
  'Excel workbook': 'Excel кітабы',
  'PowerPoint presentation': 'PowerPoint презентациясы',
  'OpenDocument text': 'OpenDocument мәтіні',
  'OpenDocument spreadsheet': 'OpenDocument кестесі',
  text: 'мәтін',
  CSV: 'CSV',
};
/** What the HTTP library refused, by status. */
const REFUSALS: Partial<Record<number, string>> = {
  400: 'Сұрауды оқу мүмкін болмады',
  404: 'Табылмады',
  406: 'Сұрау пішімі дұрыс емес',
  413: 'Сұрау тым үлкен',
  415: 'Мазмұн түріне қолдау көрсетілмейді',
};

/** Every text the server writes in Kazakh. */
export const kk: ServerCatalogue = {
  report: {
    report: 'Пленарлық сессияға баяндама',
    opinion: 'Қорытынды',
    rapporteur: 'Баяндамашы',
    section: 'Секция',
    sectionAdopted: 'Секция қабылдаған күн',
    plenaryAdopted: 'Пленарлық сессияда қабылданған',
    vote: (f, a, ab) => `жақтап — ${f}, қарсы — ${a}, қалыс қалғандар — ${ab}`,
    period: 'Есептік кезең',
    asOf: 'Жағдай',
    author: 'Дайындаған',
    planProgress: 'Жалпы орындалу барысы',
    summary: 'Басымдықтар бойынша жиынтық',
    priority: 'Басымдық',
    objective: 'Мақсат',
    progress: 'Орындалуы',
    milestones: 'Кезеңдер',
    code: 'Коды',
    milestone: 'Кезең',
    start: 'Басталуы',
    due: 'Мерзімі',
    status: 'Мәртебесі',
    selfReported: 'Серіктестердің деректері',
    verified: 'Тексерілген',
    lead: 'Жетекші ұйым',
    supporting: 'Қолдаушы ұйымдар',
    narrative: 'Соңғы есеп',
    notVerified: 'тексерілмеген',
    notReported: 'есеп жоқ',
    // As in Russian, the percent sign set apart by a no-break space: "57,8 %".
    percent: (figure) => `${figure}\u00a0%`,
    verifiedBy: (p, by, date) => `${p} (${by}, ${date})`,
    staffEntered: 'ЕЭӘК қызметкерлері енгізген',
    reportedBy: (p, by, date, state) => `${p} (${by}, ${date}, ${state})`,
    reportedStatus: 'хабарланған мәртебе',
    reviewState: 'тексеру',
    reportingOrganisation: 'ұйым',
    submittedOn: 'есеп күні',
    reviewedBy: 'тексерген',
    reviewedOn: 'тексерілген күні',
    changes: 'Соңғы баяндамадан бергі өзгерістер',
    changesSince: (date) => `${date} баяндамасынан бергі өзгерістер`,
    firstReport: 'Бұл жоспар бойынша алғашқы баяндама: салыстыратын ертерек баяндама жоқ.',
    noChanges: 'Соңғы баяндамадан бері өзгеріс жоқ.',
    added: 'Жаңа кезеңдер',
    removed: 'Алынып тасталған кезеңдер',
    completed: 'Орындалды',
    newlyDelayed: 'Алғаш рет кешіктірілді',
    dueDateChanged: 'Мерзімі өзгерді',
    progressChanged: 'Орындалуы өзгерді',
    statusChanged: 'Мәртебесі өзгерді',
    statuses: {
      planned: 'Жоспарланған',
      in_progress: 'Орындалуда',
      at_risk: 'Қауіп төнген',
      delayed: 'Кешіктірілген',
      completed: 'Орындалған',
      cancelled: 'Күші жойылған',
    },
    reviewStates: { submitted: 'тексеруді күтуде', approved: 'қабылданды', returned: 'пысықтауға қайтарылды' },
    generated: (date) => `REX/587 Іс-қимыл жоспарының мониторинг жүйесі ${date} дайындаған.`,
  },
  publicPage: {
    heading: 'Жұмыс барысы туралы ашық шолу',
    intro: 'Іс-қимыл жоспарының ашық кезеңдері және ЕЭӘК хатшылығы растаған орындалу барысы.',
    none: 'Әзірге ашық кезең жоқ.',
    languages: 'Тілдер',
  },
  exports: {
    columns: {
      actionPlan: 'Іс-қимыл жоспары',
      priority: 'Басымдық',
      objective: 'Мақсат',
      objectiveTitle: 'Мақсаттың атауы',
      milestone: 'Кезең',
      code: 'Коды',
      title: 'Атауы',
      description: 'Сипаттамасы',
      position: 'Реттік нөмірі',
      startDate: 'Басталу күні',
      dueDate: 'Мерзімі',
      status: 'Мәртебесі',
      progress: 'Орындалуы (%)',
      lead: 'Жетекші ұйым',
      leadName: 'Жетекші ұйым (атауы)',
      supporting: 'Қолдаушы ұйымдар',
      visibility: 'Қолжетімділік',
      opinionReference: 'Қорытындыға сілтеме',
      internalNotes: 'Ішкі жазбалар',
      reportedProgress: 'Серіктестердің деректері (%)',
      reportedOn: 'Серіктес есебінің күні',
      verifiedProgress: 'Тексерілген (%)',
      verifiedOn: 'Тексерілген күні',
      timeZone: 'Уақыт белдеуі',
      adoptedAt: 'Қабылданған күні',
      reportingPeriodMonths: 'Есепті кезең (ай)',
      shortCode: 'Қысқа коды',
      name: 'Атауы',
      type: 'Түрі',
      country: 'Елі',
      reminderContacts: 'Еске салу байланыстары',
      email: 'Эл. пошта',
      role: 'Рөлі',
      organisation: 'Ұйым',
      organisationName: 'Ұйым (атауы)',
      language: 'Тілі',
      submittedAt: 'Жіберілді',
      review: 'Тексеру',
      narrative: 'Жұмыс барысының сипаттамасы',
      evidence: 'Растайтын сілтемелер',
      evidenceFiles: 'Растайтын файлдар',
      enteredBy: 'Кім енгізді',
      reviewedAt: 'Тексерілді',
      reviewComment: 'Тексерушінің пікірі',
      periodFrom: 'Кезең басы',
      periodTo: 'Кезең соңы',
      takenAt: 'Бекітілген күні',
      author: 'Дайындаған',
      milestoneCount: 'Кезеңдер',
      changedCount: 'Өзгерген кезеңдер',
    },
    visibilities: { public: 'Жария', internal: 'Ішкі' },
    organisationTypes: {
      eu_institution: 'ЕО институты',
      eesc_group: 'ЕЭӘК тобы',
      kazakh_authority: 'Қазақстанның мемлекеттік органы',
      cso: 'Азаматтық қоғам ұйымы',
      trade_union: 'Кәсіподақ',
      employers_organisation: 'Жұмыс берушілер ұйымы',
      international_body: 'Халықаралық ұйым',
    },
    roles: { admin: 'Әкімші', staff: 'ЕЭӘК қызметкері', partner: 'Серіктес', viewer: 'Бақылаушы' },
    reviewStates: {
      submitted: 'Тексеруді күтуде',
      approved: 'Расталды',
      returned: 'Пысықтауға қайтарылды',
      rejected: 'Қабылданбады',
    },
    enteredBy: { organisation: 'Ұйым', staff: 'ЕЭӘК қызметкерлері' },
    languages: { en: 'Ағылшын тілі', ru: 'Орыс тілі', kk: 'Қазақ тілі' },
  },
  reminders: {
    leads: {
      upcoming: (n) => `${n} күннен кейін орындалуы тиіс`,
      tomorrow: () => 'ертең орындалуы тиіс',
      due: () => 'бүгін орындалуы тиіс',
      overdue_1: () => 'кеше орындалуы тиіс еді, орындалғаны туралы хабарланбады',
      overdue_weekly: (days) => `${days} күнге кешіктірілді`,
      escalation: (days) => `${days} күнге кешіктірілді: жауапты ұйымдарға жіберілген еске салулар нәтиже бермеді`,
    },
    words: {
      milestone: 'Кезең',
      due: 'Мерзімі',
      action: 'Кезеңді ашу',
      partnerAction: 'Жүйеде жұмыс барысы туралы хабарлаңыз',
      footer: 'Бұл хабарламаны сіздің ұйымыңыз REX/587 Іс-қимыл жоспарының осы кезеңіне жауапты болғандықтан алдыңыз.',
    },
  },
  staffAlerts: {
    missedSubject: (org, from, to) => `[REX/587] ${org} ${from} – ${to} кезеңі үшін есеп бермеді`,
    missedLead: (org, n, from, to) =>
      `${org} ${from} – ${to} есептік кезеңінде өзі жауапты кезеңдер (${n}) бойынша жұмыс барысы туралы есеп бермеді:`,
    digestSubject: (week) => `[REX/587] Апталық шолу, ${week} басталатын апта`,
    overdue: 'Мерзімі өткен кезеңдер',
    atRisk: 'Қауіп төнген кезеңдер',
    awaitingReview: 'Тексеруді күтіп тұрған есептер',
    unreported: (from, to) => `${from} – ${to} кезеңі үшін әлі есеп бермеген ұйымдар`,
    none: 'Жоқ.',
    more: (n) => `… тағы ${n}`,
    due: 'мерзімі',
    open: 'Жүйені ашу',
    footer: 'Бұл хабарламаны REX/587 Іс-қимыл жоспарын жүргізетін ЕЭӘК хатшылығының қызметкері ретінде алдыңыз.',
  },
  notifications: {
    titles: {
      'progress-update.submitted': (code) => `${code} бойынша жаңа есеп тексеруді күтуде`,
      'progress-update.approved': (code) => `${code} бойынша есебіңіз бекітілді`,
      'progress-update.returned': (code) => `${code} бойынша есебіңіз пысықтауға қайтарылды`,
      'progress-update.rejected': (code) => `${code} бойынша есебіңіз қабылданбады`,
      'milestone.reassigned': (code) => `Енді ${code} кезеңіне сіздің ұйымыңыз жауапты`,
    },
    staffEnteredTitles: {
      'progress-update.submitted': (code) =>
        `${code} бойынша ұйым үшін ЕЭӘК қызметкерлері енгізген жаңа есеп тексеруді күтуде`,
      'progress-update.approved': (code) => `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп бекітілді`,
      'progress-update.returned': (code) =>
        `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп пысықтауға қайтарылды`,
      'progress-update.rejected': (code) =>
        `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп қабылданбады`,
    },
  },
  messages: {
    tooManySignInAttempts: ({ seconds: s }) => `Кіру әрекеттері тым көп; ${seconds(s)} кейін қайталаңыз`,
    rateLimited: ({ action, seconds: s }) =>
      `Бұл тіркелгіден ${COUNTED[action]} тым көп; ${seconds(s)} кейін қайталаңыз`,
    tooManyAtOnce: 'Бұл тіркелгіден бір мезетте тым көп сұрау; орындалып жатқандарын күтіп, қайталаңыз',
    statementTimeout:
      'Дерекқор бұл сұрауды тым ұзақ өңдеп, тоқтатты; біраздан кейін қайталаңыз немесе бір мезетте азырақ ' +
      'сұраңыз (қысқарақ іздеу, кішірек бет)',
    updatesPerDay: ({ limit, seconds: s }) =>
      `Ұйымыңыз соңғы 24 сағатта осы кезең бойынша ${number(limit)} есеп жіберді, бұл шек; ${seconds(s)} кейін қайталаңыз`,
    updateEvidenceStorage: ({ megabytes }) =>
      `Есепке ${number(megabytes)} МБ-тан аспайтын файлдар тіркеуге болады; файлды жойыңыз немесе кішірек файл жіберіңіз`,
    organisationEvidenceStorage: ({ megabytes }) =>
      `Ұйымыңыздың файлдары ${number(megabytes)} МБ-қа жетті, бұл шек; шекті көтеруді ЕЭӘК қызметкерлерінен сұраңыз`,

    validationFailed: 'Деректер тексеруден өтпеді',
    invalidQuery: ({ parameter, reason }) => `«${parameter}» сұрау параметрі жарамсыз: ${reason}`,
    notFound: ({ resource, id }) => `id ${id} бойынша ${RESOURCES[resource]} табылмады`,
    versionConflict: ({ resource, version }) =>
      `Бұл жазбаны (${RESOURCES[resource]}) басқа біреу өзгертті (қазір нұсқа ${version}); деректерді қайта жүктеп, қайталаңыз`,
    versionRequired:
      'Өзгертіп жатқан нұсқаны көрсетіңіз: If-Match: W/"<нұсқа>" тақырыбы немесе сұрау денесіндегі "version" өрісі',
    inUse: ({ resource }) =>
      `Бұл жазбаға (${RESOURCES[resource]}) әлі басқа жазбалар сілтеме жасайды; алдымен соларды жойыңыз`,
    alreadyTaken: ({ resource, field }) => `${field} мәні осындай басқа жазба (${RESOURCES[resource]}) бар`,
    noSuchRoute: ({ method, path }) => `Мұндай мекенжай жоқ: ${method} ${path}`,
    internalError: 'Сервердің ішкі қатесі',
    requestRefused: ({ status }) => REFUSALS[status] ?? `Сұрау қабылданбады (код ${status})`,

    signInFirst: 'Алдымен жүйеге кіріңіз: Authorization: Bearer <токен> тақырыбын жіберіңіз',
    badCredentials: 'Электрондық пошта мекенжайы немесе құпиясөз дұрыс емес',
    signInExpired: 'Кіру мерзімі өтті: қайта кіріңіз',
    signInNoLongerValid: 'Кіру енді жарамсыз: қайта кіріңіз',
    tokenNotValid: 'Кіру токені жарамсыз',
    needsRole: ({ roles }) => `Бұл үшін мына рөлдердің бірі қажет: ${roles.join(', ')}`,
    noAccessPolicy: 'Бұл мекенжайға қол жеткізу саясаты берілмеген',
    metricsOff: 'Метрикалар өшірулі: оларды қосу үшін METRICS_TOKEN мәнін беріңіз',
    metricsNeedToken: 'Метрикаларға жинаушының токені қажет: Authorization: Bearer <METRICS_TOKEN>',
    notResponsible: 'Ұйымыңыз бұл кезеңнің жетекшісі де, қолдаушысы да емес',
    partnersSubscribeToOwnCalendar: 'Серіктестер өз ұйымының күнтізбесіне жазылады',
    partnerOwnCalendarOnly: 'Серіктес тек өз ұйымының күнтізбесіне жазыла алады',
    noFeedAtThisAddress: 'Бұл мекенжай бойынша күнтізбе жазылымы жоқ',

    bodyMustBeObject: 'Сұрау денесі JSON объектісі болуы керек',
    bodyNotJson: ({ position }) =>
      `Сұрау денесі жарамды JSON емес${position === undefined ? '' : ` (позиция ${position})`}`,
    bodyShape: ({ problem }) => `Сұрау денесі: ${problem}`,
    bodyTooLarge: 'Сұрау денесі тым үлкен',
    fileTooLarge: 'Файл тым үлкен',
    unsupportedMediaType: ({ mediaType }) => `${mediaType} мазмұн түріне қолдау көрсетілмейді: JSON жіберіңіз`,
    sendMultipart: 'Файлды multipart/form-data түрінде "file" деп аталатын өрісте жіберіңіз',
    uploadUnreadable: 'Жүктелген файлды оқу мүмкін болмады',
    uploadMalformed: () => 'жүктеу дұрыс multipart/form-data денесі емес',
    callerWentAway: 'Сұрау кезек күтіп тұрғанда клиент ажырап кетті',

    fieldReason: ({ field, reason }) => `${field}: ${reason}`,
    fieldProblem: () => 'мәні жарамсыз',
    mustBeOneOf: ({ values }) => `мына мәндердің бірі болуы керек: ${values.join(', ')}`,
    mustBeEither: ({ first, second }) => `${first} немесе ${second} болуы керек`,
    mustBeUuid: 'UUID болуы керек',
    mustBeText: 'мәтін болуы керек',
    mustBeWholeNumber: 'бүтін сан болуы керек',
    mustBeDate: 'күн болуы керек (ЖЖЖЖ-АА-КК)',
    mustBeTimestamp: 'ISO 8601 уақыт белгісі болуы керек',
    mustBeJsonObject: 'JSON объектісі болуы керек',
    mustNotBeAfter: ({ other }) => `${other} мәнінен кеш болмауы керек`,
    mustNotBeBefore: ({ other }) => `${other} мәнінен ерте болмауы керек`,
    noNulCharacters: 'NUL таңбалары болмауы керек',
    isRequired: 'міндетті',
    requiredUuid: 'міндетті және UUID болуы керек',
    namesNoActionPlan: 'ешбір іс-қимыл жоспарын көрсетпейді',
    noneWithThisId: ({ resource }) => `бұл id бойынша ${RESOURCES[resource]} жоқ`,
    noOrganisationWithId: ({ id }) => `id ${id} бойынша ұйым жоқ`,
    isAlreadyUsed: 'бұрыннан қолданылып жүр',
    isTooLong: 'тым ұзын',
    hasInvalidValue: 'мәні рұқсат етілмеген',
    refersToNothing: 'жоқ жазбаға сілтеме жасайды',
    breaksRule: ({ rule }) => `${rule} ережесін бұзады`,
    cannotCompare: 'дерекқор салыстыра алмайтын мәні бар',
    isNotCorrect: 'дұрыс емес',
    passwordTooShort: ({ min }) => `кемінде ${number(min)} таңба болуы керек`,
    requiredForPartners: 'серіктестер үшін міндетті',
    requiredForOrganisationFeed: 'ұйым жазылымы үшін міндетті',
    requiredForPlanFeed: 'жоспар жазылымы үшін міндетті',
    leadNotSupporting: 'жетекші ұйымды қамтымауы керек',
    isEmpty: 'бос',
    evidenceKinds: ({ kinds }) =>
      `мыналардың бірі болуы керек: ${kinds.map((kind) => EVIDENCE_KINDS[kind]).join(', ')}`,
    milestoneIs: ({ status }) => `кезең ${MILESTONE_STATUSES[status]}`,
    ifMatchShape: 'жазбаның ETag мәні болуы керек, мысалы W/"3"',

    givenOnceAsJson: 'бір рет, JSON түрінде берілуі керек',
    notValidJson: 'жарамды JSON емес',
    nestsTooDeep: ({ levels }) => `${number(levels)} деңгейден тереңірек кірістірілген`,
    arrayTooLong: ({ items }) => `${number(items)} элементтен ұзын массив бар`,
    tooManyKeys: ({ keys }) => `кілт саны ${number(keys)} шегінен асатын объект бар`,
    sortShape: '["өріс","ASC"] немесе ["өріс","DESC"] болуы керек',
    rangeShape: 'теріс емес бүтін сандардан тұратын [басы,соңы] болуы керек',
    rangeSpan: ({ rows }) => `ең көбі ${number(rows)} жолды қамти алады`,
    filterShape: 'JSON объектісі болуы керек, мысалы {"status":"delayed"}',
    unknownParameter: 'белгісіз параметр (sort, range және filter пайдаланыңыз)',
    notASortField: ({ field, resource, sortable }) =>
      `${field} — ${resource} сұрыптау өрісі емес (${sortable.join(', ')} пайдаланыңыз)`,
    notAFilter: ({ field, resource, use }) =>
      `${field} — ${resource} сүзгісі емес${use ? ` (${use.join(', ')} пайдаланыңыз)` : ''}`,
    cannotCompareWithNull: 'null мәнімен салыстыруға болмайды',
    takesOneValue: 'тізім емес, бір мән қабылдайды',
    mayListAtMost: ({ max }) => `ең көбі ${number(max)} мәнді тізе алады`,
    notOffered: ({ resource }) => `${resource} үшін қолжетімсіз`,
    mayBeAtMostCharacters: ({ max }) => `ең көбі ${number(max)} таңба болуы мүмкін`,
    exportTooLarge: ({ total, estimated, max }) =>
      `${estimated ? 'шамамен ' : ''}${number(total)} жолды таңдайды; экспортқа ең көбі ${number(max)} жол кіреді`,

    staffMayNotChange: ({ change }) =>
      `Бұл есепті ұйымның серіктесі жіберген: қызметкерлер ${STAFF_CHANGES[change]}; ` +
      (change === 'delete'
        ? 'оны түсініктемемен қабылдамаңыз, сонда ол тарихта сақталады'
        : 'оны түсініктемемен қайтарыңыз, серіктес оны пысықтайды'),
    noLongerEditable: ({ state }) => `Жұмыс барысы туралы ${STATES[state]} есепті енді өзгертуге болмайды`,
    noLongerTakesEvidence: ({ state }) => `Жұмыс барысы туралы ${STATES[state]} есепке енді файл тіркеуге болмайды`,
    keepsEvidence: ({ state }) => `Жұмыс барысы туралы ${STATES[state]} есептің файлдары сақталады`,
    keepsEvidenceAsIs: ({ state }) => `Жұмыс барысы туралы ${STATES[state]} есептің файлдары өзгеріссіз сақталады`,
    approvedIsKept: 'Бекітілген есеп тексерілген деректердің бөлігі және сақталады: оны жоюға болмайды',
    ownApproval: ({ did }) =>
      `Бұл есепті ${did === 'entered' ? 'сіз енгіздіңіз' : 'соңғы рет сіз өзгерттіңіз'}: әр тексерілген ` +
      'көрсеткіштің артында екі адам тұруы үшін оны басқа қызметкер бекітуі керек',
    cannotMoveNow: ({ state, step }) => `Бұл есеп ${STATES[state]}: оны қазір ${STEPS[step]} болмайды`,
    milestoneClosed: ({ code, status, refusal }) =>
      `${code} кезеңі ${MILESTONE_STATUSES[status]}: қызметкерлер оны қайта ашпайынша (ашық мәртебелердің ` +
      `біріне қайтармайынша) ${CLOSED_REFUSALS[refusal]}`,
    milestoneChangedSince: ({ reported, current }) =>
      `Бұл есеп жіберілгеннен бері кезең өзгерді (нұсқа ${reported}, қазір ${current}); кезеңді қарап шығып, ` +
      'есепті оның ағымдағы нұсқасымен қайта бекітіңіз',
    evidenceNotAccepted: 'Мұндай түрдегі файл растайтын құжат ретінде қабылданбайды',
    evidenceFilesMax: ({ max }) => `Есепке ең көбі ${number(max)} файл тіркеуге болады`,

    lacksColumns: ({ columns }) => `${columns.join(', ')} бағандары жоқ (үлгіні қараңыз)`,
    unknownColumns: ({ columns }) => `белгісіз бағандар бар: ${columns.join(', ')} (үлгіні қараңыз)`,
    tooManyRows: ({ max }) => `${number(max)} жолдан көп`,
    notXlsx: 'XLSX кітабы ретінде оқылмады',
    noSheet: 'бірде-бір парақ жоқ',
    notUtf8: 'UTF-8 мәтіні емес (CSV файлын UTF-8 кодтауында сақтаңыз)',
    notCsv: ({ line }) => `жарамды CSV емес${line === undefined ? '' : ` (${line}-жол)`}`,
    needsMemory: ({ megabytes }) => `оқу үшін ${number(megabytes)} МБ-тан көп жад қажет: оны кішірек файлдарға бөліңіз`,
    tooSlow: ({ seconds: s }) => `оқу ${seconds(s)} астам уақыт алды: оны кішірек файлдарға бөліңіз`,
    noMilestoneRows: 'кезең жолдары жоқ',
    noObjectiveCode: ({ code }) => `жоспарда ${code} коды бар мақсат жоқ`,
    noOrganisationShortCode: ({ codes }) => `${codes.join(', ')} қысқа коды бар ұйым жоқ`,
    missingTranslation: 'аудармасы жоқ',
    codeInPlan: 'жоспарда бұл коды бар кезең бұрыннан бар',
    duplicateCode: ({ row }) => `қайталанған код (${row}-жолда да бар)`,
    changedSinceExport: ({ exported, current }) =>
      `кезең осы файл экспортталғаннан кейін өзгертілді (${exported}-нұсқа, қазір ${current}): қайта экспорттаңыз`,
    objectiveOfExisting: ({ code }) => `кезең ${code} мақсатына жатады; импорт оны көшірмейді`,
    derivedStatus: '«кешіктірілген» мерзімнен шығады және қолмен қойылмайды: нақты мәртебені көрсетіңіз',
    rowsHaveErrors: ({ invalid, total }) =>
      `${number(total)} жолдың ${number(invalid)} жолында қате бар; ештеңе импортталмады`,

    isUuid: (p) => `${field(p)} UUID болуы керек`,
    isIn: (p) => `${field(p)} мына мәндердің бірі болуы керек: ${p.values.join(', ')}`,
    maxLength: (p) => `${field(p)} ${number(p.max)} таңбадан аспауы керек`,
    minLength: (p) => `${field(p)} кемінде ${number(p.min)} таңба болуы керек`,
    min: (p) => `${field(p)} кемінде ${number(p.min)} болуы керек`,
    max: (p) => `${field(p)} ең көбі ${number(p.max)} болуы керек`,
    isInt: (p) => `${field(p)} бүтін сан болуы керек`,
    isEmail: (p) => `${field(p)} электрондық пошта мекенжайы болуы керек`,
    isUrl: (p) => `${field(p)} URL мекенжайы болуы керек`,
    matches: (p) => `${field(p)} ${p.pattern} тұрақты өрнегіне сәйкес келуі керек`,
    isCountryCode: (p) => `${field(p)} ISO 3166-1 екі әріпті ел коды болуы керек`,
    arrayMaxSize: (p) => `${field(p)} ${number(p.max)} элементтен аспауы керек`,
    arrayUnique: (p) => `${p.field} өрісінің элементтері қайталанбауы керек`,
    isArray: (p) => `${field(p)} массив болуы керек`,
    isString: (p) => `${field(p)} мәтін болуы керек`,
    isNotEmpty: (p) => `${field(p)} бос болмауы керек`,
    isBoolean: (p) => `${field(p)} логикалық мән (true немесе false) болуы керек`,
    nestedObject: (p) => `${p.field} ішкі өрісі${p.each ? 'нің әр мәні' : ''} объект немесе массив болуы керек`,
    notAllowed: (p) => `${p.field} өрісі қарастырылмаған`,
    unknownValue: 'Тексеруге белгісіз түрдегі мән берілді',
    isCalendarDate: (p) => `${field(p)} ЖЖЖЖ-АА-КК түріндегі күн болуы керек`,
    isTimeZone: (p) => `${field(p)} IANA уақыт белдеуі болуы керек, мысалы Asia/Almaty`,
    codeFormat: (p) => `${p.field} өрісінде әріптер, цифрлар, «.», «_», «/» және «-» болуы мүмкін (ең көбі 32 таңба)`,
    shortCodeFormat: (p) => `${p.field} өрісі 1–32 бас латын әрпінен, цифрдан немесе дефистен тұруы керек`,
    feedLabelCharacters: (p) =>
      `${p.field} өрісінде басқару таңбалары (жол ауыстыру, табуляция) мен көрінбейтін пішімдеу таңбалары болмауы керек`,
  },
};
