// A throwaway HTTP server on 127.0.0.1 that records each request byte for byte, so tests can check what real AWS clients and curl send.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type TCapturedRequest = {
  method: string;
  /** Path and query exactly as on the request line. */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
};

export type TCannedResponse = { status: number; headers?: Record<string, string>; body: unknown };

export type TCaptureServer = {
  endpoint: string;
  requests: TCapturedRequest[];
  close: () => Promise<void>;
};

export async function startCaptureServer(
  answer: (request: TCapturedRequest) => TCannedResponse | Promise<TCannedResponse> = () => ({ status: 200, body: {} }),
): Promise<TCaptureServer> {
  const requests: TCapturedRequest[] = [];
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const headers: Record<string, string> = {};
      // rawHeaders keeps repeated headers apart; AWS joins their values with ',' when it signs them.
      for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
        const name = incoming.rawHeaders[i].toLowerCase();
        const value = incoming.rawHeaders[i + 1];
        headers[name] = name in headers ? `${headers[name]},${value}` : value;
      }
      const request: TCapturedRequest = { method: incoming.method ?? '', url: incoming.url ?? '', headers, body: Buffer.concat(chunks) };
      requests.push(request);
      const response = await answer(request);
      outgoing.writeHead(response.status, { 'Content-Type': 'application/x-amz-json-1.1', ...response.headers });
      outgoing.end(JSON.stringify(response.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
