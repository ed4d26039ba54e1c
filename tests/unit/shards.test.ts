import { describe, expect, it } from 'vitest';
import { SHARD_COUNT, groupByShard, shardOf } from '../../src/lib/shards.ts';

describe('shards of per-entry data', () => {
  it('puts an id always in the same shard, named in hex within the count', () => {
    expect(shardOf('coro-le-nuvole-carpi')).toBe(shardOf('coro-le-nuvole-carpi'));
    for (const id of ['a', 'sciroppo-di-teatro', 'gruppo-di-cammino-sassari']) {
      expect(parseInt(shardOf(id), 16)).toBeLessThan(SHARD_COUNT);
    }
  });

  it('spreads 50,000 ids evenly enough that no shard is much over the average', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const shard = shardOf(`gruppo-di-cammino-${i}`);
      counts.set(shard, (counts.get(shard) ?? 0) + 1);
    }
    expect(counts.size).toBe(SHARD_COUNT);
    expect(Math.max(...counts.values())).toBeLessThan((50_000 / SHARD_COUNT) * 1.6);
  });

  it('groups entries by shard and keeps every one', () => {
    const groups = groupByShard([{ id: 'a', value: 1 }, { id: 'b', value: 2 }], 1);
    expect(groups.get('0')).toEqual({ a: 1, b: 2 });
  });
});
