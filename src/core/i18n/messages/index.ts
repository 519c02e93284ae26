import { dataFileMessages } from './dataFile';

/**
 * All messages, by language, one subtree per area of the app. The renderer
 * hands these to i18next; core code uses `translate`.
 */
export const messages = {
  fi: { dataFile: dataFileMessages.fi },
  sv: { dataFile: dataFileMessages.sv },
  en: { dataFile: dataFileMessages.en },
};
export type MessageTree = (typeof messages)['fi'];
