export { parseDuration, minutesToHhmm } from './parseDuration';
export { kindForActivity } from './kindForActivity';
