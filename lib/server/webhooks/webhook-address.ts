// Webhooks reach only public addresses: private, loopback, link-local, metadata and special addresses are refused when an endpoint is saved and again at connect time (DNS rebinding cannot get around it); CARDINAL_WEBHOOK_ALLOW_PRIVATE=1 admits private and loopback addresses, never cloud metadata.
import 'server-only';
import dns from 'node:dns';
import net from 'node:net';

const METADATA = new net.BlockList();
METADATA.addAddress('169.254.169.254', 'ipv4');
METADATA.addAddress('fd00:ec2::254', 'ipv6');

const PRIVATE = new net.BlockList();
for (const [network, prefix] of [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['100.64.0.0', 10],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

const LOOPBACK = new net.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

// Never a receiver, whatever the setting: link-local, unspecified, multicast, broadcast, reserved, documentation and benchmarking ranges.
const NEVER = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['169.254.0.0', 16],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NEVER.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  NEVER.addSubnet(network, prefix, 'ipv6');

export function allowPrivateWebhooks(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CARDINAL_WEBHOOK_ALLOW_PRIVATE?.trim() === '1';
}

/** The IPv4 address an IPv6 address carries (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96), else null. */
export function embeddedIPv4(address: string): string | null {
  if (net.isIPv6(address) === false) return null;
  const groups = expandIPv6(address);
  const isMapped = groups.slice(0, 5).every((group) => group === 0) && (groups[5] === 0xffff || groups[5] === 0);
  const isNat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (!isMapped && !isNat64) return null;
  if (groups[5] === 0 && !isNat64 && groups[6] === 0 && groups[7] <= 1) return null; // :: and ::1 are IPv6's own
  return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
}

function expandIPv6(address: string): number[] {
  let text = address.split('%')[0].toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const parts = dotted[1].split('.').map(Number);
    text = text.slice(0, -dotted[1].length) + `${((parts[0] << 8) | parts[1]).toString(16)}:${((parts[2] << 8) | parts[3]).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array(tail === undefined ? 0 : missing).fill('0'), ...right].map((group) => parseInt(group, 16));
}

/** Why a webhook may not connect to this IP address, or null when it may. */
export function refusedAddressReason(address: string, allowPrivate = allowPrivateWebhooks()): string | null {
  const v4 = embeddedIPv4(address);
  const ip = v4 ?? address;
  const family = net.isIPv4(ip) ? 'ipv4' : net.isIPv6(ip) ? 'ipv6' : null;
  if (!family) return `${address} is not an IP address`;
  if (METADATA.check(ip, family)) return `${address} is a cloud metadata address`;
  if (NEVER.check(ip, family)) return `${address} is a link-local, multicast or reserved address`;
  if (LOOPBACK.check(ip, family))
    return allowPrivate ? null : `${address} is a loopback address (set CARDINAL_WEBHOOK_ALLOW_PRIVATE=1 for receivers on this machine)`;
  if (PRIVATE.check(ip, family))
    return allowPrivate ? null : `${address} is a private address (set CARDINAL_WEBHOOK_ALLOW_PRIVATE=1 for on-premises receivers)`;
  return null;
}

export class RefusedAddressError extends Error {
  readonly code = 'WEBHOOK_ADDRESS_REFUSED';
}

/**
 * A `lookup` for http.request: resolves the host and refuses the connection when any address it names is refused,
 * so the socket can only connect to an address that was checked.
 */
export const guardedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as dns.LookupAddress[];
    for (const entry of list) {
      const reason = refusedAddressReason(entry.address);
      if (reason) return callback(new RefusedAddressError(`${hostname} resolves to ${reason}`), '', 0);
    }
    if (options.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

/** Every address the host resolves to now, each checked; used when an endpoint is saved. */
export async function checkWebhookHost(hostname: string): Promise<string | null> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) return refusedAddressReason(host);
  let addresses: dns.LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true });
  } catch {
    return `${host} does not resolve`;
  }
  for (const entry of addresses) {
    const reason = refusedAddressReason(entry.address);
    if (reason) return `${host} resolves to ${reason}`;
  }
  return null;
}
