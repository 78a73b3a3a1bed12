// SSRF: which addresses a webhook may reach, with IPv4 hidden in IPv6 decoded, and the connect-time lookup refusing a host name that resolves to loopback.
import { describe, it, expect } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkWebhookHost, embeddedIPv4, guardedLookup, refusedAddressReason } from './webhook-address';

describe('refusedAddressReason', () => {
  it('refuses private, loopback, link-local, metadata and reserved addresses, and allows public ones', () => {
    for (const address of [
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '100.64.0.1',
      '127.0.0.1',
      '::1',
      'fc00::1',
      'fd12::1',
      '169.254.1.1',
      'fe80::1',
      '0.0.0.0',
      '::',
      '224.0.0.1',
    ]) {
      expect(refusedAddressReason(address, false), address).not.toBeNull();
    }
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111']) expect(refusedAddressReason(address, false), address).toBeNull();
  });

  it('decodes IPv4 inside IPv6 (mapped, compatible, NAT64) before deciding', () => {
    expect(embeddedIPv4('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(embeddedIPv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIPv4('64:ff9b::a9fe:a9fe')).toBe('169.254.169.254');
    expect(embeddedIPv4('2606:4700::1')).toBeNull();
    for (const address of ['::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '64:ff9b::169.254.169.254', '::ffff:100.64.0.1']) {
      expect(refusedAddressReason(address, false), address).not.toBeNull();
    }
  });

  it('CARDINAL_WEBHOOK_ALLOW_PRIVATE admits private and loopback addresses but never cloud metadata or link-local', () => {
    for (const address of ['10.1.2.3', '127.0.0.1', '::1', '::ffff:192.168.0.10']) expect(refusedAddressReason(address, true), address).toBeNull();
    for (const address of ['169.254.169.254', 'fd00:ec2::254', '::ffff:169.254.169.254', '169.254.10.10']) {
      expect(refusedAddressReason(address, true), address).not.toBeNull();
    }
    expect(refusedAddressReason('169.254.169.254', true)).toMatch(/metadata/);
  });
});

describe('at save time and at connect time', () => {
  it('refuses a host name that resolves to 127.0.0.1, when saved and when connecting', async () => {
    delete process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE;
    expect(await checkWebhookHost('localhost')).toMatch(/loopback/);
    expect(await checkWebhookHost('[::1]')).toMatch(/loopback/);
    const server = http.createServer((_, response) => response.end('reached'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const outcome = await new Promise<string>((resolve) => {
        const request = http.request({ host: 'localhost', port, path: '/', family: 4, lookup: guardedLookup }, (response) => {
          response.resume();
          resolve(`status ${response.statusCode}`);
        });
        request.on('error', (error) => resolve(error.message));
        request.end();
      });
      expect(outcome).toMatch(/localhost resolves to 127\.0\.0\.1 is a loopback address/);
      process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
      const allowed = await new Promise<string>((resolve) => {
        const request = http.request({ host: 'localhost', port, path: '/', family: 4, lookup: guardedLookup }, (response) => {
          response.resume();
          resolve(`status ${response.statusCode}`);
        });
        request.on('error', (error) => resolve(error.message));
        request.end();
      });
      expect(allowed).toBe('status 200');
    } finally {
      delete process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE;
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
