/**
 * A map that keeps its `max` most recently set entries (insertion order is recency: setting a key again moves it
 * to the end, and the oldest goes when there are too many). For caches of values that never change under their
 * key, such as compiled type versions and trajectory rows at a version.
 * @example const recent = new Recent<string, number>(2); recent.set('a', 1); recent.set('b', 2); recent.set('c', 3); recent.get('a') // undefined
 */
export class Recent<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` as the most recently used under `key`; the least recently used goes when there are too many. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
