import type { ActivityType, HourKind } from '../schemas';

/** The kind of volunteer work an activity's hours usually are. */
export function kindForActivity(type: ActivityType | undefined): HourKind {
  switch (type) {
    case 'peerSupportGroup':
      return 'peerSupport';
    case 'advocacy':
      return 'advocacy';
    case 'training':
      return 'training';
    case 'boardWork':
      return 'board';
    case 'eventSeries':
      return 'volunteering';
    default:
      return 'volunteering';
  }
}
