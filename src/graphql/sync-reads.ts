import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type PothosTypeConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;
type NodeId = (parent: unknown, args: object, context: object, info: unknown) => unknown;
type EncodeGlobalId = (typename: string, id: string, context: never) => string;

/** What the compiled path and this plugin read of the schema builder's configuration. */
export interface BuilderConfig {
  configStore: { getTypeConfig(name: string): PothosTypeConfig };
  options: {
    relay?: { idFieldName?: string; encodeGlobalID?: unknown };
    scopeAuth?: { authScopes: (context: never) => unknown };
    prisma?: { onUnusedQuery?: unknown };
  };
}

/** What a row read returns when the row in hand cannot answer: the field's resolver must. */
export const UNANSWERED = Symbol('unanswered');

/** A field's value read off its parent row at once, or UNANSWERED. */
export type RowRead = (row: object, context: object) => unknown;

/**
 * An exposed column of a Prisma type in select mode: plugin-prisma looks every such field up in its
 * per-request plan (response-path strings and WeakMaps) to learn whether the row was loaded with it;
 * over the ~700 fields of an admin page that lookup cost more than the columns it saved. A row that
 * holds the column answers at once.
 */
function exposedColumnRead(fieldConfig: PothosOutputFieldConfig<SchemaTypes>): RowRead | null {
  const column = fieldConfig.extensions?.pothosExposedField;
  if (fieldConfig.kind !== 'PrismaObject' || typeof column !== 'string' || !fieldConfig.extensions?.pothosPrismaSelect) return null;
  return (row) => (Object.hasOwn(row, column) ? (row as Record<string, unknown>)[column] : UNANSWERED);
}

/**
 * A node's `id`: plugin-relay resolves it through an async function, so every object of a page had a
 * field to await, and graphql-js then awaited all of its fields together. The id is known at once.
 */
function nodeIdRead(fieldConfig: PothosOutputFieldConfig<SchemaTypes>, parent: PothosTypeConfig, idFieldName: string, encode: EncodeGlobalId | undefined): RowRead | null {
  const idOf = (parent.pothosOptions as { id?: { resolve?: NodeId } }).id?.resolve;
  if (!encode || parent.kind !== 'Object' || fieldConfig.name !== idFieldName || typeof idOf !== 'function') return null;
  return (row, context) => {
    const id = idOf(row, {}, context, undefined);
    return isThenable(id) ? UNANSWERED : encode(parent.name, String(id), context as never);
  };
}

/**
 * The row read of a field, if it has one: for a field without rules of its own, whose value its
 * parent row holds. Shared by the plugin below and the compiled read path (compiled-reads/plan.ts).
 */
export function rowReadOf(builder: BuilderConfig, fieldConfig: PothosOutputFieldConfig<SchemaTypes>): RowRead | null {
  const relay = builder.options.relay as { idFieldName?: string; encodeGlobalID?: EncodeGlobalId } | undefined;
  const parent = builder.configStore.getTypeConfig(fieldConfig.parentType);
  return exposedColumnRead(fieldConfig) ?? nodeIdRead(fieldConfig, parent, relay?.idFieldName ?? 'id', relay?.encodeGlobalID);
}

/**
 * Reads that the plugins below it make costly, answered from the row in hand (see rowReadOf).
 * Listed after scope-auth, so field rules still run first; anything a row read cannot answer goes
 * on to the plugins as before.
 */
class SyncReadsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    const read = rowReadOf(this.builder as never, fieldConfig as never);
    if (!read) return resolver;
    return (row, args, context, info) => {
      const value = read(row as object, context);
      return value === UNANSWERED ? resolver(row, args, context, info) : value;
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
