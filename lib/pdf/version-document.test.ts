// The PDF an auditor gets, read back with poppler: every value of the largest card is in the text, every page has the footer, a version that is not approved carries the watermark on every page, and the same version renders the same text twice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZModelCardContent } from '@/lib/schemas/model-card-content';
import { renderVersionDocument } from './render-version-document';
import { WATERMARK_TEXT } from './page-chrome';
import { displayValue } from '@/lib/model-cards/display';
import { formatTimestamp } from '@/lib/format';
import { maximalContent, maximalVersion, minimalVersion, NON_LATIN } from '@/test/fixtures/maximal-version';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function renderToFile(name: string, version: ReturnType<typeof maximalVersion>) {
  const pdf = await renderVersionDocument(version);
  const file = path.join(dir, name);
  fs.writeFileSync(file, pdf.bytes);
  return { file, pdf };
}

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const text = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
/**
 * The watermark is drawn at 45°, which poppler splits into odd words (its own letter order, too): the letters of
 * the large upper-case words on the page, sorted, are compared with the watermark's.
 */
function diagonalLetters(file: string, page: number): string {
  const bbox = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([A-Z·]+)<\/word>/gu)]
    .filter(([, yMin, yMax]) => Number(yMax) - Number(yMin) > 20)
    .flatMap((match) => [...match[3].replace(/·/g, '')])
    .sort()
    .join('');
}

const WATERMARK_LETTERS = [...WATERMARK_TEXT.replace(/[^A-Z]/g, '')].sort().join('');

/** pdftotext breaks lines where the PDF wraps and drops a hyphen that ends a line; compare without either. */
const squash = (value: string) => value.replace(/[\s\u00ad-]+/gu, '');

/** Every primitive in the content as the PDF prints it (chart type keywords are shown as words, not as stored). */
function everyValue(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => everyValue(item, key));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([childKey, child]) => [
      ...(key === 'custom_details' || key === 'metadata' ? [childKey] : []),
      ...everyValue(child, childKey),
    ]);
  if (key === 'type') return [];
  return [displayValue(value)];
}

describe('the PDF of the largest card', () => {
  let approved: { file: string; sha256: string };
  let draft: { file: string };

  beforeAll(async () => {
    const a = await renderToFile('approved.pdf', maximalVersion());
    approved = { file: a.file, sha256: a.pdf.sha256 };
    draft = await renderToFile('draft.pdf', maximalVersion({ status: 'PendingReview' }));
  }, 240_000);

  it('is built from content the schema accepts: every field, 10 evaluation jobs, 200 metrics, every chart type', () => {
    const content = ZModelCardContent.parse(maximalContent());
    const metrics = content.evaluation_details!.flatMap((job) => job.metric_groups!.flatMap((group) => group.metric_data));
    expect(content.evaluation_details).toHaveLength(10);
    expect(metrics).toHaveLength(200);
    expect(new Set(metrics.map((metric) => metric.type))).toEqual(new Set(['number', 'string', 'boolean', 'linear_graph', 'bar_chart', 'matrix']));
    expect(maximalVersion().reviews).toHaveLength(5);
  });

  it('holds every value of the card, the cover facts and the whole approval chain', () => {
    const all = squash(text(approved.file));
    const version = maximalVersion();
    const missing = everyValue(version.content).filter((value) => !all.includes(squash(value)));
    expect(missing).toEqual([]);
    const cover = [
      version.card.name,
      'Approved',
      'High',
      version.author.name,
      version.author.email,
      formatTimestamp(version.createdAt),
      version.contentHash,
      'retail-pd-xgb',
    ];
    const chain = version.reviews.flatMap((review) => [
      review.reviewer.name,
      review.comment!,
      review.decision === 'Approved' ? 'Approved' : 'Changes requested',
    ]);
    expect([...cover, ...chain].filter((value) => !all.includes(squash(value)))).toEqual([]);
    for (const title of [
      '1. Model overview',
      '2. Intended uses',
      '3. Business details',
      '4. Training details',
      '5. Evaluation details',
      '6. Additional information',
      '7. Model package details',
      '8. Review and approval chain',
    ]) {
      expect(all).toContain(squash(title));
    }
  });

  it('renders Cyrillic and Greek text in the embedded font', () => {
    const all = squash(text(approved.file));
    expect(all).toContain(squash(NON_LATIN.cyrillic));
    expect(all).toContain(squash(NON_LATIN.greek));
    expect(execFileSync('pdffonts', [approved.file], { encoding: 'utf8' })).toMatch(/NotoSans/);
  });

  it('puts the card, version, short hash and "Page x of y" on every page, and the watermark only on a version that is not approved', () => {
    const count = pages(approved.file);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(40);
    for (let page = 1; page <= count; page++) {
      const onPage = text(approved.file, page);
      expect(onPage).toContain(`Page ${page} of ${count}`);
      expect(onPage).toContain('retail-pd-xgb-card · version 3 · SHA-256 a3f1c9e07b5d');
      expect(diagonalLetters(approved.file, page)).toBe('');
    }
    const draftPages = pages(draft.file);
    for (let page = 1; page <= draftPages; page++) expect(diagonalLetters(draft.file, page)).toBe(WATERMARK_LETTERS);
  });

  it('renders the same version to the same text (and the same bytes) twice: no clock in the file', async () => {
    const again = await renderToFile('again.pdf', maximalVersion());
    expect(text(again.file)).toBe(text(approved.file));
    expect(again.pdf.sha256).toBe(approved.sha256);
  }, 120_000);
});

describe('the PDF of an archived card', () => {
  it('keeps the approval the version had when it was archived: no watermark, and the cover says so', async () => {
    const content = { model_overview: { model_description: 'Predicts churn.' } };
    const archived = await renderToFile('archived.pdf', maximalVersion({ status: 'Archived', content }));
    expect(diagonalLetters(archived.file, 1)).toBe('');
    expect(text(archived.file)).toContain('Archived (approved before archiving)');
    const neverApproved = maximalVersion({ status: 'Archived', content });
    neverApproved.statusChanges = neverApproved.statusChanges
      .filter((change) => change.toStatus !== 'Approved')
      .map((change) => (change.toStatus === 'Archived' ? { ...change, fromStatus: 'Draft' } : change));
    const retiredDraft = await renderToFile('archived-draft.pdf', neverApproved);
    expect(diagonalLetters(retiredDraft.file, 1)).toBe(WATERMARK_LETTERS);
  }, 120_000);
});

describe('the PDF of the smallest card', () => {
  it('is one page that says which sections the version leaves empty', async () => {
    const { file } = await renderToFile('minimal.pdf', minimalVersion());
    expect(pages(file)).toBe(1);
    const all = text(file);
    expect(all).toContain('Predicts churn.');
    expect(all.match(/Not provided in this version\./g)).toHaveLength(6);
    expect(diagonalLetters(file, 1)).toBe(WATERMARK_LETTERS);
    expect(all).toContain('Page 1 of 1');
  }, 60_000);
});
