// Stored hashes never change: the digests in test/fixtures/content-hashes.json were computed by the hand-written SHA-256 that node:crypto replaced, and every one must still come out the same.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './canonical-json';
import { makeLargeContent } from './test-support/large-content';

type HashCase = {
  name: string;
  hash: string;
  canonicalLength?: number;
  /** A JSON file in the repository, or a generated large content, or the value itself. */
  fixture?: string;
  largeContent?: { size: number; seed: number };
  value?: unknown;
};

const root = path.resolve(import.meta.dirname, '../..');
const { cases } = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/content-hashes.json'), 'utf8')) as { cases: HashCase[] };

function valueOf(hashCase: HashCase): unknown {
  if (hashCase.fixture) return JSON.parse(fs.readFileSync(path.join(root, hashCase.fixture), 'utf8'));
  if (hashCase.largeContent) return makeLargeContent(hashCase.largeContent.size, hashCase.largeContent.seed);
  return hashCase.value;
}

describe('contentHash over stored fixtures', () => {
  it('has fixtures of every kind (files, generated content, edge values)', () => {
    expect(cases.filter((c) => c.fixture).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.largeContent).length).toBeGreaterThan(0);
    expect(cases.filter((c) => 'value' in c).length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [c.name, c] as const))('gives the stored digest for %s', (_name, hashCase) => {
    const value = valueOf(hashCase);
    if (hashCase.canonicalLength !== undefined) expect(canonicalJson(value)).toHaveLength(hashCase.canonicalLength);
    expect(contentHash(value)).toBe(hashCase.hash);
  });
});
