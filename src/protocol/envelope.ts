// The one rule of the protocol: every message is a plain object with a string `type`, checked on arrival.
// Host and webviews both import from here; this folder imports nothing but types from src/core.

/** What a guard looks like: it narrows `unknown` to one message union, or returns undefined. */
export type MessageGuard<T> = (value: unknown) => T | undefined;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds a guard from one checker per message type; a type with no checker is unknown and dropped. */
export function guardFor<T extends { type: string }>(checkers: {
  [K in T['type']]: (message: Record<string, unknown>) => boolean;
}): MessageGuard<T> {
  const table = new Map<string, (message: Record<string, unknown>) => boolean>(Object.entries(checkers));
  return (value: unknown) => {
    if (!isRecord(value) || typeof value.type !== 'string') return undefined;
    const check = table.get(value.type);
    return check !== undefined && check(value) ? (value as T) : undefined;
  };
}

export function isShortString(value: unknown, max = 512): value is string {
  return typeof value === 'string' && value.length <= max;
}
