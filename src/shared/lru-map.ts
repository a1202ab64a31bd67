// A Map that keeps at most `capacity` entries, least recently used out first: the caches a
// long-running host keeps (stories, compositions) must not grow with its uptime. A Map
// itself, so code that takes a Map (the engine's prepared-text cache) takes it unchanged.

export class LruMap<K, V> extends Map<K, V> {
  constructor(
    readonly capacity: number,
    /** Told of every entry pushed out, so what hangs off it can be dropped too. */
    private readonly onEvict?: (key: K, value: V) => void,
  ) {
    super();
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1, not ${capacity}`);
  }

  /** The value, marked as just used. */
  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    // A Map keeps insertion order, so re-inserting moves the key to the most recent end.
    super.delete(key);
    super.set(key, value);
    return value;
  }

  /** The value without marking it used. */
  peek(key: K): V | undefined {
    return super.get(key);
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.capacity) {
      const [oldest, old] = super.entries().next().value as [K, V];
      super.delete(oldest);
      this.onEvict?.(oldest, old);
    }
    return this;
  }
}
