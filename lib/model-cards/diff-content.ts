// A content diff lists each changed field once, in section then document order; named list items are matched by name, graph values and type changes count as one change.
import { ZModelCardContent, type TModelCardContent } from '../schemas/model-card-content';
import { formatPath } from '../schemas/validation-error';

/** `reordered`: the same named items in another order (before/after hold their names, in order); it changes the canonical JSON, so it is a change. */
export type TDiffKind = 'added' | 'removed' | 'changed' | 'reordered';

export type TDiffChange = {
  /** formatPath style; list items matched by name show the name: `metric_data["auc"]`, others their index: `model_artifact[2]`. */
  path: string;
  /** Top-level key of the content: model_overview, intended_uses, … */
  section: string;
  kind: TDiffKind;
  /** Leaf values, or the whole subtree for an added or removed key or item. */
  before?: unknown;
  after?: unknown;
  /** after − before when both are numbers. */
  delta?: number;
  /** The value changed kind (object ↔ scalar, number ↔ string, …) or a metric changed `type`. */
  typeChanged?: boolean;
};

export type TContentDiff = { changes: TDiffChange[]; sections: string[]; summary: string };

const SECTION_ORDER: readonly string[] = Object.keys(ZModelCardContent.shape);

/** Lists under this key hold metrics, whose `type` decides the shape of `value`. */
const METRIC_LIST_KEY = 'metric_data';

type TJsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

function kindOf(value: unknown): TJsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as TJsonKind;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyPath(base: string, key: string): string {
  const segment = formatPath([key]);
  return base === '' || segment.startsWith('[') ? base + segment : `${base}.${segment}`;
}

/** Names are always bracketed, even when they look like identifiers, so `metric_data["auc"]` never reads as an object key. */
function namePath(base: string, name: string): string {
  return `${base}[${JSON.stringify(name)}]`;
}

/** Decimal places in the shortest form of `n`, e.g. 0.25 → 2, 1e-7 → 7. */
function decimalPlaces(n: number): number {
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!match) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

/**
 * Rounded to the decimals of the operands, because the review screen shows "+0.02", not the
 * binary-float "+0.020000000000000018"; the exact difference of two decimals never needs more.
 */
function numericDelta(before: number, after: number): number {
  const raw = after - before;
  const places = Math.max(decimalPlaces(before), decimalPlaces(after));
  return places > 100 ? raw : Number(raw.toFixed(places));
}

/**
 * Keys (or names) in the order of `after`, with each key that only `before` has placed where
 * it stood there: a removed field appears among its neighbours rather than at the end, and a
 * replaced one (a rename) reads "removed old, added new".
 */
function mergedOrder(before: readonly string[], after: readonly string[]): readonly string[] {
  if (before.length === after.length && before.every((key, index) => key === after[index])) return after;
  const inAfter = new Set(after);
  const beforeIndex = new Map(before.map((key, index) => [key, index]));
  const order: string[] = [];
  let next = 0;
  const flushRemovedUpTo = (end: number) => {
    for (; next < end; next++) if (!inAfter.has(before[next])) order.push(before[next]);
  };
  for (const key of after) {
    const index = beforeIndex.get(key);
    if (index === undefined) {
      while (next < before.length && !inAfter.has(before[next])) order.push(before[next++]);
    } else {
      flushRemovedUpTo(index);
      next = Math.max(next, index + 1);
    }
    order.push(key);
  }
  flushRemovedUpTo(before.length);
  return order;
}

/** Deep equality of JSON values, key order aside: what sameContent decides, without building two strings per chart. */
function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => equalJson(item, b[index]));
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const rightCount = Object.keys(right).filter((key) => right[key] !== undefined).length;
  return keys.length === rightCount && keys.every((key) => Object.hasOwn(right, key) && equalJson(left[key], right[key]));
}

/** Names of a list whose items are all objects with distinct string names; null when the list cannot be matched by name. */
function uniqueNames(list: readonly unknown[]): string[] | null {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (!isRecord(item) || typeof item.name !== 'string' || seen.has(item.name)) return null;
    seen.add(item.name);
    names.push(item.name);
  }
  return names;
}

/** How a value is compared: a metric (an item of `metric_data`), a whole leaf (a chart's value), or by its JSON shape. */
type TRole = 'metric' | 'leaf' | 'plain';

class ContentDiffer {
  readonly changes: TDiffChange[] = [];
  private section = '';

