import { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden } from '../errors.js';

/** What would have allowed a denied field, in words a caller can act on. */
function requirements(failure: AuthFailure): string[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(requirements);
    case AuthScopeFailureType.AuthScope:
      if (failure.scope === 'permission') return [(failure.parameter as { permission: string }).permission];
      if (failure.scope === 'operator') return [`the platform operator with ${String(failure.parameter)}`];
      if (failure.scope === 'maintainer') return ['membership of the maintainer, or an operator with maintainer:read'];
      if (failure.scope === 'seeEmail') return ['the user themself, an OWNER or ADMIN of their organization, or member:read'];
      return ['membership of an organization the user belongs to'];
    default:
      return ['the credential that owns it'];
  }
}

/** A denied field inside a reachable tenant: null, with FORBIDDEN and what would allow it. */
export function forbiddenByRule(info: GraphQLResolveInfo, failure: AuthFailure) {
  const requires = [...new Set(requirements(failure))].join(' or ');
  return forbidden(`not allowed to see ${info.parentType.name}.${info.fieldName}: needs ${requires}`, requires);
}
