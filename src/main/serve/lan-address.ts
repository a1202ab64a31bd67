import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The machine's address on the newsroom's LAN: the first IPv4 address that is not loopback,
 * a private one (10/8, 172.16/12, 192.168/16) before any other. Undefined when offline.
 */
export function lanAddress(interfaces: Interfaces = networkInterfaces()): string | undefined {
  const candidates = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
  return candidates.find(isPrivate) ?? candidates[0];
}

function isPrivate(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}
