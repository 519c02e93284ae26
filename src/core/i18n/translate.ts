import type { Language } from '../schemas/common';
import { messages, type MessageTree } from './messages';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every translation key, typed from the Finnish source messages. */
export type MessageKey = Leaves<MessageTree>;

/** Look up a message outside React (CLI, PDFs, core errors); `{{name}}` is interpolated. */
export function translate(
  lang: Language,
  key: MessageKey | string,
  params: Record<string, string | number> = {},
): string {
  let node: unknown = messages[lang];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{{${name}}}`,
  );
}

/** True when `key` names a message. */
export function hasMessage(lang: Language, key: string): boolean {
  return translate(lang, key) !== key;
}
