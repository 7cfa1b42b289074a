// Matrix rows of the console-session module (see test/support/matrix.ts).
import { insertConsoleSession, insertPersonalAccessToken } from '../../../src/access/issue.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';

export const consoleSessionRows: MatrixRows = ({ database }) => {
  /** A fresh session of the side's OWNER (its token is never used: the row only names it). */
  const ownerSession = async (side: Side) =>
    database.prisma.$transaction(async (tx) => {
      const { personalAccessToken } = await insertPersonalAccessToken(tx, { userId: side.ownerUserId, name: 'console' });
      const expiresAt = new Date(Date.now() + 3600_000);
      return (await insertConsoleSession(tx, { userId: side.ownerUserId, personalAccessTokenId: personalAccessToken.id, expiresAt })).consoleSession.id;
    });
  return {
    // Only the user itself; whoever else sees the user is told FORBIDDEN (the maintainer does not see this user at all).
    'User.consoleSessions': {
      document: 'query($id: ID!) { user(id: $id) { consoleSessions { edges { node { id } } } } }',
      own: 'DFFFFFFNF',
      variables: (s, scope) => ({ id: scope === 'missing' ? missingId('usr') : s.ownerUserId }),
    },
    revokeConsoleSession: {
      document: mutation('revokeConsoleSession', 'RevokeConsoleSessionInput'),
      own: 'DNNNNNNNN',
      variables: async (s, scope) => input({ id: scope === 'missing' ? missingId('cns') : await ownerSession(s) }),
    },
  };
};
