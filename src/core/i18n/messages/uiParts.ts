/** The per-page parts of the `ui` area, in the order `ui.ts` composes them. */
export { uiShellMessages } from './uiShell';
export { uiProfileMessages } from './uiProfile';
export { uiHomeMessages } from './uiHome';
export { uiMembersMessages } from './uiMembers';
export { uiHoursMessages } from './uiHours';
export { uiActivitiesMessages } from './uiActivities';
export { uiGrantsMessages } from './uiGrants';
export { uiImpactMessages } from './uiImpact';
export { uiReportsMessages } from './uiReports';
export { uiSettingsMessages } from './uiSettings';
