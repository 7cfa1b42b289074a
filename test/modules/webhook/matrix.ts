// Matrix rows of the webhook module (see test/support/matrix.ts).
import { newId } from '../../../src/db/ids.js';
import { newSigningSecret, secretSealer } from '../../../src/modules/webhook/signing.js';
import { input, missingId, mutation, type MatrixRows, type Side } from '../../support/matrix.js';

/** Voucherify's event names never fire, and `.invalid` resolves nowhere: no row sends anything anywhere. */
const fields = { targetUrl: 'https://matrix.invalid/hook', events: ['voucher.created'] };

export const webhookRows: MatrixRows = ({ database, gateway }) => {
  const webhookOf = async (side: Side, scope: string) => {
    if (scope === 'missing') return missingId('wh');
    const secretCiphertext = secretSealer(gateway.services.sealer!).seal(newSigningSecret());
    const place = { organizationId: side.organizationId, projectId: side.projectId };
    return (await database.prisma.webhook.create({ data: { id: newId('Webhook'), ...place, ...fields, secretCiphertext } })).id;
  };
  const onWebhook = (field: string, inputType: string, extra: Record<string, unknown> = {}) => ({
    document: mutation(field, inputType),
    // Project ADMINs and the organization's OWNER and ADMIN write; a VIEWER reads only; no key, client or operator here holds webhook:*.
    own: 'DDNFNNNNN',
    variables: async (s: Side, scope: 'own' | 'other' | 'missing') => input({ id: await webhookOf(s, scope), ...extra }),
  });
  return {
    'Project.webhooks': {
      document: 'query($id: ID!) { project(id: $id) { webhooks { edges { node { id } } } } }',
      own: 'DDNDFFFNF',
      other: 'NNNNNNNNF',
      variables: (s) => ({ id: s.projectId }),
    },
    createWebhook: {
      document: mutation('createWebhook', 'CreateWebhookInput'),
      own: 'DDNFNNNNN',
      variables: (s) => input({ projectId: s.projectId, ...fields }),
    },
    updateWebhook: onWebhook('updateWebhook', 'UpdateWebhookInput', { active: false }),
    deleteWebhook: onWebhook('deleteWebhook', 'DeleteWebhookInput'),
    rotateWebhookSecret: onWebhook('rotateWebhookSecret', 'RotateWebhookSecretInput'),
    sendWebhookPing: onWebhook('sendWebhookPing', 'SendWebhookPingInput'),
  };
};
