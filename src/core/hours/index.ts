export { parseDuration, minutesToHhmm } from './parseDuration';
export { kindForActivity } from './kindForActivity';
export { filterHours, totalMinutes, type HourFilter } from './filterHours';
export {
  APPROVER_NAME_MAX,
  ApprovalError,
  approvalFilters,
  approveEntries,
  approvalTotal,
  approvedOn,
  countApproval,
  countApprovalOfRollups,
  matchesApproval,
  normaliseApproverName,
  unapproveEntries,
  type ApprovalCounts,
  type ApprovalFilter,
} from './approval';
export { hoursCsv, hoursCsvHeader, hoursCsvRows, type HourListNames } from './hoursCsv';
export {
  LONG_ENTRY_MINUTES,
  MAX_ENTRY_MINUTES,
  checkDuration,
  type DurationProblem,
} from './checkDuration';
export {
  HourEditError,
  changesEntry,
  editedEntry,
  minutesAfterDefaultChange,
  normaliseChangerName,
  sessionVolunteerMinutes,
  type ChangeStamp,
  type HourEntryEdit,
} from './editHours';
export { hourValueOf, volunteerValueCents } from './hourValue';
