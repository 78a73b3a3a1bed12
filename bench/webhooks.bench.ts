// Measures webhook delivery: events delivered per second by one worker loop to a loopback receiver (events on many streams, and on one stream, whose order holds them to one at a time per endpoint), and what the outbox costs a change: saveVersion p50/p95 with three endpoints attached against none. PGlite always, PostgreSQL when TEST_DATABASE_URL names a server.
// Run: npm run bench:webhooks   (or tsx --conditions=react-server bench/webhooks.bench.ts without the PostgreSQL lane)
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { OpenDatabase } from '../lib/server/db/connection';
import { onPGlite, onPostgres } from './support/database-lanes';
import { attachDatabase, closeDb, getDb } from '../lib/server/db';
import type { Actor } from '../lib/server/auth/actor';
import { createUser } from './support/bench-user';
import { createCard } from '../lib/server/model-cards/create-card';
import { saveVersion } from '../lib/server/model-cards/save-version';
import { recordEvent } from '../lib/server/events/record-event';
import { createWebhookEndpoint } from '../lib/server/webhooks/create-webhook-endpoint';
import { startWorker } from '../lib/server/jobs/worker';
import { startWebhookReceiver } from '../test/webhook-receiver';
import { formatTable } from '../scripts/support/table';
import { formatMs, measure } from './support/stats';

const SAVES = 100;
const WARM_UP = 10;
const MANY_STREAMS = 100;
const EVENTS_PER_STREAM = 10;
const ONE_STREAM_EVENTS = 200;

type Row = { lane: string; measure: string; runs: string; p50: string; p95: string; rate: string };

process.env.CARDINAL_WEBHOOK_ALLOW_PRIVATE = '1';
process.env.NEXTAUTH_SECRET ||= 'cardinal-bench-nextauth-secret-not-for-production';

const content = (description: string) => ({
  model_overview: { model_description: description, model_owner: 'risk-team' },
  intended_uses: { purpose_of_model: 'Target retention offers.', risk_rating: 'Low' as const },
});

async function saveLatencies(author: Actor, name: string) {
  const { card } = await createCard({ actor: author, name, content: content('v1') });
  let version = 1;
  return measure(
    async () => {
      ({ version } = await saveVersion({ actor: author, cardId: card.id, baseVersion: version, content: content(`v${version + 1}`) }));
    },
    { runs: SAVES, warmUp: WARM_UP },
  );
}

/** Events like a card's state change (about 1 KB), recorded straight into the outbox. */
async function recordEvents(streams: number, perStream: number, label: string): Promise<number> {
  // Ten writers at a time: more would wait for the connection pool, not measure anything.
  for (let round = 0; round < perStream; round++) {
    for (let first = 0; first < streams; first += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, streams - first) }, (_, offset) => first + offset).map((stream) =>
          getDb().$transaction((tx) =>
            recordEvent(tx, {
              type: 'model_card.version_saved',
              source: 'aws.sagemaker',
              detailType: 'SageMaker Model Card State Change',
              stream: `arn:aws:sagemaker:us-east-1:000000000000:model-card/${label}-${stream}`,
              resources: [`arn:aws:sagemaker:us-east-1:000000000000:model-card/${label}-${stream}`],
              detail: { ModelCardName: `${label}-${stream}`, ModelCardVersion: round + 1, ModelCardStatus: 'Draft', Padding: 'x'.repeat(700) },
              time: new Date(),
            }),
          ),
        ),
      );
    }
  }
  return streams * perStream;
}

async function deliverAll(expected: number, received: () => number): Promise<number> {
  const start = performance.now();
  const worker = startWorker({ poll: 20 });
  try {
    while (received() < expected) await new Promise((resolve) => setTimeout(resolve, 5));
    while ((await getDb().webhookDelivery.count({ where: { status: 'Pending' } })) > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  } finally {
    await worker.stop();
  }
  return performance.now() - start;
}

async function runLane(lane: string, database: OpenDatabase): Promise<Row[]> {
  attachDatabase(database);
  const receiver = await startWebhookReceiver();
  try {
    const author = await createUser(database, 'bench-author', ['author']);
    const admin = await createUser(database, 'bench-admin', ['admin']);
    const rows: Row[] = [];
    const none = await saveLatencies(author, 'bench-no-endpoints');
    rows.push({ lane, measure: 'saveVersion, no endpoints', runs: String(none.runs), p50: formatMs(none.p50), p95: formatMs(none.p95), rate: '' });
    const endpoints = [];
    for (let index = 0; index < 3; index++) endpoints.push((await createWebhookEndpoint({ actor: admin, input: { url: receiver.url } })).endpoint);
    const three = await saveLatencies(author, 'bench-three-endpoints');
    rows.push({
      lane,
      measure: 'saveVersion, 3 endpoints attached (3 deliveries per save)',
      runs: String(three.runs),
      p50: formatMs(three.p50),
      p95: formatMs(three.p95),
      rate: '',
    });
    // The saves' deliveries are not part of the delivery figures.
    await getDb().webhookEndpoint.deleteMany({ where: { id: { in: endpoints.slice(1).map((endpoint) => endpoint.id) } } });
    await getDb().webhookDelivery.deleteMany({});

    for (const [name, streams, perStream] of [
      [`deliveries, 1 endpoint, ${MANY_STREAMS} streams × ${EVENTS_PER_STREAM}`, MANY_STREAMS, EVENTS_PER_STREAM],
      [`deliveries, 1 endpoint, 1 stream × ${ONE_STREAM_EVENTS} (in order, one at a time)`, 1, ONE_STREAM_EVENTS],
    ] as const) {
      receiver.received.length = 0;
      const events = await recordEvents(streams, perStream, `bench-${streams}`);
      const ms = await deliverAll(events, () => receiver.received.length);
      rows.push({ lane, measure: name, runs: String(events), p50: '', p95: '', rate: `${Math.round((events / ms) * 1000)}/s` });
    }
    return rows;
  } finally {
    await receiver.close();
    await closeDb();
  }
}

const rows = await onPGlite(runLane);
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) rows.push(...(await onPostgres(postgresUrl, runLane)));
else console.log('PostgreSQL lane skipped: TEST_DATABASE_URL is not set (run through scripts/with-postgres.ts to include it).\n');
console.log(
  `\nWebhook delivery (${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}; one worker loop, ${process.env.CARDINAL_WEBHOOK_CONCURRENCY ?? 8} deliveries side by side)`,
);
console.log(
  formatTable({
    header: ['lane', 'measure', 'runs / events', 'p50 ms', 'p95 ms', 'delivered'],
    rows: rows.map((row) => [row.lane, row.measure, row.runs, row.p50, row.p95, row.rate]),
    labelColumns: 2,
  }),
);
