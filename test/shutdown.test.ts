import { once } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { expect, test } from 'vitest';
import { httpServerFor } from '../src/server.js';

/** A server whose /slow requests wait until the test lets them finish; keep-alive long enough that a held connection would outlast the test. */
async function serverWithSlowRoute() {
  let release!: () => void;
  let arrive!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const server = httpServerFor(async (request) => {
    if (new URL(request.url).pathname === '/slow') {
      arrive();
      await released;
    }
    return new Response('done');
  });
  server.keepAliveTimeout = 120_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port, arrived, release };
}

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
  socket: Socket;
}

function get(port: number, path: string, agent = new Agent({ keepAlive: true })) {
  return new Promise<Answer>((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port, path, agent }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, body, socket: sent.socket! }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

test('when idle, a drain closes kept-alive connections at once and stops', async () => {
  const { server, port } = await serverWithSlowRoute();
  const idle = await get(port, '/quick');
  expect(idle.connection).toBe('keep-alive');
  const closed = once(idle.socket, 'close');
  await server.drain(120_000);
  await closed;
  expect(server.listening).toBe(false);
});

test('requests in flight finish and close their connection; later ones are told 503; then the server stops', async () => {
  const { server, port, arrived, release } = await serverWithSlowRoute();
  const idle = await get(port, '/quick');
  const idleClosed = once(idle.socket, 'close');
  const slow = get(port, '/slow');
  await arrived;

  const drained = server.drain(120_000);
  await idleClosed;
  const late = await get(port, '/readyz');
  expect([late.status, late.connection, JSON.parse(late.body)]).toEqual([503, 'close', { status: 'shutting down' }]);
  release();
  const finished = await slow;
  expect([finished.status, finished.body, finished.connection]).toEqual([200, 'done', 'close']);
  await drained;
  expect(server.listening).toBe(false);
  await expect(get(port, '/quick')).rejects.toThrow(/ECONNREFUSED/);
});

test('at the deadline the drain cuts what is still running', async () => {
  const { server, port, arrived, release } = await serverWithSlowRoute();
  const stuck = get(port, '/slow').catch((error: Error) => error);
  await arrived;
  await server.drain(100);
  expect(await stuck).toBeInstanceOf(Error);
  release();
});
