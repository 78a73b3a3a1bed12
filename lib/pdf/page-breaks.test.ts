// Where pages break: a heading or a table's header row never ends a page without the content it introduces (read back per page with poppler).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { renderVersionDocument } from './render-version-document';
import { maximalVersion } from '@/test/fixtures/maximal-version';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-pdf-breaks-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The last line of each page above its footer, as pdftotext lays it out. */
async function pageEndings(content: TModelCardContent): Promise<string[]> {
  const file = path.join(dir, 'card.pdf');
  fs.writeFileSync(file, (await renderVersionDocument(maximalVersion({ content }))).bytes);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, index) => {
    const text = execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const lines = text.split('\n').filter((line) => line.trim() !== '' && !/Page \d+ of \d+/.test(line));
    return lines.at(-1)!.trim().replace(/\s+/g, ' ');
  });
}

/**
 * A description of `lines` lines pushes a 30-row hyper-parameter table down the page. On the layout before this test
 * existed, 22 lines left "4. Training details" alone at the foot of page 1, and 41 to 43 the table's header row
 * ("Hyper-parameter Value") alone at the foot of page 2.
 */
function cardWithTableAfter(lines: number): TModelCardContent {
  return {
    model_overview: { model_description: Array.from({ length: lines }, (_, index) => `Line ${index + 1} of the description.`).join('\n') },
    training_details: {
      training_job_details: { hyper_parameters: Array.from({ length: 30 }, (_, index) => ({ name: `hp_${index + 1}`, value: String(index) })) },
    },
  };
}

const HEADINGS = /^(\d\. .+|Training job|Hyper-parameters|Hyper-parameter Value)$/;

describe('page breaks', () => {
  it('never end a page with a heading or a table header row on its own', async () => {
    for (const lines of [22, 24, 41, 42, 43]) {
      const endings = await pageEndings(cardWithTableAfter(lines));
      expect({ lines, alone: endings.filter((ending) => HEADINGS.test(ending)) }).toEqual({ lines, alone: [] });
    }
  }, 60_000);
});
