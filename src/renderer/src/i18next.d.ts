import 'i18next';
import type { MessageTree } from '../../core/i18n';

declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface CustomTypeOptions {
    resources: { translation: MessageTree };
  }
}
