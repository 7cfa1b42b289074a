import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { scopesGrant, type OperatorPermission, type Permission, type Target } from '../access/permissions.js';
import type { Context } from '../context.js';
import type PrismaTypes from '../generated/pothos-prisma-types.js';
import { getDatamodel } from '../generated/pothos-prisma-types.js';
import { typeOfId } from '../db/ids.js';
import { forbiddenByRule } from './auth-failure.js';
import SyncReadsPlugin from './sync-reads.js';
import { keepPrismaFieldResolvers } from './compiled-reads/root-query.js';

keepPrismaFieldResolvers();

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    permission: Target & { permission: Permission };
    seeUser: string;
    seeEmail: string;
    /** Reading a maintainer: its members, or the operator with maintainer:read. */
    maintainer: string;
    /** Only the platform operator, holding this permission (a job, say). */
    operator: Permission | OperatorPermission;
  };
  Scalars: {
    // graphql-js coerces every ID input to a string.
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
}>({
  // Each plugin wraps the resolvers of those after it: scope-auth's rules run first.
  plugins: [ScopeAuthPlugin, SyncReadsPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  scopeAuth: {
    authScopes: (context) => ({
      // The scope's own object is the target: a copy without `permission` for each object checked cost more than the check.
      permission: (scope) => context.access.can(scope.permission, scope),
      seeUser: (userId) => context.access.canSeeUser(userId, 'profile'),
      seeEmail: (userId) => context.access.canSeeUser(userId, 'email'),
      maintainer: (maintainerId) => context.access.canOnMaintainer('maintainer:read', maintainerId),
      operator: (permission) => context.access.principal.kind === 'OPERATOR' && scopesGrant(context.access.principal.scopes, permission),
    }),
    unauthorizedError: (_parent, _context, info, result) => forbiddenByRule(info, result.failure),
    runScopesOnType: true,
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // Steward ids already name their type (see db/ids.ts): the global id is the id itself.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: typeOfId(globalID) ?? '', id: globalID }),
  },
});
