/**
 * Refuse to fetch from loopback, private and link-local networks, so a
 * feed (or a redirect inside one) cannot make the tracker read the
 * machine's own services or the LAN (SSRF). Every address a name resolves
 * to is checked, and the connection is then pinned to a checked address so
 * a second DNS answer cannot swap in a private one (DNS rebinding).
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
blocked.addSubnet('0.0.0.0', 8, 'ipv4');
blocked.addSubnet('10.0.0.0', 8, 'ipv4');
blocked.addSubnet('127.0.0.0', 8, 'ipv4');
blocked.addSubnet('169.254.0.0', 16, 'ipv4');
blocked.addSubnet('172.16.0.0', 12, 'ipv4');
blocked.addSubnet('192.168.0.0', 16, 'ipv4');
blocked.addAddress('::', 'ipv6');
blocked.addAddress('::1', 'ipv6');
blocked.addSubnet('fc00::', 7, 'ipv6');
blocked.addSubnet('fe80::', 10, 'ipv6');

/** True for addresses on loopback, private, link-local or unspecified ranges (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return false;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** URL hostnames keep IPv6 literals in brackets; DNS and net want them bare. */
export function bareHostname(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** Every address the hostname resolves to (an IP literal resolves to itself). */
export async function resolveHost(hostname: string): Promise<ResolvedAddress[]> {
  const host = bareHostname(hostname);
  const literal = isIP(host);
  if (literal) return [{ address: host, family: literal as 4 | 6 }];
  const all = await lookup(host, { all: true, verbatim: true });
  return all.map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
}
