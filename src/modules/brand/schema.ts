import type { Brand as BrandRow } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { defineMutation, removedId, type PayloadFieldBuilder } from '../../graphql/mutation.js';
import { Project } from '../project/schema.js';
import { createBrand, deleteBrand, updateBrand } from './service.js';

const BrandAddress = builder.objectRef<BrandRow>('BrandAddress').implement({
  fields: (t) => ({
    street: t.exposeString('street'),
    city: t.exposeString('city'),
    postal: t.exposeString('postal', { nullable: true }),
    state: t.exposeString('state', { nullable: true }),
    country: t.exposeString('country'),
  }),
});

const BrandContact = builder.objectRef<BrandRow>('BrandContact').implement({
  fields: (t) => ({ email: t.exposeString('email'), phone: t.exposeString('phone', { nullable: true }) }),
});

export const Brand = builder.prismaNode('Brand', {
  id: { field: 'id' },
  description: "A project's brand details (Voucherify's branding), used in its messages to customers; at most one per project.",
  authScopes: (brand) => ({ permission: { permission: 'brand:read', organizationId: brand.organizationId, projectId: brand.projectId } }),
  fields: (t) => ({
    name: t.exposeString('name'),
    privacyPolicyUrl: t.exposeString('privacyPolicyUrl', { nullable: true }),
    termsOfUseUrl: t.exposeString('termsOfUseUrl', { nullable: true }),
    permissionReminder: t.exposeString('permissionReminder', { description: 'Shown to customers who opted in to e-mails.' }),
    websiteUrl: t.exposeString('websiteUrl', { nullable: true }),
    address: t.field({ type: BrandAddress, resolve: (brand) => brand }),
    contact: t.field({ type: BrandContact, resolve: (brand) => brand }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true, description: 'Null until first updated.' }),
    project: t.relation('project'),
  }),
});

builder.prismaObjectField(Project, 'brand', (t) =>
  t.relation('brand', {
    nullable: true,
    description: 'Null while it has none.',
    authScopes: (project) => ({ permission: { permission: 'brand:read', organizationId: project.organizationId, projectId: project.id } }),
  }),
);

const AddressInput = builder.inputType('BrandAddressInput', {
  fields: (t) => ({
    street: t.string(),
    city: t.string(),
    postal: t.string({ required: false }),
    state: t.string({ required: false }),
    country: t.string(),
  }),
});
const ContactInput = builder.inputType('BrandContactInput', {
  fields: (t) => ({ email: t.string(), phone: t.string({ required: false }) }),
});
const AddressChanges = builder.inputType('BrandAddressChangesInput', {
  description: 'The fields given change; null clears postal and state.',
  fields: (t) => ({
    street: t.string({ required: false }),
    city: t.string({ required: false }),
    postal: t.string({ required: false }),
    state: t.string({ required: false }),
    country: t.string({ required: false }),
  }),
});
const ContactChanges = builder.inputType('BrandContactChangesInput', {
  description: 'The fields given change; null clears phone.',
  fields: (t) => ({ email: t.string({ required: false }), phone: t.string({ required: false }) }),
});

const brandResult = (t: PayloadFieldBuilder<{ brand: BrandRow }>) => ({
  brand: t.field({ type: Brand, nullable: true, resolve: (payload) => payload.brand }),
});

defineMutation('createBrand', {
  description: 'Gives a project its brand; ALREADY_EXISTS when it has one. URLs must be http(s) URLs, the e-mail address valid.',
  input: (t) => ({
    projectId: t.id(),
    name: t.string(),
    privacyPolicyUrl: t.string({ required: false }),
    termsOfUseUrl: t.string({ required: false }),
    permissionReminder: t.string({ required: false, description: `Left out: "You are receiving this email because you opted in at our website."` }),
    websiteUrl: t.string({ required: false }),
    address: t.field({ type: AddressInput }),
    contact: t.field({ type: ContactInput }),
  }),
  payload: brandResult,
  resolve: (input, context) => createBrand(context, input),
});

defineMutation('updateBrand', {
  description: 'Changes the fields given; null clears a field a brand may be without.',
  input: (t) => ({
    id: t.id(),
    projectId: t.id({ required: false, description: 'When given, the brand must be this project’s.' }),
    name: t.string({ required: false }),
    privacyPolicyUrl: t.string({ required: false }),
    termsOfUseUrl: t.string({ required: false }),
    permissionReminder: t.string({ required: false }),
    websiteUrl: t.string({ required: false }),
    address: t.field({ type: AddressChanges, required: false }),
    contact: t.field({ type: ContactChanges, required: false }),
  }),
  payload: brandResult,
  resolve: (input, context) => updateBrand(context, input),
});

defineMutation('deleteBrand', {
  input: (t) => ({ id: t.id(), projectId: t.id({ required: false, description: 'When given, the brand must be this project’s.' }) }),
  payload: removedId('deletedBrandId'),
  resolve: (input, context) => deleteBrand(context, input),
});
