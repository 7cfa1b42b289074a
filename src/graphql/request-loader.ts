import DataLoader from 'dataloader';

const loaders = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/** The request's loader of this name, made on first use: one batched query per name and request. */
export function requestLoader<Key, Value>(context: object, name: string, batch: (keys: readonly Key[]) => Promise<Value[]>): DataLoader<Key, Value> {
  const named = loaders.get(context) ?? new Map<string, DataLoader<unknown, unknown>>();
  loaders.set(context, named);
  let loader = named.get(name) as DataLoader<Key, Value> | undefined;
  if (!loader) {
    loader = new DataLoader(batch);
    named.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
