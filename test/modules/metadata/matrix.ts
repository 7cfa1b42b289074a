// Matrix rows of metadata (see test/support/matrix.ts), on the side's organization: OWNER, ADMIN, a
// member of its maintainer and the operator (organization:write) write; the other readers are refused.
// metadata.test.ts covers the other levels (maintainer, project, user) and SYSTEM entries.
import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

export const metadataRows: MatrixRows = ({ database }) => ({
  setMetadata: {
    document: mutation('setMetadata', 'SetMetadataInput'),
    own: 'DDFFFFFDD',
    variables: (s) => input({ organizationId: s.organizationId, provider: 'USER', entries: [{ key: 'matrix', value: 'v' }] }),
  },
  deleteMetadata: {
    document: mutation('deleteMetadata', 'DeleteMetadataInput'),
    own: 'DDFFFFFDD',
    variables: async (s, scope) => {
      if (scope === 'missing') return input({ id: missingId('md') });
      const entry = await database.prisma.metadata.create({
        data: { id: newId('Metadata'), organizationId: s.organizationId, provider: 'USER', key: unique('k'), value: 'v' },
      });
      return input({ id: entry.id });
    },
  },
});
