import type { Permission, Target } from '../../access/permissions.js';
import type { Context } from '../../context.js';
import { typeOfId, type NodeType } from '../../db/ids.js';
import { notFound } from '../../errors.js';
import { readableMaintainerMember } from '../maintainer/service.js';
import { readableMetadata } from '../metadata/service.js';
import { readableConfigurationNode } from '../configuration/read.js';
import { visibleFeature } from '../feature/service.js';
import { existingProject } from '../project/service.js';

interface Located {
  record: object;
  target: Target;
  permission: Permission;
}

/** Loads any node with the place that decides who may read it. */
async function locate(context: Context, type: NodeType, id: string): Promise<Located | null> {
  const { prisma } = context;
  const live = { project: existingProject() };
  switch (type) {
    case 'Organization': {
      const record = await prisma.organization.findUnique({ where: { id } });
      return record && { record, target: { organizationId: id }, permission: 'organization:read' };
    }
    case 'Project': {
      const record = await prisma.project.findFirst({ where: { id, ...existingProject() } });
      return record && { record, target: { organizationId: record.organizationId, projectId: id }, permission: 'project:read' };
    }
    case 'OrganizationMember': {
      const record = await prisma.organizationMember.findUnique({ where: { id } });
      return record && { record, target: { organizationId: record.organizationId }, permission: 'member:read' };
    }
    case 'ProjectMember': {
      const record = await prisma.projectMember.findFirst({ where: { id, ...live } });
      return record && { record, target: { organizationId: record.organizationId, projectId: record.projectId }, permission: 'member:read' };
    }
    case 'Client': {
      const record = await prisma.client.findUnique({ where: { id } });
      return record && { record, target: { organizationId: record.organizationId, projectId: record.projectId }, permission: 'client:read' };
    }
    case 'Reference': {
      const record = await prisma.reference.findFirst({ where: { id, ...live } });
      return record && { record, target: { organizationId: record.organizationId, projectId: record.projectId }, permission: 'reference:read' };
    }
    case 'Webhook': {
      const record = await prisma.webhook.findFirst({ where: { id, ...live } });
      return record && { record, target: { organizationId: record.organizationId, projectId: record.projectId }, permission: 'webhook:read' };
    }
    case 'ManagementKey': {
      const record = await prisma.managementKey.findUnique({ where: { id } });
      return record && { record, target: { organizationId: record.organizationId }, permission: 'key:read' };
    }
    case 'StorageToken': {
      const record = await prisma.storageToken.findUnique({ where: { id } });
      return record && { record, target: { organizationId: record.organizationId, projectId: record.projectId }, permission: 'storage-token:read' };
    }
    case 'MetadataSchema': {
      const record = await prisma.metadataSchema.findFirst({ where: { id, ...live } });
      return record && { record, target: { organizationId: record.organizationId, projectId: record.projectId }, permission: 'metadata-schema:read' };
    }
    case 'CustomEventSchema': {
      const record = await prisma.customEventSchema.findFirst({ where: { id, ...live } });
      return record && { record, target: { organizationId: record.organizationId, projectId: record.projectId }, permission: 'metadata-schema:read' };
    }
    case 'AuditEvent': {
      const record = await prisma.auditEvent.findUnique({ where: { id } });
      return record?.organizationId ? { record, target: { organizationId: record.organizationId }, permission: 'audit:read' } : null;
    }
    default:
      // Users, personal access tokens and console sessions are reached through ownNode; operator tokens never.
      return null;
  }
}

/** Users, personal access tokens and console sessions: a user sees itself and its own credentials through node(). */
async function ownNode(context: Context, type: NodeType, id: string): Promise<object | null> {
  const userId = context.access.userId;
  if (!userId) return null;
  if (type === 'User') return id === userId ? context.prisma.user.findUnique({ where: { id } }) : null;
  if (type === 'PersonalAccessToken') return context.prisma.personalAccessToken.findFirst({ where: { id, userId } });
  if (type === 'ConsoleSession') return context.prisma.consoleSession.findFirst({ where: { id, userId } });
  return null;
}

/** Maintainers, their members and metadata: readable by rules of their own, not by an organization's. */
async function ruledNode(context: Context, type: NodeType, id: string): Promise<object | null> {
  switch (type) {
    case 'Maintainer':
      return (await context.access.canOnMaintainer('maintainer:read', id)) ? context.prisma.maintainer.findUnique({ where: { id } }) : null;
    case 'MaintainerMember':
      return readableMaintainerMember(context, id);
    case 'Metadata':
      return readableMetadata(context, id);
    case 'Configuration':
    case 'ConfigurationRow':
      return readableConfigurationNode(context, type, id);
    case 'Component':
      // The catalogue is every principal's to read.
      return context.prisma.component.findUnique({ where: { id } });
    default:
      return null;
  }
}

/** Any object by its id, typed, if the caller may read it; NOT_FOUND otherwise, whether it exists or not. */
export async function findNode(context: Context, id: string): Promise<object & { __typename: NodeType }> {
  const type = typeOfId(id);
  if (!type) throw notFound('node');
  if (type === 'Feature') {
    const feature = await visibleFeature(context, id);
    if (!feature) throw notFound('node');
    return { ...feature, __typename: type };
  }
  const own = await ownNode(context, type, id);
  if (own) return { ...own, __typename: type };
  const ruled = await ruledNode(context, type, id);
  if (ruled) return { ...ruled, __typename: type };
  const located = await locate(context, type, id);
  if (!located || !(await context.access.authorize(located.permission, located.target))) throw notFound('node');
  return { ...located.record, __typename: type };
}
