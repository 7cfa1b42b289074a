import { isIP } from 'node:net';
import { webhookSettings } from './settings.js';

/** IPv4 ranges no webhook may reach: this network, private, shared (CGNAT), loopback, link-local, benchmarking, multicast, reserved. */
const BLOCKED_V4: [number, number][] = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
].map(([address, bits]) => [v4Number(address as string), bits as number]);

function v4Number(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function blockedV4(address: string): boolean {
  const value = v4Number(address);
  return BLOCKED_V4.some(([network, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(network / 2 ** (32 - bits)));
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a trailing dotted quad converted). */
function v6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const value = v4Number(quad[1]!);
    text = `${text.slice(0, quad.index)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16));
}

function blockedV6(address: string): boolean {
  const groups = v6Groups(address);
  const [first] = groups as [number];
  const embeddedV4 = () => `${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
  if (groups.slice(0, 7).every((group) => group === 0)) return true; // ::, ::1 and the like
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): judged by the IPv4 address.
  if (groups.slice(0, 5).every((group) => group === 0) && (groups[5] === 0xffff || groups[5] === 0)) return blockedV4(embeddedV4());
  if (first === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) return blockedV4(embeddedV4());
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00; // unique local, link-local, multicast
}

/** Whether an IP address is private, loopback, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return blockedV4(address);
  if (version === 6) return blockedV6(address);
  return true;
}

/** A URL's host as an address or a name: IPv6 literals lose their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Why a target URL cannot be saved, or null: only http and https, and no host that names a private,
 * loopback or link-local address literally (unless allowed). Names are resolved at each delivery.
 */
export function targetProblem(text: string): string | null {
  if (!URL.canParse(text)) return 'targetUrl must be an absolute URL such as https://example.com/webhooks';
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'targetUrl must use https: or http:';
  if (webhookSettings.allowPrivateTargets) return null;
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host))) {
    return 'targetUrl must not name a private, loopback or link-local address';
  }
  return null;
}
