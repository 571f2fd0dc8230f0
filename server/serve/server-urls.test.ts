import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { instanceUrlOf, lanUrls, localUrl } from './server-urls.ts';

const card = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('server URLs', () => {
  it('points at localhost when listening everywhere, else at the address itself', () => {
    expect(localUrl('0.0.0.0', 3000)).toBe('http://localhost:3000');
    expect(localUrl('::', 3000)).toBe('http://localhost:3000');
    expect(localUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
    expect(localUrl('::1', 8080)).toBe('http://[::1]:8080');
  });

  it('lists the external IPv4 addresses only when listening everywhere', () => {
    const interfaces = {
      lo: [card('127.0.0.1', 'IPv4', true)],
      wlan0: [card('192.168.1.20', 'IPv4'), card('fe80::1', 'IPv6')],
      eth0: [card('10.0.0.5', 'IPv4')],
    };
    expect(lanUrls('0.0.0.0', 3000, interfaces)).toEqual([
      'http://192.168.1.20:3000',
      'http://10.0.0.5:3000',
    ]);
    expect(lanUrls('127.0.0.1', 3000, interfaces)).toEqual([]);
  });

  it('names this instance for the others by its host name when listening everywhere', () => {
    expect(instanceUrlOf('0.0.0.0', 3000, 'app1')).toBe('http://app1:3000');
    expect(instanceUrlOf('127.0.0.1', 41234, 'app1')).toBe('http://127.0.0.1:41234');
  });
});
