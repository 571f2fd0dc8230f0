import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './app-error.ts';
import { parseInput } from './parse-input.ts';

const schema = z.object({ name: z.string().min(1), seats: z.array(z.number().int()).max(2) });

const failure = (run: () => unknown): AppError => {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(schema, { name: 'a', seats: [1], extra: true }, 'nl')).toEqual({
      name: 'a',
      seats: [1],
    });
  });

  it('lists every issue with a dotted path', () => {
    const e = failure(() => parseInput(schema, { name: '', seats: [1, 2.5], more: 1 }, 'en'));
    expect(e.code).toBe('invalid_request');
    expect(e.details.issues?.map((i) => i.path).sort()).toEqual(['name', 'seats.1']);
  });

  it("uses zod's messages in the user's language", () => {
    const en = failure(() => parseInput(schema, { name: 1, seats: [] }, 'en'));
    const nl = failure(() => parseInput(schema, { name: 1, seats: [] }, 'nl'));
    expect(en.details.issues?.[0]?.message).toMatch(/expected string/i);
    expect(nl.details.issues?.[0]?.message).not.toBe(en.details.issues?.[0]?.message);
    expect(nl.details.issues?.[0]?.message).toMatch(/ongeldig|verwacht/i);
  });

  it('names the root when the whole input is wrong, and takes the socket code', () => {
    const e = failure(() => parseInput(schema, 'text', 'en', 'invalid_message'));
    expect(e.code).toBe('invalid_message');
    expect(e.details.issues?.[0]?.path).toBe('(root)');
  });

  it('keeps a message written into the schema', () => {
    const custom = z.string({ error: 'naam is verplicht' });
    expect(failure(() => parseInput(custom, undefined, 'en')).details.issues?.[0]?.message).toBe(
      'naam is verplicht',
    );
  });
});
