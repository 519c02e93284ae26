export { messages, type MessageTree } from './messages';
export { translate, hasMessage, type MessageKey } from './translate';
export { defineMessages, type MessageShape } from './defineMessages';
