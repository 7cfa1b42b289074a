import DataLoader from 'dataloader';
import type { Context } from '../context.js';

/** A parent and one of its nodes, as a table that links them says (a feature switched on for a project). */
export interface Link {
  parentId: string;
  nodeId: string;
}

/** What plugin-prisma hands a connection's resolver: the selection beneath the nodes, and the page asked for. */
export interface ConnectionQuery {
  take: number;
  skip: number;
  cursor?: { id: string };
  [selection: string]: unknown;
}

export interface LinkedNodes<Node extends { id: string }> {
  /** Names the field: parents are batched per field and query. */
  field: string;
  /** The links of these parents, each parent's in the connection's order (duplicates count once). */
  links(parentIds: string[]): Promise<Link[]>;
  /** These nodes, with the selection the query asks for beneath them. */
  nodes(selection: object, ids: string[]): Promise<Node[]>;
}

/**
 * The ids of one page, cut from a parent's ordered ids as Prisma cuts a relation: after (take > 0)
 * or before (take < 0) the cursor, which is skipped; nothing when the cursor is not in the list.
 */
export function pageOf(ids: string[], { take, skip, cursor }: Pick<ConnectionQuery, 'take' | 'skip' | 'cursor'>): string[] {
  let at = take >= 0 ? 0 : ids.length;
  if (cursor) {
    const index = ids.indexOf(cursor.id);
    if (index < 0) return [];
    at = take >= 0 ? index + skip : index + 1 - skip;
  }
  return take >= 0 ? ids.slice(at, at + take) : ids.slice(Math.max(0, at + take), at);
}

const loaders = new WeakMap<Context, Map<string, DataLoader<string, unknown[]>>>();

/**
 * The nodes of a parent's page of a connection whose nodes it reaches through rows of another table
 * (a feature's projects, the users of an organization's projects). For every parent at one place of
 * a response at once, one statement reads the links of all of them, each parent's page is cut from
 * its links, and one statement reads the nodes of every page with what the query selects beneath
 * them: two statements for the level, however many parents, and one per level below.
 */
export function linkedNodes<Node extends { id: string }>(context: Context, parentId: string, query: ConnectionQuery, linked: LinkedNodes<Node>): Promise<Node[]> {
  let byQuery = loaders.get(context);
  if (!byQuery) loaders.set(context, (byQuery = new Map()));
  const { take, skip, cursor, ...selection } = query;
  const key = `${linked.field} ${JSON.stringify(query)}`;
  let loader = byQuery.get(key) as DataLoader<string, Node[]> | undefined;
  if (!loader) {
    loader = new DataLoader<string, Node[]>(async (parentIds) => {
      const linkedIds = new Map<string, Set<string>>(parentIds.map((id) => [id, new Set()]));
      for (const link of await linked.links([...parentIds])) linkedIds.get(link.parentId)?.add(link.nodeId);
      const pages = new Map([...linkedIds].map(([id, ids]) => [id, pageOf([...ids], { take, skip, cursor })]));
      const wanted = [...new Set([...pages.values()].flat())];
      const found = new Map((wanted.length > 0 ? await linked.nodes(selection, wanted) : []).map((node) => [node.id, node]));
      return parentIds.map((id) => pages.get(id)!.flatMap((nodeId) => found.get(nodeId) ?? []));
    });
    byQuery.set(key, loader as DataLoader<string, unknown[]>);
  }
  return loader.load(parentId);
}
