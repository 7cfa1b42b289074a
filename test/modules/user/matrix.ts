import { missingId, type MatrixRows } from '../../support/matrix.js';

/** The side's OWNER, by id; every user of the organization sees its members' profiles. */
export const userRows: MatrixRows = () => ({
  user: {
    document: 'query($id: ID!) { user(id: $id) { id } }',
    own: 'DDDDDDDND',
    variables: (s, scope) => ({ id: scope === 'missing' ? missingId('usr') : s.ownerUserId }),
  },
});
