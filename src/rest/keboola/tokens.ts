import { z } from 'zod';
import { operation, route, type RestRoute } from '../route.js';
import { KeboolaVerifyTokenDocument, type PrincipalKind } from './operations.generated.js';
import { keboolaTime, user, userResponse } from './shared.js';

/** Keboola's token types: a personal access token is `admin`, the operator's token `super`; Steward's own kinds keep their names. */
const TOKEN_TYPES: Record<PrincipalKind, string> = {
  USER: 'admin',
  OPERATOR: 'super',
  MANAGEMENT_KEY: 'managementKey',
  CLIENT: 'client',
};

const tokenResponse = z
  .object({
    id: z.string(),
    created: z.string().nullable(),
    lastUsed: z.string().nullable(),
    expires: z.string().nullable(),
    isSessionToken: z.boolean(),
    isExpired: z.boolean(),
    isDisabled: z.boolean(),
    scopes: z.array(z.string()),
    type: z.string(),
    user: userResponse.optional(),
  })
  .loose();

export const tokenRoutes: RestRoute[] = [
  route({
    method: 'GET',
    path: '/tokens/verify',
    operationId: 'verifyToken',
    summary: 'The token the request carries: its type, scopes, expiry, last use and user',
    resource: 'token',
    response: tokenResponse,
    operation: () => operation(KeboolaVerifyTokenDocument, {}),
    respond: ({ viewer }) => ({
      id: viewer.credentialId,
      created: null,
      lastUsed: keboolaTime(viewer.lastUsedAt),
      expires: keboolaTime(viewer.expiresAt),
      isSessionToken: false,
      isExpired: false,
      isDisabled: false,
      scopes: viewer.scopes,
      type: TOKEN_TYPES[viewer.kind],
      ...(viewer.user ? { user: user(viewer.user) } : {}),
    }),
  }),
];
