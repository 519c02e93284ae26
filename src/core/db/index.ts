export { TalkootDb, DB_NAME } from './TalkootDb';
export { Repository, ValidationError, type RecordInput } from './Repository';
export { schemaHistory, applySchemaHistory, type SchemaVersion } from './schemaHistory';
export { logSession, type SessionLog } from './logSession';
export { applyMerge, revertMerge } from './applyMerge';
export {
  readDataset,
  readDatasetInChunks,
  isDatabaseEmpty,
  replaceDataset,
  type WriteProgress,
} from './dataset';
export { systemClock, type Clock } from './clock';
export { onDatabaseChanged } from './changes';
export { anonymiseStoredPerson } from './anonymise';
export * from './fees';
export { approveHours, approveHoursMatching, unapproveHours } from './approveHours';
export {
  editSession,
  restoreHourEntry,
  restoreSession,
  trashHourEntry,
  trashSession,
  updateHourEntry,
  type SessionEdit,
  type SessionEditResult,
  type SessionVolunteerEdit,
} from './hourEdits';
export { changeGrantStatus, createFunder, createGrant, deleteBudgetLine } from './grantWrites';
export * from './queries';
export { saveImpactNote, type ImpactNoteRefusal } from './impactNoteWrites';
export {
  saveFeedbackForm,
  saveFeedbackTally,
  saveIndicatorValue,
  type FeedbackRefusal,
} from './feedbackWrites';
export { rebuildRollups, rollupTableNames, type RollupTableName } from './rollupStore';
export {
  addAttachment,
  applyExpenseImport,
  attachmentBytes,
  restoreAttachment,
  trashAttachment,
  type AttachmentFile,
  type AttachmentRefusal,
  type ExpenseImportRefusal,
} from './grantImports';
export { saveOfficialFields, type OfficialFields } from './officialWrites';
