import { z } from 'zod';
import { operation, route, type RestRoute } from '../route.js';
import { KeboolaVerifyTokenDocument, type CredentialType } from './operations.generated.js';
import { keboolaTime, returned, user, userResponse } from './shared.js';

/** Keboola's token types: a personal access token is `admin`, the operator's token `super`; Steward's own kinds keep their names. */
const TOKEN_TYPES: Record<CredentialType, string> = {
  ADMIN: 'admin',
  SUPER: 'super',
  MANAGEMENT_KEY: 'managementKey',
  ROOT_CLIENT: 'rootClient',
  STORAGE_TOKEN: 'storageToken',
  CONSOLE_SESSION: 'consoleSession',
};

const tokenResponse = z
  .object({
    id: z.string(),
    description: z.string(),
    created: z.string(),
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
    respond: ({ viewer }) => {
      const credential = returned(viewer.credential);
      return {
        id: credential.id,
        description: credential.description,
        created: keboolaTime(credential.createdAt),
        lastUsed: keboolaTime(credential.lastUsedAt),
        expires: keboolaTime(credential.expiresAt),
        isSessionToken: false,
        isExpired: credential.isExpired,
        isDisabled: credential.isDisabled,
        scopes: credential.scopes,
        type: TOKEN_TYPES[credential.type],
        // Keboola names the user only for user-bound tokens.
        ...(credential.user ? { user: user(credential.user) } : {}),
      };
    },
  }),
];
