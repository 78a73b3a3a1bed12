// Paths Next cannot decode get a 400 naming the segment from the server itself; every other request reaches the application unchanged.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawUrlHeader } from '@/lib/server/auth/sigv4/raw-url-header';
import { installRequestGate, undecodableSegment } from './request-gate';

describe('undecodableSegment', () => {
  it("finds issue 19's segments and nothing in a path an encoder wrote", () => {
    expect(undecodableSegment('/api/v1/export-jobs/%ff')).toBe('%ff');
    expect(undecodableSegment('/api/v1/model-cards/%ff/versions/1/pdf')).toBe('%ff');
    expect(undecodableSegment('/api/v1/webhooks/%')).toBe('%');
    expect(undecodableSegment('/x/%C0%AF?y=%ff')).toBe('%C0%AF');
    expect(undecodableSegment('/api/v1/export-jobs/%00')).toBeNull();
    expect(undecodableSegment('/api/v1/model-cards?name=%ff')).toBeNull();
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }), (segments) => {
        expect(undecodableSegment(`/${segments.map(encodeURIComponent).join('/')}`)).toBeNull();
      }),
    );
  });
});

describe('installRequestGate', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    installRequestGate();
    server = http.createServer((request, response) => response.end(request.url?.startsWith('/echo') ? String(request.headers[rawUrlHeader()]) : 'app'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers 400 JSON naming the segment under /api, 400 text elsewhere, and passes everything else through', async () => {
    const api = await fetch(`${base}/api/v1/export-jobs/%ff`);
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: { code: 'INVALID_INPUT', path: 'path', message: expect.stringContaining("'%ff'") } });
    const page = await fetch(`${base}/model-cards/%E0%A4%A`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('%E0%A4%A');
    expect(await (await fetch(`${base}/api/v1/export-jobs/%E2%82%AC?x=%ff`)).text()).toBe('app');
  });

  it('hands the request line as received to the SigV4 check, and a client cannot set that header itself', async () => {
    const url = '/echo?status=Draft,Approved&createdFrom=2026-01-01T00:00:00Z&b=1&a=2';
    expect(await (await fetch(`${base}${url}`, { headers: { [rawUrlHeader()]: '/forged?x=1' } })).text()).toBe(url);
  });
});
