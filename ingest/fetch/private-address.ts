/**
 * Refuse to fetch from loopback, private and link-local networks, so a
 * feed (or a redirect inside one) cannot make the tracker read the
 * machine's own services or the LAN (SSRF). Every address a name resolves
 * to is checked, and the connection is then pinned to a checked address so
 * a second DNS answer cannot swap in a private one (DNS rebinding).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * True for every address that is not globally routable unicast: loopback,
 * private, link-local, carrier-grade NAT (100.64.0.0/10, where cloud
 * metadata services live), benchmarking, reserved, multicast, broadcast,
 * documentation, and the IPv6 forms that reach IPv4 space (NAT64
 * 64:ff9b::/96, 6to4 2002::/16, Teredo, IPv4-mapped and IPv4-compatible).
 * ipaddr.js keeps the IANA special-purpose registries; only its 'unicast'
 * range is allowed, so a range it learns later is refused by default.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/%.*$/, '');
  if (!isIP(bare)) return false;
  if (!ipaddr.isValid(bare)) return true;
  let ip = ipaddr.parse(bare);
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) ip = v6.toIPv4Address();
    // ::/96 (IPv4-compatible, deprecated) embeds an IPv4 address that stacks may still route; ipaddr.js calls it unicast.
    else if (v6.parts.slice(0, 6).every((p) => p === 0)) return true;
  }
  return ip.range() !== 'unicast';
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
