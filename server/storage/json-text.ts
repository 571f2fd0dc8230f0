import type { JsonValue } from './session-store.ts';
import { StoreError } from './store-error.ts';

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

// Finds what JSON.stringify would silently drop or change (undefined, NaN, a Date, a Map, a cycle), so a
// stored action always reads back equal to what was appended. Only -0 is let through: it reads back as 0.
const findProblem = (value: unknown, path: string, parents: Set<object>): string | undefined => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (typeof value !== 'object') return `${path} is ${typeof value}`;
  if (parents.has(value)) return `${path} refers back to itself`;
  if (!Array.isArray(value) && !isPlainObject(value))
    return `${path} is a ${value.constructor?.name ?? 'object'}`;
  if (Object.getOwnPropertySymbols(value).length > 0) return `${path} has symbol keys`;
  parents.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return `${path}[${i}] is a hole`;
        const problem = findProblem(value[i], `${path}[${i}]`, parents);
        if (problem) return problem;
      }
      return undefined;
    }
    for (const [key, child] of Object.entries(value)) {
      const problem = findProblem(child, `${path}.${key}`, parents);
      if (problem) return problem;
    }
    return undefined;
  } finally {
    parents.delete(value);
  }
};

/** Serialises a value that must survive a JSON round trip exactly; StoreError `invalid_json` otherwise. */
export const toJsonText = (value: unknown, what: string): string => {
  const problem = findProblem(value, what, new Set());
  if (problem) throw new StoreError('invalid_json', `not JSON: ${problem}`);
  return JSON.stringify(value);
};

export const fromJsonText = (text: string): JsonValue => JSON.parse(text) as JsonValue;
