import {
  uiShellMessages,
  uiProfileMessages,
  uiHomeMessages,
  uiMembersMessages,
  uiHoursMessages,
  uiActivitiesMessages,
  uiGrantsMessages,
  uiImpactMessages,
  uiReportsMessages,
  uiSettingsMessages,
} from './uiParts';

/**
 * Messages of the app's screens, the `ui` area: composed from one file per page
 * so each stays readable. The parts' top-level keys do not overlap (a test checks),
 * so `ui.members.…` keys are the same as when this was one file.
 */
export const uiMessages = {
  fi: {
    ...uiShellMessages.fi,
    ...uiProfileMessages.fi,
    ...uiHomeMessages.fi,
    ...uiMembersMessages.fi,
    ...uiHoursMessages.fi,
    ...uiActivitiesMessages.fi,
    ...uiGrantsMessages.fi,
    ...uiImpactMessages.fi,
    ...uiReportsMessages.fi,
    ...uiSettingsMessages.fi,
  },
  sv: {
    ...uiShellMessages.sv,
    ...uiProfileMessages.sv,
    ...uiHomeMessages.sv,
    ...uiMembersMessages.sv,
    ...uiHoursMessages.sv,
    ...uiActivitiesMessages.sv,
    ...uiGrantsMessages.sv,
    ...uiImpactMessages.sv,
    ...uiReportsMessages.sv,
    ...uiSettingsMessages.sv,
  },
  en: {
    ...uiShellMessages.en,
    ...uiProfileMessages.en,
    ...uiHomeMessages.en,
    ...uiMembersMessages.en,
    ...uiHoursMessages.en,
    ...uiActivitiesMessages.en,
    ...uiGrantsMessages.en,
    ...uiImpactMessages.en,
    ...uiReportsMessages.en,
    ...uiSettingsMessages.en,
  },
};
