import { TalkootDb } from '../../core/db';

/**
 * The one database of this renderer. Pages read it only through the named
 * queries of src/core/db/queries, each subscribed with useLiveQuery to the
 * ranges it shows; nothing reads every table on render.
 */
export const db = new TalkootDb();
