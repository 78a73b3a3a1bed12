// The PDF cache keeps the most recently used PDFs within its size, and its key changes with anything a PDF prints besides the content (a review, a status change, a later version) and with the renderer.
import { describe, expect, it } from 'vitest';
import { createPdfCache, pdfCacheBytes, pdfCacheKey } from './pdf-cache';
import { maximalVersion } from '@/test/fixtures/maximal-version';
import type { VersionDto, VersionHeadDto } from '@/lib/server/model-cards/card-dto';

const pdf = (size: number, mark = 0) => ({ bytes: new Uint8Array(size).fill(mark), sha256: String(mark) });

describe('the PDF cache', () => {
  it('drops the least recently used PDFs once it holds more bytes than allowed, and never stores one larger than the whole', () => {
    const cache = createPdfCache(1000);
    cache.set('a', pdf(400, 1));
    cache.set('b', pdf(400, 2));
    expect(cache.get('a')?.sha256).toBe('1');
    cache.set('c', pdf(400, 3));
    expect([cache.get('a')?.sha256, cache.get('b'), cache.get('c')?.sha256]).toEqual(['1', undefined, '3']);
    expect(cache.bytes()).toBe(800);
    cache.set('huge', pdf(1001));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('a', pdf(100, 4));
    expect([cache.get('a')?.sha256, cache.bytes()]).toEqual(['4', 500]);
  });

  it('keys a version by its content hash, its review chain and the renderer version', () => {
    const pending = maximalVersion({ status: 'PendingReview' });
    const approved = maximalVersion({ status: 'Approved' });
    const key = pdfCacheKey(pending, 'renderer-1');
    expect(key.startsWith(`${pending.contentHash}:`)).toBe(true);
    expect(pdfCacheKey(maximalVersion({ status: 'PendingReview' }), 'renderer-1')).toBe(key);
    expect(pdfCacheKey(approved, 'renderer-1')).not.toBe(key);
    expect(pdfCacheKey(pending, 'renderer-2')).not.toBe(key);
    expect(pdfCacheKey({ ...pending, isLatest: false, card: { ...pending.card, latestVersion: 4 } }, 'renderer-1')).not.toBe(key);
  });

  it('keys a version read without its content (to look for its PDF first) as the whole version', () => {
    const { statusChanges, reviews, ...rest } = maximalVersion({ status: 'PendingReview' });
    const head: Partial<VersionDto> = { statusChanges, reviews, ...rest };
    delete head.content;
    delete head.contentText;
    expect(pdfCacheKey(head as VersionHeadDto, 'renderer-1')).toBe(pdfCacheKey(maximalVersion({ status: 'PendingReview' }), 'renderer-1'));
  });

  it('holds 64 MB unless CARDINAL_PDF_CACHE_MB says otherwise; 0 keeps nothing', () => {
    expect(pdfCacheBytes({})).toBe(64 * 1024 * 1024);
    expect(pdfCacheBytes({ CARDINAL_PDF_CACHE_MB: '8' })).toBe(8 * 1024 * 1024);
    expect(pdfCacheBytes({ CARDINAL_PDF_CACHE_MB: 'lots' })).toBe(64 * 1024 * 1024);
    const off = createPdfCache(pdfCacheBytes({ CARDINAL_PDF_CACHE_MB: '0' }));
    off.set('a', pdf(1));
    expect(off.get('a')).toBeUndefined();
  });
});
