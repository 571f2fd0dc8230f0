import { type PickIndex, randomCode } from './random-code.ts';

/** 6 characters: about 29 bits, short enough to read off a projector and type in a few seconds. */
export const joinCodeLength = 6;
/**
 * 8 characters: about 39 bits. A rejoin code is checked within one session and attempts are rate limited, so
 * guessing one of 300 seats takes billions of tries.
 */
export const rejoinCodeLength = 8;

export class CodeSpaceExhaustedError extends Error {
  constructor(attempts: number) {
    super(`no free code after ${attempts} attempts`);
    this.name = 'CodeSpaceExhaustedError';
  }
}

export type DrawCodeOptions = { pick?: PickIndex; attempts?: number };

/**
 * Draws codes until one is free. With 30^6 join codes a clash is already rare; a run of clashes means the
 * space is nearly full or the random source is broken, so it gives up instead of looping.
 */
export const drawFreeCode = async (
  length: number,
  isTaken: (code: string) => boolean | Promise<boolean>,
  { pick, attempts = 20 }: DrawCodeOptions = {},
): Promise<string> => {
  for (let i = 0; i < attempts; i++) {
    const code = randomCode(length, pick);
    if (!(await isTaken(code))) return code;
  }
  throw new CodeSpaceExhaustedError(attempts);
};

/**
 * A join code not used by any session in the store. Two sessions created at the same moment could still draw
 * the same free code; the store's `duplicate_join_code` error catches that, and the caller draws again.
 */
export const createJoinCode = (
  store: { findByJoinCode: (code: string) => Promise<unknown> },
  options?: DrawCodeOptions,
): Promise<string> =>
  drawFreeCode(joinCodeLength, async (code) => (await store.findByJoinCode(code)) !== undefined, options);

/** A rejoin code not used by another seat of the same session (`isTaken` looks in that session only). */
export const createRejoinCode = (
  isTaken: (code: string) => boolean | Promise<boolean> = () => false,
  options?: DrawCodeOptions,
): Promise<string> => drawFreeCode(rejoinCodeLength, isTaken, options);
