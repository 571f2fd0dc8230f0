import { randomInt } from 'node:crypto';

/**
 * Characters that cannot be mistaken for one another when read off a projector or typed on a phone: Crockford's
 * base32 set (no I, L, O, U) without 0 and 1. 30 characters.
 */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Draws an index below n; the default is the OS CSPRNG without modulo bias. Tests inject a fixed sequence. */
export type PickIndex = (n: number) => number;

export const randomCode = (length: number, pick: PickIndex = randomInt): string =>
  Array.from({ length }, () => codeAlphabet[pick(codeAlphabet.length)]).join('');

/** What a person typed, as stored: upper case, without spaces and dashes ("abc-def " -> "ABCDEF"). */
export const normalizeCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const isWellFormedCode = (code: string, length: number): boolean =>
  code.length === length && [...code].every((c) => codeAlphabet.includes(c));

/** Bits of entropy of a uniformly drawn code. */
export const entropyBits = (alphabetSize: number, length: number): number => length * Math.log2(alphabetSize);
