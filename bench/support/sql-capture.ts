// Records the SQL that Prisma sends through a driver adapter, and replays it on the same connection: the database's share of a service call, without the app around it.
import { performance } from 'node:perf_hooks';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';

export type CapturedQuery = SqlQuery;

export class SqlCapture {
  private recording: CapturedQuery[] | null = null;
  private adapter: SqlDriverAdapter | null = null;

  /** The factory to give Prisma; every statement it runs outside a transaction passes through here. */
  wrap(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
    const connect = async () => {
      const adapter = await factory.connect();
      this.adapter = adapter;
      const record = (query: SqlQuery) => this.recording?.push(query);
      return new Proxy(adapter, {
        get: (target, property, receiver) => {
          if (property === 'queryRaw' || property === 'executeRaw') {
            return (query: SqlQuery) => {
              record(query);
              return (target[property] as (query: SqlQuery) => Promise<unknown>).call(target, query);
            };
          }
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    };
    return new Proxy(factory, {
      get: (target, property, receiver) => (property === 'connect' ? connect : Reflect.get(target, property, receiver)),
    });
  }

  /** The statements `work` sent, in order. */
  async record(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
    this.recording = [];
    try {
      await work();
      return this.recording;
    } finally {
      this.recording = null;
    }
  }

  private connected(): SqlDriverAdapter {
    if (!this.adapter) throw new Error('No statement has gone through the adapter yet');
    return this.adapter;
  }

  /** Runs the statements one after another, as sent; the wall time through the driver, in ms. */
  async replay(queries: CapturedQuery[]): Promise<number> {
    const adapter = this.connected();
    const start = performance.now();
    for (const query of queries) await adapter.queryRaw(query);
    return performance.now() - start;
  }

  /** The server's own time for the statements (EXPLAIN ANALYZE planning + execution, without per-node timing, which would inflate scans), in ms. */
  async serverTime(queries: CapturedQuery[]): Promise<number> {
    let total = 0;
    for (const plan of await this.explain(queries)) total += plan['Planning Time'] + plan['Execution Time'];
    return total;
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of each statement, cut to its key lines (see keyPlanLines). */
  async planLines(queries: CapturedQuery[]): Promise<string[][]> {
    const adapter = this.connected();
    const plans = [];
    for (const query of queries) {
      const result = await adapter.queryRaw({ ...query, sql: `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}` });
      plans.push(keyPlanLines(result.rows.map((row) => String(row[0]))));
    }
    return plans;
  }

  async explain(queries: CapturedQuery[]): Promise<{ 'Planning Time': number; 'Execution Time': number; Plan: unknown }[]> {
    const adapter = this.connected();
    const plans = [];
    for (const query of queries) {
      const result = await adapter.queryRaw({ ...query, sql: `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${query.sql}` });
      const cell = result.rows[0][0];
      const parsed = typeof cell === 'string' ? JSON.parse(cell) : cell;
      plans.push((Array.isArray(parsed) ? parsed[0] : parsed) as { 'Planning Time': number; 'Execution Time': number; Plan: unknown });
    }
    return plans;
  }
}

/** The lines of a text plan a reader needs: each node (type, index, actual time and rows, costs cut), what filters and heap visits it did, the top node's buffers, and the times. */
export function keyPlanLines(plan: string[]): string[] {
  const kept: string[] = [];
  let buffersShown = false;
  for (const line of plan) {
    if (/\(cost=[^)]*\)\s+\(actual/.test(line)) kept.push(line.replace(/\s*\(cost=[^)]*\)/, '').replace(/ loops=1\)/, ')'));
    else if (/^\s*(Rows Removed by Filter|Heap Blocks|Planning Time|Execution Time)/.test(line)) kept.push(line);
    else if (!buffersShown && /^\s*Buffers:/.test(line)) {
      kept.push(line);
      buffersShown = true;
    }
  }
  return kept;
}

/** A statement with its parameters written in, for a person to read or paste into psql; long IN lists are shortened unless `full`. */
export function readableSql(query: CapturedQuery, { full = false } = {}): string {
  const text = query.sql.replace(/\$(\d+)/g, (_, index: string) => {
    const value = query.args[Number(index) - 1];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return `'${String(value instanceof Date ? value.toISOString() : value).replace(/'/g, "''")}'`;
  });
  return full ? text : text.replace(/IN \(('[^']*',){2}('[^']*',)+'[^']*'\)/g, (list) => `IN (… ${list.split(',').length} values …)`);
}
