import { renderToStaticMarkup } from 'react-dom/server';
import { textOf } from '@/test/html-text';
import { describe, expect, it } from 'vitest';
import { diffContent } from '@/lib/model-cards/diff-content';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { MAXIMAL_CARD } from '@/test/fixtures/maximal-card';
import { ContentDiff } from './content-diff';
import { formatDelta, summarizeValue } from './describe-value';

function renderDiff(before: TModelCardContent, after: TModelCardContent): string {
  return renderToStaticMarkup(<ContentDiff diff={diffContent(before, after)} />);
}

function edited(edit: (card: TModelCardContent) => void): TModelCardContent {
  const card = structuredClone(MAXIMAL_CARD);
  edit(card);
  return card;
}

const flatText = (html: string) => textOf(html).replace(/\s+/g, ' ');

describe('ContentDiff', () => {
  it('says there are no changes', () => {
    expect(flatText(renderDiff(MAXIMAL_CARD, structuredClone(MAXIMAL_CARD)))).toContain('No changes');
  });

  it('shows a reordered list with its names before and after, so a reorder-only version never reads as unchanged', () => {
    const after = edited((card) => card.training_details!.training_job_details!.hyper_parameters!.reverse());
    const names = MAXIMAL_CARD.training_details!.training_job_details!.hyper_parameters!.map((item) => item.name);
    const text = flatText(renderDiff(MAXIMAL_CARD, after));
    expect(text).not.toContain('No changes');
    expect(text).toContain('Reordered');
    expect(text).toContain(`Before ${names.join(', ')}`);
    expect(text).toContain(`After ${[...names].reverse().join(', ')}`);
  });

  it('leads with the summary and groups changes under section titles', () => {
    const after = edited((card) => {
      card.model_overview!.model_version = 4;
      card.intended_uses!.risk_rating = 'Low';
      card.model_overview!.model_name = 'churn-xgb-v4';
    });
    const text = flatText(renderDiff(MAXIMAL_CARD, after));
    expect(text).toMatch(/^ ?3 fields changed in 2 sections 3 changed/);
    expect(text.indexOf('Model overview')).toBeLessThan(text.indexOf('Model version'));
    expect(text.indexOf('Intended uses')).toBeLessThan(text.indexOf('Risk rating'));
    expect(text).toContain('Changed Risk rating from High → to Low');
  });

  it('shows a numeric change with its signed delta and a readable path', () => {
    const after = edited((card) => {
      (card.evaluation_details![0].metric_groups![0].metric_data[0] as { value: number }).value = 0.84;
      card.training_details!.training_job_details!.training_metrics![1].value = 0.8;
    });
    const text = flatText(renderDiff(MAXIMAL_CARD, after));
    expect(text).toContain('“october-holdout” › Metric groups › “binary_classification_metrics” › Metrics › “accuracy” › Value');
    expect(text).toContain('0.8123 → to 0.84 (+0.0277)');
    expect(text).toContain('Training job › Training metrics › “validation:auc” › Value');
    expect(text).toContain('0.8467 → to 0.8 (−0.0467)');
  });

  it('marks added and removed items with words, not colour alone, and shows them by their key values', () => {
    const after = edited((card) => {
      const job = card.training_details!.training_job_details!;
      job.hyper_parameters = [
        { name: 'max_depth', value: '6' },
        { name: 'gamma', value: '0.5' },
      ];
      card.evaluation_details![0].metric_groups![0].metric_data.push({ name: 'recall', type: 'number', value: 0.7 });
    });
    const html = renderDiff(MAXIMAL_CARD, after);
    const text = flatText(html);
    expect(text).toContain('Removed Training job › Hyper-parameters › “eta” eta = 0.1');
    expect(text).toContain('Added Training job › Hyper-parameters › “gamma” gamma = 0.5');
    expect(text).toContain('Added “october-holdout” › Metric groups › “binary_classification_metrics” › Metrics › “recall” recall (number): 0.7');
    expect(html).not.toContain('{&quot;');
  });

  it('notes a metric whose type changed', () => {
    const after = edited((card) => {
      card.evaluation_details![0].metric_groups![0].metric_data[4] = {
        name: 'lift by decile',
        type: 'linear_graph',
        value: [
          [1, 3.1],
          [2, 2.2],
        ],
      };
    });
    const text = flatText(renderDiff(MAXIMAL_CARD, after));
    expect(text).toContain('Type changed from bar chart metric to line graph metric');
    expect(text).toContain('Before lift by decile (bar chart): 3 values: 3.1, 2.2, 1.4');
    expect(text).toContain('After lift by decile (line graph): (1, 3.1), (2, 2.2)');
  });

  it('shows a whole removed section field by field, and free-form keys as written', () => {
    const after = edited((card) => {
      delete card.business_details;
      card.additional_information!.custom_details = { 'model risk tier': 'Tier 1', ticket: 'GOV-1432' };
    });
    const text = flatText(renderDiff(MAXIMAL_CARD, after));
    expect(text).toContain('Removed Whole section Business problem Churn costs 4% of revenue a year.');
    expect(text).toContain('Custom details › “model risk tier” from Tier 2 → to Tier 1');
  });

  it('shows card text containing markup as text', () => {
    const html = renderDiff({}, { model_overview: { model_description: '<script>alert(1)</script>' } });
    expect(html).not.toContain('<script>');
    expect(flatText(html)).toContain('<script>alert(1)</script>');
  });
});

describe('summarizeValue and formatDelta', () => {
  it('summarises charts, matrices and groups in a line', () => {
    expect(
      summarizeValue([
        [1, 2, 3],
        [0, 1, 2],
      ]),
    ).toBe('2 × 3 matrix: [1, 2, 3] [0, 1, 2]');
    expect(
      summarizeValue([
        [0, 0],
        [0.1, 0.55],
      ]),
    ).toBe('(0, 0), (0.1, 0.55)');
    expect(summarizeValue(Array.from({ length: 20 }, (_, i) => [i, i * 2]))).toBe('20 points from (0, 0) to (19, 38)');
    expect(summarizeValue({ name: 'quality', metric_data: [{}, {}] })).toBe('quality (2 metrics)');
    expect(summarizeValue({ 'owner team': 'a' }, 'custom_details')).toBe('owner team: a');
  });

  it('always signs a delta', () => {
    expect(formatDelta(0.03)).toBe('+0.03');
    expect(formatDelta(-2)).toBe('−2');
    expect(formatDelta(0)).toBe('±0');
  });
});
