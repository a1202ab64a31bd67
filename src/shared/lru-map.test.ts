import { describe, expect, it } from 'vitest';
import { LruMap } from './lru-map';

describe('LruMap', () => {
  it('never holds more than its capacity, least recently used out first', () => {
    const evicted: string[] = [];
    const map = new LruMap<number, string>(3, (key, value) => evicted.push(`${key}=${value}`));
    for (let i = 1; i <= 3; i++) map.set(i, `v${i}`);
    expect(map.get(1)).toBe('v1'); // 1 is now the most recent
    map.set(4, 'v4');
    expect([...map.keys()]).toEqual([3, 1, 4]);
    expect(evicted).toEqual(['2=v2']);
    for (let i = 5; i <= 1000; i++) map.set(i, `v${i}`);
    expect(map.size).toBe(3);
    expect([...map.keys()]).toEqual([998, 999, 1000]);
    expect(evicted).toHaveLength(997);
  });

  it('peek does not refresh; set of a known key replaces without evicting', () => {
    const evicted: number[] = [];
    const map = new LruMap<number, number>(2, (key) => evicted.push(key));
    map.set(1, 1).set(2, 2);
    expect(map.peek(1)).toBe(1);
    map.set(2, 20);
    expect(evicted).toEqual([]);
    map.set(3, 3);
    expect(evicted).toEqual([1]);
    expect(map.get(2)).toBe(20);
  });

  it('is a Map, bounded however it is filled', () => {
    const map: Map<string, number> = new LruMap<string, number>(2);
    expect(map instanceof Map).toBe(true);
    for (const key of ['a', 'b', 'c']) map.set(key, key.length);
    expect([...map.keys()]).toEqual(['b', 'c']);
  });

  it('refuses a capacity below one', () => {
    expect(() => new LruMap(0)).toThrow('capacity must be at least 1, not 0');
  });
});
