export { messages, type MessageTree } from './messages';
export {
  translate,
  scopedTranslate,
  messageIfKnown,
  formatMessageValue,
  type MessageKey,
  type MessageKeyUnder,
  type MessageParams,
} from './translate';
export { defineMessages, type MessageShape } from './defineMessages';
export { i18nextFormatter } from './i18nextFormatter';
