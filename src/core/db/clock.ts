/** Where repositories get "now" from; tests pass a fixed clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
