import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error-location.ts';

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'trailing comma'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}"'],
    ["{'a': 1}", 1, 2, 'double-quoted property name'],
    ['[1, 2', 1, 6, 'unexpected end of input'],
    ['{"a": tru}', 1, 10, 'invalid literal'],
    ['{} x', 1, 4, 'unexpected text after'],
  ])('%j → line %i column %i', (text, line, column, reason) => {
    expect(locateJsonError(text)).toMatchObject({ line, column, reason: expect.stringContaining(reason) });
  });

  it('accepts what JSON.parse accepts', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, 'x\n"y"\u00e9', true, false, null, {}], b: {} }, null, 2);
    expect(locateJsonError(text)).toBeUndefined();
  });
});
