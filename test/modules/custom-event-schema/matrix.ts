// Matrix rows of custom event schemas: the permission of metadata schemas (metadata-schema:read/write).
import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

export const customEventSchemaRows: MatrixRows = ({ database }) => {
  const schemaOf = async (side: Side, scope: string) => {
    if (scope === 'missing') return missingId('ces');
    const schema = await database.prisma.customEventSchema.create({
      data: { id: newId('CustomEventSchema'), organizationId: side.organizationId, projectId: side.projectId, name: unique('event') },
    });
    return schema.id;
  };
  return {
    createCustomEventSchema: {
      document: mutation('createCustomEventSchema', 'CreateCustomEventSchemaInput'),
      own: 'DDNFNNNNN',
      variables: (s) => input({ projectId: s.projectId, name: unique('event'), properties: [{ name: 'a', type: 'STRING' }] }),
    },
    updateCustomEventSchema: {
      document: mutation('updateCustomEventSchema', 'UpdateCustomEventSchemaInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await schemaOf(s, scope), properties: [{ name: 'b', type: 'NUMBER' }] }),
    },
    deleteCustomEventSchema: {
      document: mutation('deleteCustomEventSchema', 'DeleteCustomEventSchemaInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await schemaOf(s, scope) }),
    },
    'Project.customEventSchemas': {
      document: 'query($id: ID!) { project(id: $id) { customEventSchemas { edges { node { id } } } } }',
      own: 'DDNDFFFNF',
      variables: (s) => ({ id: s.projectId }),
    },
  };
};
