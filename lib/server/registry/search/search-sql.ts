// What a Search property is to the database: a SQL expression over the searched row `r`, its kind (which decides the operators and how a filter value is read), and the one place values become $n parameters.
import 'server-only';
import type { TArnContext } from '@/lib/server/arn-context';

/** text: Equals, Contains, In …; number and time: comparisons too; numeric-text (hyper-parameters): text that compares as a number where it is one. */
export type TPropertyKind = 'text' | 'number' | 'time' | 'numeric-text';

/** Values never enter the SQL text: add() stores one and returns its placeholder. */
export class SqlParams {
  readonly values: string[] = [];
  constructor(readonly arn: TArnContext) {}

  add(value: string): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** `arn:aws:sagemaker:<region>:<account>:` as a parameter, for ARNs built in SQL. */
  arnPrefix(): string {
    return this.add(`arn:aws:sagemaker:${this.arn.region}:${this.arn.account}:`);
  }
}

export type TProperty = {
  kind: TPropertyKind;
  /** A SQL expression over the row alias r; NULL where the resource has no value. */
  sql: (params: SqlParams) => string;
  /** Never NULL (a NOT NULL column): sorting by it pages with a plain row comparison that an index serves. */
  notNull?: boolean;
};

export type TResourceCatalogue = {
  /** FROM clause; the searched row is aliased r and has a text primary key r.id. */
  from: string;
  properties: Record<string, TProperty>;
  /** Families of properties named `<prefix>.<key>`: Tags.<key>, CustomerMetadataProperties.<key>, HyperParameters.<name>, Metrics.<name>. */
  keyed: Record<string, (key: string) => TProperty>;
  /** SageMaker sorts by LastModifiedTime by default; resources without one sort by CreationTime. */
  defaultSortBy: string;
};

/** Timestamps compare as timestamp(3), Prisma's DateTime column; a zone in the literal is UTC because Prisma stores UTC. */
export const TIME_CAST = 'timestamp(3)';

/** A value that parses as a PostgreSQL numeric; the check guards casts of free text. */
export const NUMERIC_PATTERN = '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$';

/** A text column or expression of the row. */
export const text = (sql: string, notNull = false): TProperty => ({ kind: 'text', sql: () => sql, notNull });
export const number = (sql: string, notNull = false): TProperty => ({ kind: 'number', sql: () => sql, notNull });
export const time = (sql: string, notNull = false): TProperty => ({ kind: 'time', sql: () => sql, notNull });

/** The value of one key of a jsonb object column. */
export function jsonKey(column: string, kind: TPropertyKind = 'text'): (key: string) => TProperty {
  return (key) => ({ kind, sql: (params) => `(${column} ->> ${params.add(key)})` });
}
