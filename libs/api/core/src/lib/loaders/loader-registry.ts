import DataLoader from 'dataloader';

/**
 * One per GraphQL request (built in the context factory, not request-scoped DI, so that
 * subscriptions work too). A loader is created on first use under its key and shared by every
 * field resolver of the request, so N fields cost one batched query.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    key: string,
    batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** Orders batch results to match the keys; a missing key gets `fallback`. */
export function byKeys<K, V, R>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
  fallback: R,
): Array<V | R> {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => (map.has(k) ? (map.get(k) as V) : fallback));
}
