export { parseDuration, minutesToHhmm } from './parseDuration';
export { kindForActivity } from './kindForActivity';
export { filterHours, totalMinutes, type HourFilter } from './filterHours';
