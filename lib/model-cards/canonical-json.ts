// Content identity is its canonical JSON (object keys sorted by code point, no whitespace) and the SHA-256 of that text; every stored hash depends on this exact form.
/*
 * The canonical-JSON rules (changing any of them changes every stored hash):
 * - objects: keys sorted by Unicode code point (not UTF-16 code unit), members whose value is undefined left out;
 * - arrays: order kept; a hole or an undefined item is refused;
 * - strings, numbers, booleans, null: as JSON.stringify writes them (so -0 is 0, 1e21 stays 1e21);
 * - no whitespace anywhere;
 * - refused, never coerced: NaN and ±Infinity, undefined at the top or in an array, functions, symbols, bigints,
 *   circular references, and objects that are not plain (Date, Map, class instances);
 * - the hash is the lower-case hex SHA-256 of that text as UTF-8 (a lone surrogate encodes as U+FFFD).
 * Hashing is server-side (services, scripts, tests); the browser never computes a content hash.
 * test/fixtures/content-hashes.json pins the digests of stored fixtures (content-hash-fixtures.test.ts).
 */
import { createHash } from 'node:crypto';
import { formatPath } from '../schemas/validation-error';

/**
 * Orders strings by Unicode code point (the order of their UTF-8 bytes). Plain `<` compares
 * UTF-16 code units, which puts U+E000–U+FFFF after astral characters; the stored hashes
 * must not depend on that JavaScript detail.
 */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

function notJson(path: readonly (string | number)[], what: string): Error {
  const where = path.length === 0 ? 'the value' : formatPath(path);
  return new TypeError(`Cannot write canonical JSON: ${where} is ${what}, which JSON cannot represent`);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Only keys with a code unit from U+D800 up can sort differently by code point than by the engine's native code-unit sort. */
const OUTSIDE_NATIVE_ORDER = /[\uD800-\uFFFF]/;

function sortedKeys(object: Record<string, unknown>): string[] {
  const keys = Object.keys(object);
  if (keys.length < 2) return keys;
  keys.sort();
  return keys.some((key) => OUTSIDE_NATIVE_ORDER.test(key)) ? keys.sort(compareCodePoints) : keys;
}

/**
 * Refuses what JSON.stringify would silently turn into something else (a function or Map
 * vanishing, NaN becoming null, a Date becoming a string), because two different values
 * must never share a hash. `undefined` object members are dropped as JSON.stringify does,
 * since that is how optional fields look in TypeScript objects.
 */
function write(value: unknown, path: (string | number)[], ancestors: object[]): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw notJson(path, String(value));
      return JSON.stringify(value);
    case 'undefined':
      throw notJson(path, 'undefined');
    case 'function':
      throw notJson(path, 'a function');
    case 'symbol':
      throw notJson(path, 'a symbol');
    case 'bigint':
      throw notJson(path, 'a bigint');
  }
  if (value === null) return 'null';
  const object = value as object;
  // Content nests a few levels deep, so a list of the open objects is cheaper than a Set.
  if (ancestors.includes(object)) throw notJson(path, 'a circular reference');
  ancestors.push(object);
  let out: string;
  if (Array.isArray(object)) {
    out = '[';
    for (let i = 0; i < object.length; i++) {
      path.push(i);
      // A hole or undefined item would become null in JSON.stringify; refusing it keeps the hash of a value equal to the hash of its stored form.
      out += (i > 0 ? ',' : '') + write(object[i], path, ancestors);
      path.pop();
    }
    out += ']';
  } else if (isPlainObject(object)) {
    out = '{';
    for (const key of sortedKeys(object)) {
      const member = object[key];
      if (member === undefined) continue;
      path.push(key);
      out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + write(member, path, ancestors);
      path.pop();
    }
    out += '}';
  } else {
    throw notJson(path, `a ${object.constructor?.name ?? 'non-plain'} object`);
  }
  ancestors.pop();
  return out;
}

export function canonicalJson(value: unknown): string {
  return write(value, [], []);
}

/** Lower-case hex SHA-256 of the canonical JSON as UTF-8: the hash that versions, approvals, PDFs and audit entries name. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** Equal canonical JSON is the definition of "no content change" (a save that changes nothing creates no version). */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
