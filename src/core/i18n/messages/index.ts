import { activityEditorMessages } from './activityEditor';
import { backupsMessages } from './backups';
import { appShellMessages } from './appShell';
import { advocacyReportMessages } from './advocacyReport';
import { annualReportMessages } from './annualReport';
import { dataFileMessages } from './dataFile';
import { encryptionMessages } from './encryption';
import { restoreOfferMessages } from './restoreOffer';
import { dateFieldMessages } from './dateField';
import { desktopMessages } from './desktop';
import { dataFileFieldMessages } from './dataFileFields';
import { grantImportMessages } from './grantImport';
import { deadlinesMessages } from './deadlines';
import { grantReportMessages } from './grantReport';
import { grantsMessages } from './grants';
import { grantsPageMessages } from './grantsPage';
import { feesMessages } from './fees';
import { fileWriteMessages } from './fileWrite';
import { hourApprovalMessages } from './hourApproval';
import { impactPageMessages } from './impactPage';
import { impactPrintMessages } from './impactPrint';
import { hourEditMessages } from './hourEdit';
import { memberImportMessages } from './memberImport';
import { memberListMessages } from './memberList';
import { memberRegisterMessages } from './memberRegister';
import { personPrivacyMessages } from './personPrivacy';
import { personMessages } from './person';
import { progressMessages } from './progress';
import { reportMessages } from './reports';
import { reportsPageMessages } from './reportsPage';
import { uiMessages } from './ui';
import { officialsMessages } from './officials';
import { reportTextsMessages } from './reportTexts';
import { networkMessages } from './network';
import { invoicesMessages } from './invoices';
import { feedbackMessages } from './feedback';
import { indicatorsMessages } from './indicators';
import { pdfTablesMessages } from './pdfTables';
import { profileDetailsMessages } from './profileDetails';
import { cliMessages } from './cli';
import { errorsMessages } from './errors';

const areas = {
  ui: uiMessages,
  appShell: appShellMessages,
  dataFile: dataFileMessages,
  dataFileFields: dataFileFieldMessages,
  activityEditor: activityEditorMessages,
  hourApproval: hourApprovalMessages,
  hourEdit: hourEditMessages,
  reports: reportMessages,
  person: personMessages,
  grantReport: grantReportMessages,
  grants: grantsMessages,
  grantsPage: grantsPageMessages,
  grantImport: grantImportMessages,
  advocacyReport: advocacyReportMessages,
  annualReport: annualReportMessages,
  reportsPage: reportsPageMessages,
  memberImport: memberImportMessages,
  fees: feesMessages,
  memberList: memberListMessages,
  memberRegister: memberRegisterMessages,
  personPrivacy: personPrivacyMessages,
  progress: progressMessages,
  deadlines: deadlinesMessages,
  impactPage: impactPageMessages,
  impactPrint: impactPrintMessages,
  fileWrite: fileWriteMessages,
  backups: backupsMessages,
  encryption: encryptionMessages,
  restoreOffer: restoreOfferMessages,
  officials: officialsMessages,
  reportTexts: reportTextsMessages,
  dateField: dateFieldMessages,
  invoices: invoicesMessages,
  network: networkMessages,
  desktop: desktopMessages,
  feedback: feedbackMessages,
  indicators: indicatorsMessages,
  pdfTables: pdfTablesMessages,
  profileDetails: profileDetailsMessages,
  cli: cliMessages,
  errors: errorsMessages,
};

type Areas = typeof areas;
type ByLanguage<L extends 'fi' | 'sv' | 'en'> = { [A in keyof Areas]: Areas[A][L] };

function byLanguage<L extends 'fi' | 'sv' | 'en'>(lang: L): ByLanguage<L> {
  return Object.fromEntries(
    Object.entries(areas).map(([area, messages]) => [area, messages[lang]]),
  ) as ByLanguage<L>;
}

/**
 * All messages, by language, one subtree per area of the app. The renderer
 * hands these to i18next; core code (CLI, PDFs) uses `translate`.
 */
export const messages = { fi: byLanguage('fi'), sv: byLanguage('sv'), en: byLanguage('en') };
export type MessageTree = (typeof messages)['fi'];
