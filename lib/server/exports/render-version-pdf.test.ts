// A version's PDF is rendered once and then served from the cache, byte for byte, until something it prints changes: a review gives a new key and a fresh render.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser } from '@/test/factories';
import type { Team } from '@/test/factories';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { getRenderPool, stopRenderPool } from '@/lib/pdf/render-pool';
import { renderVersionPdf } from './render-version-pdf';

// One renderer is enough for renders one after another, and starts in half the CPU time of the default two.
process.env.CARDINAL_PDF_WORKERS = '1';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});
afterAll(() => stopRenderPool());

describe('rendering a version through the cache', () => {
  it('serves a repeat from the cache with identical bytes, and renders again after a review', async () => {
    const { card } = await createTestCard({ author: team.author });
    const first = await renderVersionPdf({ actor: team.auditor, cardName: card.name, version: 1 });
    const repeat = await renderVersionPdf({ actor: team.reviewer, cardId: card.id, version: 1 });
    expect([first.cached, repeat.cached]).toEqual([false, true]);
    expect(Buffer.from(repeat.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(repeat).toMatchObject({ sha256: first.sha256, fileName: `${card.name}-v1.pdf`, contentHash: first.contentHash });

    await submitForReview({ actor: team.author, cardId: card.id });
    await approve({ actor: team.reviewer, cardId: card.id, version: 1, comment: 'Validated' });
    const reviewed = await renderVersionPdf({ actor: team.auditor, cardName: card.name, version: 1 });
    expect(reviewed.cached).toBe(false);
    expect(reviewed.sha256).not.toBe(first.sha256);
    expect(reviewed.contentHash).toBe(first.contentHash);
    expect((await renderVersionPdf({ actor: team.auditor, cardName: card.name, version: 1 })).cached).toBe(true);
  });

  it('refuses a cached PDF to whoever may not read the card, as it refuses to render one', async () => {
    const { card } = await createTestCard({ author: team.author });
    const noRole = await createTestUser([]);
    const refusals = async () =>
      Promise.all(
        [null, noRole].map((actor) =>
          renderVersionPdf({ actor, cardName: card.name, version: 1 }).then(
            () => 'served',
            (error: { code?: string }) => error.code,
          ),
        ),
      );
    const uncached = await refusals();
    expect(uncached).toEqual(['UNAUTHENTICATED', 'FORBIDDEN']);
    expect((await renderVersionPdf({ actor: team.auditor, cardName: card.name, version: 1 })).cached).toBe(false);
    expect(await refusals()).toEqual(uncached);
    await expect(renderVersionPdf({ actor: team.auditor, cardName: card.name, version: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('renders a version asked for twice at once a single time, and gives both the same PDF', async () => {
    const { card } = await createTestCard({ author: team.author });
    const render = vi.spyOn(getRenderPool(), 'render');
    try {
      const [viewed, exported] = await Promise.all([
        renderVersionPdf({ actor: team.auditor, cardName: card.name, version: 1 }),
        renderVersionPdf({ actor: team.author, cardId: card.id, version: 1, signal: new AbortController().signal }),
      ]);
      expect(render).toHaveBeenCalledTimes(1);
      expect([viewed.cached, exported.cached]).toEqual([false, false]);
      expect(exported.sha256).toBe(viewed.sha256);
    } finally {
      render.mockRestore();
    }
  });
});
