// Canonical JSON decides when content is unchanged and what its hash is, so its form is pinned here byte for byte.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sameContent } from './canonical-json';

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reverseKeys(member)]),
  );
}

const card = {
  model_overview: { model_name: 'churn', model_version: 3, model_artifact: ['s3://b', 's3://a'] },
  intended_uses: { risk_rating: 'High' },
  additional_information: { custom_details: { 'Line of business': 'Retail', ticket: 'GOV-42' } },
};

describe('canonicalJson', () => {
  it('sorts keys, keeps array order and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, 2], c: { z: true, y: null } })).toBe('{"a":[3,1,2],"b":1,"c":{"y":null,"z":true}}');
  });

  it('sorts keys at every depth, inside arrays too', () => {
    expect(canonicalJson([{ d: { y: 1, x: 2 }, c: [{ b: 0, a: 0 }] }])).toBe('[{"c":[{"a":0,"b":0}],"d":{"x":2,"y":1}}]');
  });

  it('does not depend on key order', () => {
    expect(canonicalJson(reverseKeys(card))).toBe(canonicalJson(card));
    expect(canonicalJson(card)).toBe(
      '{"additional_information":{"custom_details":{"Line of business":"Retail","ticket":"GOV-42"}},' +
        '"intended_uses":{"risk_rating":"High"},' +
        '"model_overview":{"model_artifact":["s3://b","s3://a"],"model_name":"churn","model_version":3}}',
    );
  });

  it('writes numbers as JSON.stringify does', () => {
    expect(canonicalJson([0, -0, 1.5, 0.1, 1e21, 1.5e-7, -42, 123456789012345680000])).toBe(
      JSON.stringify([0, -0, 1.5, 0.1, 1e21, 1.5e-7, -42, 123456789012345680000]),
    );
  });

  it('keeps non-ASCII text as written and escapes what JSON must', () => {
    expect(canonicalJson({ name: 'naïve 日本 🚀', quote: 'a"b\\c\n\u0001' })).toBe('{"name":"naïve 日本 🚀","quote":"a\\"b\\\\c\\n\\u0001"}');
  });

  it('orders keys by code point, not by UTF-16 code unit', () => {
    // U+FB01 sorts before U+1F680 by code point, but after its surrogate pair (D83D) by code unit.
    expect(canonicalJson({ '🚀': 1, ﬁ: 2, z: 3, é: 4 })).toBe('{"z":3,"é":4,"ﬁ":2,"🚀":1}');
  });

  it('drops undefined object members as JSON.stringify does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it.each([
    ['NaN', { a: { b: [1, Number.NaN] } }, /a\.b\[1\] is NaN/],
    ['Infinity', { a: Infinity }, /a is Infinity/],
    ['-Infinity', [-Infinity], /\[0\] is -Infinity/],
    ['a function', { run: () => 1 }, /run is a function/],
    ['a symbol', { s: Symbol('x') }, /s is a symbol/],
    ['a bigint', { n: 1n }, /n is a bigint/],
    ['undefined at the top', undefined, /the value is undefined/],
    ['undefined in an array', [1, undefined], /\[1\] is undefined/],
    ['a Date', { at: new Date(0) }, /at is a Date object/],
    ['a Map', { m: new Map() }, /m is a Map object/],
    ['a key with spaces', { 'my key': Number.NaN }, /\["my key"\] is NaN/],
  ])('refuses %s and names where it is', (_, value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });

  it('refuses a circular reference', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = { back: loop };
    expect(() => canonicalJson(loop)).toThrow(/self\.back is a circular reference/);
  });

  it('reads back as the same value, and is a fixed point', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the canonical JSON as UTF-8', () => {
    expect(contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(contentHash({ b: [1, { d: null, c: true }], a: 'é' })).toBe('419018b114d9c9219b9a1c2662a692fae509085787bd07f914579861ae91747f');
  });

  it('does not depend on key order and changes with any value', () => {
    expect(contentHash(reverseKeys(card))).toBe(contentHash(card));
    expect(contentHash({ ...card, intended_uses: { risk_rating: 'Low' } })).not.toBe(contentHash(card));
  });

  it('equals node:crypto over the canonical text for random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(contentHash(value)).toBe(createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sameContent', () => {
  it('ignores key order and undefined members', () => {
    expect(sameContent(card, reverseKeys(card))).toBe(true);
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('sees a reordered array and a changed value', () => {
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameContent({ a: 1 }, { a: '1' })).toBe(false);
  });
});
