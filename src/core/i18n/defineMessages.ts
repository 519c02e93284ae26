/** The shape of a message tree with every leaf a string: what sv and en must match. */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

/**
 * Messages of one area of the app. Finnish is the source language: its keys
 * define the type, and Swedish and English must supply exactly the same keys.
 */
export function defineMessages<const T extends Record<string, unknown>>(
  fi: T,
  others: { sv: MessageShape<T>; en: MessageShape<T> },
): { fi: T; sv: MessageShape<T>; en: MessageShape<T> } {
  return { fi, ...others };
}
