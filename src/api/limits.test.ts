import { describe, expect, it } from 'vitest';
import { connection, decodeCursor, encodeCursor, intIn, pageSize, text } from './limits.js';

describe('limits', () => {
  it.each([
    [undefined, 20],
    [1, 1],
    [100, 100],
  ])('pageSize(%s) = %s', (first, want) => expect(pageSize(first)).toBe(want));

  it.each([0, 101, 1_000_000_000, -1])('pageSize(%s) is a BAD_USER_INPUT error', (first) => {
    expect(() => pageSize(first)).toThrow(/first must be between 1 and 100/);
  });

  it('checks other bounds by name', () => {
    expect(() => intIn(100, 4, 1, 6, 'maxHops')).toThrow('maxHops must be between 1 and 6 (got 100)');
    expect(intIn(null, 4, 1, 6, 'maxHops')).toBe(4);
  });

  it('trims text and refuses empty or overlong text', () => {
    expect(text(' 江油 ', 'name')).toBe('江油');
    expect(text(null, 'name')).toBeNull();
    expect(() => text('  ', 'name')).toThrow('name must not be empty');
    expect(() => text('川'.repeat(201), 'name')).toThrow(/at most 200/);
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(19))).toBe(20);
    expect(decodeCursor(null)).toBe(0);
    expect(() => decodeCursor('Zm9yZ2Vk')).toThrow(/not a cursor/);
    expect(() => decodeCursor(Buffer.from("o:1' OR 1=1").toString('base64url'))).toThrow(/not a cursor/);
  });

  it('pages: hasNextPage and endCursor from total and offset', () => {
    expect(connection(5, ['a', 'b'], 0).pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(1) });
    expect(connection(5, ['e'], 4).pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(4) });
    expect(connection(0, [], 0).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
