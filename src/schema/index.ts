import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './user.js';
import './organization.js';
import './member.js';
import './project.js';
import './project-member.js';
import './client.js';
import './reference.js';
import './management-key.js';
import './personal-access-token.js';
import './viewer.js';
import './audit.js';
import './usage.js';
import './node.js';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema();

export function printSchemaSDL(): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
