// The invitation mutations' rows of the authorization matrix (test/matrix.test.ts).
import { newId } from '../../../src/db/ids.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';
import { unique } from '../../support/tenant.js';

export const invitationRows: MatrixRows = ({ database }) => {
  const email = () => `${unique('invitee')}@example.test`;
  /** A pending invitation of a new user to the side's project. */
  const invitation = async (side: Side, scope: 'own' | 'other' | 'missing') => {
    if (scope === 'missing') return missingId('inv');
    const user = await database.prisma.user.create({ data: { id: newId('User'), email: email(), name: 'invitee' } });
    return (await database.prisma.invitation.create({ data: { id: newId('Invitation'), projectId: side.projectId, userId: user.id, role: 'VIEWER' } })).id;
  };
  return {
    inviteToProject: {
      document: mutation('inviteToProject', 'InviteToProjectInput'),
      own: 'DDNFFDFNF',
      variables: (s) => input({ projectId: s.projectId, email: email() }),
    },
    inviteNewUser: {
      document: mutation('inviteNewUser', 'InviteNewUserInput'),
      own: 'DDNFFDFNF',
      variables: (s) => input({ email: email(), name: 'New Person', projects: [{ projectId: s.projectId, role: 'VIEWER' }] }),
    },
    inviteToOrganization: {
      document: mutation('inviteToOrganization', 'InviteToOrganizationInput'),
      own: 'DDFFFFFFF',
      variables: (s) => input({ organizationId: s.organizationId, email: email() }),
    },
    inviteToMaintainer: {
      document: mutation('inviteToMaintainer', 'InviteToMaintainerInput'),
      // The matrix's operator holds no maintainer scope: it cannot even read the maintainer.
      own: 'NNNNNNNDN',
      variables: (s) => input({ maintainerId: s.maintainerId, email: email() }),
    },
    cancelInvitation: {
      document: mutation('cancelInvitation', 'CancelInvitationInput'),
      own: 'DDNFFDFNF',
      variables: async (s, scope) => input({ id: await invitation(s, scope) }),
    },
    // Only the invited user accepts or declines (tested in the module); whoever else reads the invitation is FORBIDDEN.
    acceptInvitation: {
      document: mutation('acceptInvitation', 'AcceptInvitationInput'),
      own: 'FFNFFFFNF',
      variables: async (s, scope) => input({ id: await invitation(s, scope) }),
    },
    declineInvitation: {
      document: mutation('declineInvitation', 'DeclineInvitationInput'),
      own: 'FFNFFFFNF',
      variables: async (s, scope) => input({ id: await invitation(s, scope) }),
    },
  };
};
