import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;
type NodeId = (parent: unknown, args: object, context: object, info: unknown) => unknown;

/**
 * Reads that the plugins below it make costly, answered from the row in hand. Listed after scope-auth,
 * so field rules still run first; anything it cannot answer goes on to the plugins as before.
 *
 * - Exposed columns of a Prisma type in select mode: plugin-prisma looks every such field up in its
 *   per-request plan (response-path strings and WeakMaps) to learn whether the row was loaded with it;
 *   over the ~700 fields of an admin page that lookup cost more than the columns it saved. A row that
 *   holds the column is read at once; any other goes on to plugin-prisma, which loads what is missing.
 * - A node's `id`: plugin-relay resolves it through an async function, so every object of a page had a
 *   field to await, and graphql-js then awaited all of its fields together. The id is known at once.
 */
class SyncReadsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    return this.exposedColumn(resolver, fieldConfig) ?? this.nodeId(resolver, fieldConfig) ?? resolver;
  }

  private exposedColumn(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> | null {
    const column = fieldConfig.extensions?.pothosExposedField;
    if (fieldConfig.kind !== 'PrismaObject' || typeof column !== 'string' || !fieldConfig.extensions?.pothosPrismaSelect) return null;
    return (row, args, context, info) => (Object.hasOwn(row as object, column) ? (row as Record<string, unknown>)[column] : resolver(row, args, context, info));
  }

  private nodeId(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> | null {
    const encode = this.builder.options.relay?.encodeGlobalID;
    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType);
    const idOf = (parent.pothosOptions as { id?: { resolve?: NodeId } }).id?.resolve;
    if (!encode || parent.kind !== 'Object' || fieldConfig.name !== (this.builder.options.relay?.idFieldName ?? 'id') || typeof idOf !== 'function') return null;
    return (row, args, context, info) => {
      const id = idOf(row, args, context, info);
      return isThenable(id) ? resolver(row, args, context, info) : encode(parent.name, String(id), context);
    };
  }
}

const pluginName = 'syncReads';
SchemaBuilder.registerPlugin(pluginName, SyncReadsPlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      syncReads: SyncReadsPlugin<Types>;
    }
  }
}
