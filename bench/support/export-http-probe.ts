// How responsive a server in this process stays while PDFs render: a trivial HTTP endpoint here, asked every 50 ms on a fixed schedule; a request's latency counts from when it was due, so a blocked event loop shows as the whole time it blocked, not as one late sample.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { summarise } from './stats';
import type { Latencies } from './stats';

const EVERY_MS = 50;

export type HttpProbe = { stop: () => Promise<Latencies> };

export async function startHttpProbe(): Promise<HttpProbe> {
  const server = http.createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let running = true;
  const start = performance.now();
  const loop = (async () => {
    for (let due = start; running; due += EVERY_MS) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const requestDue = due;
      pending.push(
        fetch(url)
          .then((response) => response.text())
          .then(() => void latencies.push(performance.now() - requestDue)),
      );
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await Promise.all(pending);
      server.close();
      return summarise(latencies);
    },
  };
}
