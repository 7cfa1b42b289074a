import { insertStorageToken } from '../../../src/access/issue.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';

/** A storage token of the side's project; for the missing side, an id that names none. */
async function storageToken(database: Parameters<MatrixRows>[0]['database'], side: Side, scope: 'own' | 'other' | 'missing') {
  if (scope === 'missing') return missingId('st');
  const { storageToken: created } = await insertStorageToken(database.prisma, {
    organizationId: side.organizationId,
    projectId: side.projectId,
    description: 'matrix',
    createdByKind: 'USER',
    createdById: side.ownerUserId,
  });
  return created.id;
}

export const storageTokenRows: MatrixRows = ({ database }) => ({
  // Readers of the project learn it exists (FORBIDDEN); minting needs storage-token:write there.
  createStorageToken: {
    document: mutation('createStorageToken', 'CreateStorageTokenInput'),
    own: 'DDNFFFFNF',
    variables: (s) => input({ projectId: s.projectId, description: 'matrix' }),
  },
  // A token is seen by those who may read the project's tokens: the others get NOT_FOUND.
  revokeStorageToken: {
    document: mutation('revokeStorageToken', 'RevokeStorageTokenInput'),
    own: 'DDNNNNNNN',
    variables: async (s, scope) => input({ id: await storageToken(database, s, scope) }),
  },
});
