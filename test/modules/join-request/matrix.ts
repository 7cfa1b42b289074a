// The join-request and joining rows of the authorization matrix (test/matrix.test.ts).
import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

export const joinRequestRows: MatrixRows = ({ database }) => {
  /** A project of the side's organization that no principal belongs to yet. */
  const project = async (side: Side, scope: 'own' | 'other' | 'missing') => {
    if (scope === 'missing') return side.projectId;
    const slug = unique('join');
    return (await database.prisma.project.create({ data: { id: newId('Project'), organizationId: side.organizationId, name: slug, slug, cors: [], types: [] } })).id;
  };
  /** A pending request of a new user to join the side's project. */
  const joinRequest = async (side: Side, scope: 'own' | 'other' | 'missing') => {
    if (scope === 'missing') return missingId('jr');
    const user = await database.prisma.user.create({ data: { id: newId('User'), email: `${unique('requester')}@example.test`, name: 'requester' } });
    return (await database.prisma.joinRequest.create({
      data: { id: newId('JoinRequest'), organizationId: side.organizationId, projectId: side.projectId, userId: user.id },
    })).id;
  };
  const allowAutoJoin = (side: Side, value: boolean) => database.prisma.organization.update({ where: { id: side.organizationId }, data: { allowAutoJoin: value } });
  return {
    // With allowAutoJoin off: organization members are told to join directly (J), keys, clients and the operator cannot be members (I).
    requestProjectAccess: {
      document: mutation('requestProjectAccess', 'RequestProjectAccessInput'),
      own: 'JJJJIIIDI',
      other: 'NNNNNNNNI',
      variables: async (s, scope) => input({ projectId: await project(s, scope) }),
      reset: (s) => allowAutoJoin(s, false),
    },
    // With allowAutoJoin on (the default, which this row leaves behind).
    joinProject: {
      document: mutation('joinProject', 'JoinProjectInput'),
      own: 'DDDDIIIDI',
      other: 'NNNNNNNNI',
      variables: async (s, scope) => input({ projectId: await project(s, scope) }),
      reset: (s) => allowAutoJoin(s, true),
    },
    approveJoinRequest: {
      document: mutation('approveJoinRequest', 'ApproveJoinRequestInput'),
      own: 'DDNFFDFNF',
      variables: async (s, scope) => input({ id: await joinRequest(s, scope) }),
    },
    rejectJoinRequest: {
      document: mutation('rejectJoinRequest', 'RejectJoinRequestInput'),
      own: 'DDNFFDFNF',
      variables: async (s, scope) => input({ id: await joinRequest(s, scope) }),
    },
    // Only the requesting user cancels (tested in the module); whoever else reads the request is FORBIDDEN.
    cancelJoinRequest: {
      document: mutation('cancelJoinRequest', 'CancelJoinRequestInput'),
      own: 'FFNFFFFNF',
      variables: async (s, scope) => input({ id: await joinRequest(s, scope) }),
    },
  };
};
