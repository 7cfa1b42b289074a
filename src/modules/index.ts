import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from '../graphql/builder.js';
import '../graphql/scalars.js';
import './user/schema.js';
import './maintainer/schema.js';
import './organization/schema.js';
import './member/schema.js';
import './project/schema.js';
import './job/schema.js';
import './project/lifecycle-schema.js';
import './project-member/schema.js';
import './metadata-schema/schema.js';
import './custom-event-schema/schema.js';
import './metadata/schema.js';
import './project-template/schema.js';
import './project-platform/schema.js';
import './feature/schema.js';
import './invitation/schema.js';
import './join-request/schema.js';
import './client/schema.js';
import './reference/schema.js';
import './dashboard/schema.js';
import './stacking-rules/schema.js';
import './brand/schema.js';
import './campaign-template/schema.js';
import './webhook/schema.js';
import './component/schema.js';
import './configuration/schema.js';
import './management-key/schema.js';
import './personal-access-token/schema.js';
import './console-session/schema.js';
import './storage-token/schema.js';
import './viewer/schema.js';
import './audit/schema.js';
import './usage/schema.js';
import './node/schema.js';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema();

export function printSchemaSDL(): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
