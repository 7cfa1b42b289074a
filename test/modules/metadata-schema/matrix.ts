// Matrix rows of metadata schemas (see test/support/matrix.ts): project ADMINs and organization OWNERs and
// ADMINs write (metadata-schema:write), project members read; none of the matrix's keys, its root client
// or its operator holds a metadata-schema scope.
import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

export const metadataSchemaRows: MatrixRows = ({ database }) => {
  const schemaOf = async (side: Side, scope: string) => {
    if (scope === 'missing') return missingId('ms');
    const schema = await database.prisma.metadataSchema.create({
      data: { id: newId('MetadataSchema'), organizationId: side.organizationId, projectId: side.projectId, relatedObject: unique('custom') },
    });
    return schema.id;
  };
  return {
    createMetadataSchema: {
      document: mutation('createMetadataSchema', 'CreateMetadataSchemaInput'),
      own: 'DDNFNNNNN',
      variables: (s) => input({ projectId: s.projectId, relatedObject: unique('custom'), properties: [{ name: 'a', type: 'STRING' }] }),
    },
    updateMetadataSchema: {
      document: mutation('updateMetadataSchema', 'UpdateMetadataSchemaInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await schemaOf(s, scope), properties: [{ name: 'b', type: 'NUMBER' }] }),
    },
    deleteMetadataSchema: {
      document: mutation('deleteMetadataSchema', 'DeleteMetadataSchemaInput'),
      own: 'DDNFNNNNN',
      variables: async (s, scope) => input({ id: await schemaOf(s, scope) }),
    },
    'Project.metadataSchemas': {
      document: 'query($id: ID!) { project(id: $id) { metadataSchemas { edges { node { id } } } } }',
      own: 'DDNDFFFNF',
      variables: (s) => ({ id: s.projectId }),
    },
  };
};
