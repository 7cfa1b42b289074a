// People that invitations and join requests are about: users outside every organization, and
// maintainers with members of their own.
import { insertPersonalAccessToken } from '../../../src/access/issue.js';
import { newId } from '../../../src/db/ids.js';
import { findOrCreateUser } from '../../../src/modules/user/service.js';
import type { TestDatabase } from '../../support/database.js';
import { rememberSecrets } from '../../support/secrets.js';
import { unique, type TestUser } from '../../support/tenant.js';

/** A user who belongs to no organization, with a personal access token. */
export async function outsider(database: TestDatabase, email = `${unique('outsider')}@example.test`): Promise<TestUser> {
  return database.prisma.$transaction(async (tx) => {
    const user = await findOrCreateUser(tx, email);
    const { token } = await insertPersonalAccessToken(tx, { userId: user.id, name: 'test' });
    rememberSecrets(token);
    return { userId: user.id, email: user.email, token, as: { bearer: token } };
  });
}

/** A token for a user that exists already (one created by an invitation, say). */
export async function tokenFor(database: TestDatabase, userId: string): Promise<TestUser> {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const { token } = await insertPersonalAccessToken(database.prisma, { userId, name: 'test' });
  rememberSecrets(token);
  return { userId, email: user.email, token, as: { bearer: token } };
}

/** A maintainer of the organization with one member (who is not in the organization); allowAutoJoin as given. */
export async function maintainerOf(database: TestDatabase, organizationId: string, allowAutoJoin = true) {
  const maintainer = await database.prisma.maintainer.create({ data: { id: newId('Maintainer'), name: unique('Maintainer') } });
  await database.prisma.organization.update({ where: { id: organizationId }, data: { maintainerId: maintainer.id, allowAutoJoin } });
  const member = await outsider(database, `${unique('maintainer')}@example.test`);
  await database.prisma.maintainerMember.create({ data: { id: newId('MaintainerMember'), maintainerId: maintainer.id, userId: member.userId } });
  return { maintainerId: maintainer.id, number: maintainer.number, member };
}
