import { MemoParVersion } from './memo-par-version';

describe('MemoParVersion', () => {
  it('reads a key once per version, shares a read in flight, and reads again when the version changes', async () => {
    const memo = new MemoParVersion<number, string>();
    let lectures = 0;
    const lire = jest.fn(async (): Promise<string> => `valeur ${++lectures}`);
    const [a, b] = await Promise.all([memo.lire('v1', 7, lire), memo.lire('v1', 7, lire)]);
    expect([a, b]).toEqual(['valeur 1', 'valeur 1']);
    expect(await memo.lire('v1', 7, lire)).toBe('valeur 1');
    expect(lire).toHaveBeenCalledTimes(1);
    expect(await memo.lire('v2', 7, lire)).toBe('valeur 2');
    // the former version's values are gone: going back reads again
    expect(await memo.lire('v1', 7, lire)).toBe('valeur 3');
  });

  it('keeps no failed read, and at most `plafond` keys', async () => {
    const memo = new MemoParVersion<number, number>(2);
    await expect(memo.lire('v', 1, () => Promise.reject(new Error('base injoignable')))).rejects.toThrow('base injoignable');
    expect(await memo.lire('v', 1, async () => 1)).toBe(1);
    await memo.lire('v', 2, async () => 2);
    await memo.lire('v', 3, async () => 3);
    // key 1, the oldest, was dropped
    expect(await memo.lire('v', 1, async () => 10)).toBe(10);
    expect(await memo.lire('v', 3, async () => 30)).toBe(3);
  });
});
