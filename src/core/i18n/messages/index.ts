import { dataFileMessages } from './dataFile';
import { uiMessages } from './ui';

/**
 * All messages, by language, one subtree per area of the app. The renderer
 * hands these to i18next; core code uses `translate`.
 */
export const messages = {
  fi: { ui: uiMessages.fi, dataFile: dataFileMessages.fi },
  sv: { ui: uiMessages.sv, dataFile: dataFileMessages.sv },
  en: { ui: uiMessages.en, dataFile: dataFileMessages.en },
};
export type MessageTree = (typeof messages)['fi'];
