// The card page and the PDF read a card through the one display rule (lib/model-cards/display.ts): a boolean reads Yes / No in both, a blank text and a list of blanks are left out of both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { CardDocument } from './card-document';
import { renderVersionDocument } from '@/lib/pdf/render-version-document';
import { maximalVersion } from '@/test/fixtures/maximal-version';
import { textOf } from '@/test/html-text';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-display-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const content: TModelCardContent = {
  model_overview: { model_name: 'churn-xgb', model_owner: '   ', model_artifact: ['', '  '] },
  evaluation_details: [
    {
      name: 'october-holdout',
      metric_groups: [{ name: 'checks', metric_data: [{ name: 'calibrated', type: 'boolean', value: true }] }],
    },
  ],
  model_package_details: {
    model_package_group_name: 'churn',
    inference_specification: { containers: [{ image: 'xgboost:1.7-1', is_checkpoint: false }] },
  },
};

async function pdfText(): Promise<string> {
  const file = path.join(dir, 'card.pdf');
  fs.writeFileSync(file, (await renderVersionDocument(maximalVersion({ content }))).bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('the card page and the PDF', () => {
  it('read booleans as Yes / No and leave out blank text and lists of blanks alike', async () => {
    const page = textOf(renderToStaticMarkup(<CardDocument content={content} />));
    const pdf = await pdfText();
    for (const [view, text] of [
      ['card page', page],
      ['PDF', pdf],
    ] as const) {
      const words = text.split(/\s+/);
      expect({ view, has: ['churn-xgb', 'calibrated', 'Yes', 'No'].filter((word) => !words.includes(word)) }).toEqual({ view, has: [] });
      expect({ view, shows: ['true', 'false', 'Owner', 'artifacts'].filter((word) => words.includes(word)) }).toEqual({ view, shows: [] });
    }
  }, 60_000);
});
