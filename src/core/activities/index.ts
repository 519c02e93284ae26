export * from './activityRunning';
