import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store.ts';
import { codeAlphabet, entropyBits, isWellFormedCode } from './random-code.ts';
import {
  CodeSpaceExhaustedError,
  createJoinCode,
  createRejoinCode,
  joinCodeLength,
  rejoinCodeLength,
} from './session-codes.ts';

// Index sources that spell out given codes, one character at a time.
const spelling = (...codes: string[]) => {
  const indices = codes
    .join('')
    .split('')
    .map((c) => codeAlphabet.indexOf(c));
  return () => indices.shift() ?? 0;
};

describe('join codes', () => {
  it('are 6 characters from the alphabet, with at least 29 bits of entropy', async () => {
    const store = createMemoryStore();
    const code = await createJoinCode(store);
    expect(joinCodeLength).toBe(6);
    expect(isWellFormedCode(code, joinCodeLength)).toBe(true);
    expect(entropyBits(codeAlphabet.length, joinCodeLength)).toBeGreaterThan(29);
  });

  it('skip a code that a session in the store already uses', async () => {
    const store = createMemoryStore();
    await store.createSession({
      id: 's1',
      joinCode: 'AAAAAA',
      facilitatorTokenHash: 'h',
      createdAt: '2026-01-01T00:00:00Z',
      config: {},
    });
    expect(await createJoinCode(store, { pick: spelling('AAAAAA', 'BBBBBB') })).toBe('BBBBBB');
  });

  it('give up after the allowed attempts instead of looping', async () => {
    const everythingTaken = { findByJoinCode: async () => ({}) };
    await expect(createJoinCode(everythingTaken, { attempts: 3 })).rejects.toBeInstanceOf(
      CodeSpaceExhaustedError,
    );
  });

  it('are unique over many draws', async () => {
    const taken = new Set<string>();
    const store = { findByJoinCode: async (code: string) => (taken.has(code) ? code : undefined) };
    for (let i = 0; i < 2000; i++) taken.add(await createJoinCode(store));
    expect(taken.size).toBe(2000);
  });
});

describe('rejoin codes', () => {
  it('are 8 characters with at least 39 bits of entropy', async () => {
    const code = await createRejoinCode();
    expect(isWellFormedCode(code, rejoinCodeLength)).toBe(true);
    expect(entropyBits(codeAlphabet.length, rejoinCodeLength)).toBeGreaterThan(39);
  });

  it('skip codes taken in the same session', async () => {
    const taken = new Set(['22222222']);
    const code = await createRejoinCode((c) => taken.has(c), { pick: spelling('22222222', '33333333') });
    expect(code).toBe('33333333');
  });

  it('do not repeat over many draws (birthday bound: a clash in 10,000 is below 1 in 10,000)', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 10_000; i++) codes.add(await createRejoinCode());
    expect(codes.size).toBe(10_000);
  });
});
