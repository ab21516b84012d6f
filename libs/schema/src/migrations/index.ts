import { Initial1795751272525 } from './1795751272525-Initial.js';
import { ListIndexes1795752492251 } from './1795752492251-ListIndexes.js';
import { AccessAndReview1795752843977 } from './1795752843977-AccessAndReview.js';
import { EvidenceFiles1795754189513 } from './1795754189513-EvidenceFiles.js';
import { RemindersAndNotifications1795754696785 } from './1795754696785-RemindersAndNotifications.js';
import { StaffAlertsAndPlanReminderSettings1795760597080 } from './1795760597080-StaffAlertsAndPlanReminderSettings.js';
import { PlenaryReports1795762392073 } from './1795762392073-PlenaryReports.js';
import { CalendarFeeds1795762855203 } from './1795762855203-CalendarFeeds.js';
import { UserSearchIndex1795764000000 } from './1795764000000-UserSearchIndex.js';
import { CompletenessIndex1795766118326 } from './1795766118326-CompletenessIndex.js';
import { UserChangeNotifications1795770000000 } from './1795770000000-UserChangeNotifications.js';
import { SearchVectors1795771000000 } from './1795771000000-SearchVectors.js';
import { TwoPersonReview1795780000000 } from './1795780000000-TwoPersonReview.js';
import { RateLimits1795790000000 } from './1795790000000-RateLimits.js';
import { ReportFiles1795810000000 } from './1795810000000-ReportFiles.js';
import { UserLocaleNotifications1795820000000 } from './1795820000000-UserLocaleNotifications.js';
import { AuditClientRequestId1795800000000 } from './1795800000000-AuditClientRequestId.js';
import { SafeEvidenceNames1795830000000 } from './1795830000000-SafeEvidenceNames.js';
import { TranslatedOpinionFacts1795840000000 } from './1795840000000-TranslatedOpinionFacts.js';
import { ReportTitlesPerLanguage1795850000000 } from './1795850000000-ReportTitlesPerLanguage.js';

/** In the order they apply. */
export const MIGRATIONS = [
  Initial1795751272525,
  ListIndexes1795752492251,
  AccessAndReview1795752843977,
  EvidenceFiles1795754189513,
  RemindersAndNotifications1795754696785,
  StaffAlertsAndPlanReminderSettings1795760597080,
  PlenaryReports1795762392073,
  CalendarFeeds1795762855203,
  UserSearchIndex1795764000000,
  CompletenessIndex1795766118326,
  UserChangeNotifications1795770000000,
  SearchVectors1795771000000,
  TwoPersonReview1795780000000,
  RateLimits1795790000000,
  AuditClientRequestId1795800000000,
  ReportFiles1795810000000,
  UserLocaleNotifications1795820000000,
  SafeEvidenceNames1795830000000,
  TranslatedOpinionFacts1795840000000,
  ReportTitlesPerLanguage1795850000000,
];
