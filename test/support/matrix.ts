// What the authorization matrix (test/matrix.test.ts) is made of. Each module's rows live in its test
// folder (test/modules/<resource>/matrix.ts) and are collected by the matrix test.
import type { TestDatabase } from './database.js';
import type { TestGateway } from './gateway.js';

/**
 * The principals of every row, in the order of a row's outcome string. `maintainer` is a user who
 * belongs to the maintainer of the target's organization but not to the organization itself.
 */
export const PRINCIPALS = ['owner', 'admin', 'member', 'viewer', 'key', 'limitedKey', 'rootClient', 'maintainer', 'operator'] as const;
export type Principal = (typeof PRINCIPALS)[number];
export const OUTCOMES = { D: 'data', F: 'FORBIDDEN', N: 'NOT_FOUND', I: 'INVALID', J: 'JOIN_DIRECTLY' } as const;

/** One tenant's objects that operations target; fresh ones for operations that consume their target. */
export interface Side {
  organizationId: string;
  maintainerId: string;
  projectId: string;
  clientId: string;
  referenceId: string;
  memberId: string;
  keyId: string;
  viewerMembershipId: string;
  ownerUserId: string;
  fresh: {
    member(): Promise<string>;
    userInOrganization(): Promise<string>;
    projectMember(): Promise<string>;
    client(): Promise<string>;
    reference(): Promise<string>;
    key(): Promise<string>;
    ownerToken(): Promise<string>;
  };
}

export interface Row {
  document: string;
  /** Outcome per principal, in PRINCIPALS order, on the principal's own tenant: D, F, N or I. */
  own: string;
  /** On another tenant; by default NOT_FOUND for all but the operator, who reaches every tenant. */
  other?: string;
  /** For an id that does not exist; by default NOT_FOUND for all. */
  missing?: string;
  /** Variables for a target side; rows without it take no target. For the missing side, make ids that exist nowhere. */
  variables?: (side: Side, scope: 'own' | 'other' | 'missing') => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Variables of a row without a target. */
  fixed?: Record<string, unknown>;
  /** Puts the target back into the state the row needs, before each cell. */
  reset?: (side: Side) => Promise<unknown>;
}

/** A module's rows, made with the matrix file's database and gateway. */
export type MatrixRows = (environment: { database: TestDatabase; gateway: TestGateway }) => Record<string, Row>;

export const input = (fields: Record<string, unknown>) => ({ input: fields });
export const mutation = (field: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename userErrors { code } } }`;
/** An id of the type that names no object. */
export const missingId = (prefix: string) => `${prefix}_${'0'.repeat(22)}`;
