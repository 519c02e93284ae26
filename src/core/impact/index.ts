export * from './publishableNotes';
export * from './chooseReportNotes';
export * from './printedNote';
export * from './noteForm';
export * from './filterImpactNotes';
export * from './feedbackForm';
export * from './feedbackTally';
export * from './indicators';
