import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import type { Permission, Target } from '../auth/access.js';
import type { Context } from '../context.js';
import type { FieldMap, SchemaTypes } from '@pothos/core';
import { builder } from './builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

export const USER_ERROR_CODES = [
  'INVALID',
  'TOO_LONG',
  'NOT_FOUND',
  'ALREADY_MEMBER',
  'NOT_A_MEMBER',
  'LAST_OWNER',
  'INVALID_SCOPE',
  'KEY_LIMIT_REACHED',
  'NOT_DELETED',
  'REVEAL_EXPIRED',
] as const;

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface UserError {
  code: UserErrorCode;
  field: string[];
  message: string;
}

const UserErrorCodeRef = builder.enumType('UserErrorCode', { values: USER_ERROR_CODES });

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'An expected business failure of a mutation: the input was understood but cannot be carried out.',
  fields: (t) => ({
    code: t.field({ type: UserErrorCodeRef, resolve: (error) => error.code }),
    field: t.exposeStringList('field', { description: 'Path to the input field at fault, starting with "input".' }),
    message: t.exposeString('message'),
  }),
});

export type Payload<T> = Partial<T> & { userErrors: UserError[] };

export function userError(code: UserErrorCode, field: string[], message: string): { userErrors: UserError[] } {
  return { userErrors: [{ code, field: ['input', ...field], message }] };
}

/** A payload object: the mutation's result fields, all nullable, and `userErrors`. */
export function payloadType<T extends object>(
  name: string,
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<T>>) => FieldMap,
) {
  return builder.objectRef<Payload<T>>(name).implement({
    fields: (t) => ({
      ...fields(t),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
}

/** Parses input with a zod schema; failures become userErrors whose field paths start at `input`. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { data: z.infer<S>; userErrors?: undefined } | { data?: undefined; userErrors: UserError[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  return {
    userErrors: parsed.error.issues.map((issue) => ({
      code: issue.code === 'too_big' ? 'TOO_LONG' : 'INVALID',
      field: ['input', ...issue.path.map(String)],
      message: issue.message,
    })),
  };
}

export function notFoundError(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function forbiddenError(permission: Permission): GraphQLError {
  return new GraphQLError(`this needs the ${permission} permission (a role or key scope that grants it)`, {
    extensions: { code: 'FORBIDDEN', requires: permission },
  });
}

/**
 * Authorizes an operation on an existing object. Returns false when the principal cannot even read
 * it, which callers report exactly as a missing object; throws FORBIDDEN when it can read but not do.
 */
export async function authorize(context: Context, permission: Permission, target: Target | null): Promise<boolean> {
  if (!target) return false;
  const read = permission.replace(/:write$/, ':read') as Permission;
  if (!(await context.access.can(read, target))) return false;
  if (permission !== read && !(await context.access.can(permission, target))) throw forbiddenError(permission);
  return true;
}

/** Like authorize, for a permission asked of a place (creating something in it), not of an object. */
export async function authorizeIn(context: Context, permission: Permission, target: Target): Promise<void> {
  if (!(await context.access.can(permission, target))) throw forbiddenError(permission);
}
