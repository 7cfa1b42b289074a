import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import type { User } from '../../generated/prisma/client.js';

const loaders = new WeakMap<Context, DataLoader<string, User | null>>();

/** Users by id, one query per request however many objects name them (who added a member, who invited). */
export function usersById(context: Context): DataLoader<string, User | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const users = await context.prisma.user.findMany({ where: { id: { in: [...ids] } } });
      return ids.map((id) => users.find((user) => user.id === id) ?? null);
    });
    loaders.set(context, loader);
  }
  return loader;
}
