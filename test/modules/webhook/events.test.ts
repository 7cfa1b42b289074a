import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eventTypeOf, STEWARD_EVENTS } from '../../../src/modules/webhook/events.js';

/** Resources outside every organization (the platform's catalogues, maintainers, users' own tokens and console sessions): no webhook can hear them. */
const PLATFORM_RESOURCES = new Set(['maintainer', 'maintainer_member', 'feature', 'component', 'project_template', 'user', 'personal_access_token', 'console_session']);

function auditActionsIn(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(join(directory, file), 'utf8').matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)].map((match) => match[1]!));
}

describe('webhook events', () => {
  test('every audit action of an organization’s resource is an event a webhook may subscribe to', () => {
    const actions = [...new Set(auditActionsIn('src/modules'))].filter((action) => !PLATFORM_RESOURCES.has(action.slice(0, action.indexOf('.'))));
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((action) => !STEWARD_EVENTS.includes(eventTypeOf(action)))).toEqual([]);
  });
});
