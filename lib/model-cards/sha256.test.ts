// The pure SHA-256 must equal node:crypto's on every input, since browser-computed and server-computed content hashes are compared.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from './sha256';

const nodeSha256 = (input: string | Uint8Array) => createHash('sha256').update(input).digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('matches the FIPS 180-4 vector for a %#th input', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it('matches node:crypto at every length around the 64-byte block and 56-byte padding boundaries', () => {
    for (let length = 0; length <= 260; length++) {
      const input = 'é'.repeat(length >> 1) + 'z'.repeat(length & 1);
      expect(sha256Hex(input), `length ${length}`).toBe(nodeSha256(input));
    }
  });

  it('matches node:crypto on random strings of any code point, emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => sha256Hex(input) === nodeSha256(input)),
      { numRuns: 2000 },
    );
  });

  it('matches node:crypto on random grapheme strings (emoji sequences, combining marks)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (input) => sha256Hex(input) === nodeSha256(input)),
      { numRuns: 1000 },
    );
  });

  it('matches node:crypto on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => sha256Hex(bytes) === nodeSha256(bytes)),
      { numRuns: 1000 },
    );
  });

  it('matches node:crypto on long mixed text', () => {
    const input = 'Model 🚀 naïve 日本語 \u0000 "quoted"\n'.repeat(40_000);
    expect(sha256Hex(input)).toBe(nodeSha256(input));
  });

  it('hashes a lone surrogate as U+FFFD, as Node does', () => {
    expect(sha256Hex('a\uD800b')).toBe(nodeSha256('a\uD800b'));
    expect(sha256Hex('a\uD800b')).toBe(sha256Hex('a\uFFFDb'));
  });

  it('returns the 32-byte digest', () => {
    const digest = sha256(new TextEncoder().encode('abc'));
    expect(digest).toHaveLength(32);
    expect(Buffer.from(digest).toString('hex')).toBe(nodeSha256('abc'));
  });
});
