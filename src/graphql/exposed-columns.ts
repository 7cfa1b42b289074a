import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

/**
 * On a Prisma type in select mode, plugin-prisma wraps every field, exposed columns too, in a lookup of
 * its per-request plan (response-path strings and WeakMaps) to learn whether the row was loaded with the
 * field's data; over the ~700 fields of an admin page that lookup cost more than the columns it saved.
 * For an exposed column the row itself answers: a row that holds the column is read at once, any other
 * goes on to plugin-prisma, which loads what is missing. Listed after scope-auth, so field rules still run
 * first.
 */
class ExposedColumnsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const column = fieldConfig.extensions?.pothosExposedField;
    if (fieldConfig.kind !== 'PrismaObject' || typeof column !== 'string' || !fieldConfig.extensions?.pothosPrismaSelect) return resolver;
    return (row, args, context, info) =>
      Object.hasOwn(row as object, column) ? (row as Record<string, unknown>)[column] : resolver(row, args, context, info);
  }
}

const pluginName = 'exposedColumns';
SchemaBuilder.registerPlugin(pluginName, ExposedColumnsPlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      exposedColumns: ExposedColumnsPlugin<Types>;
    }
  }
}