  diffSection(section: string, before: unknown, after: unknown): void {
    this.section = section;
    this.diffValue(section, before, after, section, 'plain');
  }

  private emit({ path, ...change }: Omit<TDiffChange, 'section'>): void {
    this.changes.push({ path, section: this.section, ...change });
  }

  /** `key` is the object key the value sits under; lists under `metric_data` hold metrics. */
  private diffValue(path: string, before: unknown, after: unknown, key: string, role: TRole): void {
    if (before === after) return;
    if (before === undefined) return this.emit({ path, kind: 'added', after });
    if (after === undefined) return this.emit({ path, kind: 'removed', before });
    const beforeKind = kindOf(before);
    if (beforeKind !== kindOf(after)) return this.emit({ path, kind: 'changed', before, after, typeChanged: true });
    switch (beforeKind) {
      case 'object':
        return this.diffObject(path, before as Record<string, unknown>, after as Record<string, unknown>, role === 'metric');
      case 'array':
        if (role !== 'leaf') return this.diffList(path, before as unknown[], after as unknown[], key);
        if (!equalJson(before, after)) this.emit({ path, kind: 'changed', before, after });
        return;
      case 'number':
        return this.emit({ path, kind: 'changed', before, after, delta: numericDelta(before as number, after as number) });
      default:
        return this.emit({ path, kind: 'changed', before, after });
    }
  }

  private diffObject(path: string, before: Record<string, unknown>, after: Record<string, unknown>, isMetric: boolean): void {
    // A new type changes what the value and the axes mean, so the whole metric is one change.
    if (isMetric && before.type !== after.type) {
      return this.emit({ path, kind: 'changed', before, after, typeChanged: true });
    }
    for (const key of mergedOrder(Object.keys(before), Object.keys(after))) {
      // A chart is read as one picture: a moved point is "the curve changed", not dozens of cell edits.
      const role = isMetric && key === 'value' ? 'leaf' : 'plain';
      this.diffValue(keyPath(path, key), before[key], after[key], key, role);
    }
  }

  /**
   * Items with distinct names are matched by name: a reordering is one `reordered` change for
   * the list (the order is content — it decides how the card reads and its hash), and each
   * item's own edits are reported under its name wherever it moved. A renamed
   * item shows as one removal and one addition: the name is the identity that reports,
   * charts and reviewers refer to, and guessing renames from similar content could pair the
   * wrong items. With a missing or repeated name on either side, items are matched by position.
   */
  private diffList(path: string, before: unknown[], after: unknown[], key: string): void {
    const role = key === METRIC_LIST_KEY ? 'metric' : 'plain';
    const beforeNames = uniqueNames(before);
    const afterNames = uniqueNames(after);
    if (beforeNames && afterNames) {
      const beforeByName = new Map(beforeNames.map((name, index) => [name, before[index]]));
      const afterByName = new Map(afterNames.map((name, index) => [name, after[index]]));
      const keptBefore = beforeNames.filter((name) => afterByName.has(name));
      const keptAfter = afterNames.filter((name) => beforeByName.has(name));
      if (keptBefore.some((name, index) => name !== keptAfter[index])) this.emit({ path, kind: 'reordered', before: keptBefore, after: keptAfter });
      for (const name of mergedOrder(beforeNames, afterNames)) {
        this.diffValue(namePath(path, name), beforeByName.get(name), afterByName.get(name), key, role);
      }
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) this.diffValue(`${path}[${i}]`, before[i], after[i], key, role);
  }
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * What changed from `before` to `after`, for the version history, the review screen and the PDF.
 * Exactly the saves that make a new version (canonical JSON differs) have at least one change.
 */
export function diffContent(before: TModelCardContent, after: TModelCardContent): TContentDiff {
  const beforeRecord = before as Record<string, unknown>;
  const afterRecord = after as Record<string, unknown>;
  // The schema rejects other top-level keys; any that slip through still show, after the known sections.
  const extraKeys = mergedOrder(Object.keys(beforeRecord), Object.keys(afterRecord)).filter((key) => !SECTION_ORDER.includes(key));
  const differ = new ContentDiffer();
  for (const section of [...SECTION_ORDER, ...extraKeys]) differ.diffSection(section, beforeRecord[section], afterRecord[section]);

  const { changes } = differ;
  const sections = [...new Set(changes.map((change) => change.section))];
  const summary = changes.length === 0 ? 'No changes' : `${plural(changes.length, 'field')} changed in ${plural(sections.length, 'section')}`;
  return { changes, sections, summary };
}
