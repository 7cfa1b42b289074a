import type { FieldMap, InputFieldMap, InputShapeFromFields, SchemaTypes } from '@pothos/core';
import type { Context } from '../context.js';
import { USER_ERROR_CODES, UserErrors, type UserError } from '../errors.js';
import { fieldRateLimit } from '../guards/field-limits.js';
import { builder } from './builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

const UserErrorCodeRef = builder.enumType('UserErrorCode', { values: USER_ERROR_CODES });

const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'An expected business failure of a mutation: the input was understood but cannot be carried out.',
  fields: (t) => ({
    code: t.field({ type: UserErrorCodeRef, resolve: (error) => error.code }),
    field: t.exposeStringList('field', { description: 'Path to the input field at fault, starting with "input".' }),
    message: t.exposeString('message'),
  }),
});

/** A mutation's payload: its result fields, all null when it failed, and `userErrors`. */
export type Payload<Result> = Partial<Result> & { userErrors: UserError[] };

export type PayloadFieldBuilder<Result> = PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<Result>>;

/** The payload of a mutation that removes something: the id of what it removed. */
export function removedId<Key extends string>(key: Key) {
  return (t: PayloadFieldBuilder<Record<Key, string>>) => ({ [key]: t.id({ nullable: true, resolve: (payload) => payload[key] }) });
}

export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

export interface MutationDefinition<Fields extends InputFieldMap, Result extends object> {
  description?: string;
  /** Calls allowed per credential and window (graphql-rate-limit's model), checked before execution. */
  rateLimit?: { max: number; windowSeconds: number };
  /** The fields of `<Name>Input`, the mutation's one argument. */
  input: (t: InputFieldBuilder) => Fields;
  /** The result fields of `<Name>Payload`; `userErrors` is added. Each should be nullable. */
  payload: (t: PayloadFieldBuilder<NoInfer<Result>>) => FieldMap;
  /** Carries the mutation out, in a service; a thrown UserErrors becomes the payload's userErrors. */
  resolve: (input: InputShapeFromFields<Fields>, context: Context) => Promise<Result>;
}

/**
 * The one way to add a mutation: `name(input: <Name>Input!): <Name>Payload` whose resolver hands the
 * input to a service and reports what the service refused as `userErrors`.
 */
export function defineMutation<Fields extends InputFieldMap, Result extends object>(
  name: string,
  definition: MutationDefinition<Fields, Result>,
): void {
  const typeName = name[0]!.toUpperCase() + name.slice(1);
  const Input = builder.inputType(`${typeName}Input`, { fields: definition.input });
  const PayloadRef = builder.objectRef<Payload<Result>>(`${typeName}Payload`).implement({
    fields: (t) => ({
      ...definition.payload(t),
      userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
    }),
  });
  const { rateLimit } = definition;
  builder.mutationField(name, (t) =>
    t.field({
      type: PayloadRef,
      nullable: true,
      description: definition.description,
      extensions: rateLimit && fieldRateLimit(rateLimit.max, rateLimit.windowSeconds),
      args: { input: t.arg({ type: Input, required: true }) },
      // Pothos cannot check a resolver against a payload type still generic here; the definition's own types are checked.
      resolve: (async (_root: unknown, args: { input: InputShapeFromFields<Fields> }, context: Context): Promise<Payload<Result>> => {
        try {
          return { ...(await definition.resolve(args.input, context)), userErrors: [] };
        } catch (error) {
          if (error instanceof UserErrors) return { userErrors: error.userErrors } as Payload<Result>;
          throw error;
        }
      }) as never,
    }),
  );
}
