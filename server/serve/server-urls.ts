import { networkInterfaces, hostname as osHostname } from 'node:os';

const wildcard = new Set(['0.0.0.0', '::', '']);

const hostForUrl = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** The address to open on this machine: localhost when listening on every interface. */
export const localUrl = (host: string, port: number) =>
  `http://${wildcard.has(host) ? 'localhost' : hostForUrl(host)}:${port}`;

/**
 * The IPv4 addresses of this machine's network cards, when listening on every interface: the lecturer reads
 * one of these off the log to put in the join link if there is no public URL.
 */
export const lanUrls = (host: string, port: number, interfaces = networkInterfaces()): string[] => {
  if (!wildcard.has(host)) return [];
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i.address}:${port}`);
};

/**
 * Where the other instances of a cluster reach this one when no INSTANCE_URL is set: its host name when it
 * listens on every interface (a container's name on a compose network), else the address it listens on.
 */
export const instanceUrlOf = (host: string, port: number, hostname = osHostname()) =>
  `http://${wildcard.has(host) ? hostname : hostForUrl(host)}:${port}`;
