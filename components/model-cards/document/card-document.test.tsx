import { renderToStaticMarkup } from 'react-dom/server';
import { textOf } from '@/test/html-text';
import { describe, expect, it } from 'vitest';
import { ZModelCardContent, type TModelCardContent } from '@/lib/schemas/model-card-content';
import { CardDocument } from './card-document';
import { MAXIMAL_CARD } from '@/test/fixtures/maximal-card';

const render = (content: TModelCardContent) => renderToStaticMarkup(<CardDocument content={content} />);

/** Every text leaf of the content, and every number as the document formats it or as written. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => leaves(item, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => leaves(item, out));
  else out.push(value);
  return out;
}

describe('CardDocument', () => {
  it('the fixture is a valid card', () => {
    expect(ZModelCardContent.safeParse(MAXIMAL_CARD).success).toBe(true);
  });

  it('shows every text value of a maximal card and every section in order, each linkable', () => {
    const html = render(MAXIMAL_CARD);
    const text = textOf(html);
    const enumValues = new Set(['Completed', 'PendingManualApproval', 'number', 'string', 'boolean', 'linear_graph', 'bar_chart', 'matrix']);
    for (const leaf of leaves(MAXIMAL_CARD)) {
      if (typeof leaf !== 'string' || enumValues.has(leaf)) continue;
      // Multi-line text keeps its line breaks inside one element; check each line.
      for (const line of leaf.split('\n')) expect(text, line).toContain(line);
    }
    expect(text).toContain('Pending manual approval');
    expect(text).toContain('Minimize Loss');
    const ids = [...html.matchAll(/<section id="(section-[a-z_]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(Object.keys(ZModelCardContent.shape).map((key) => `section-${key}`));
    expect(html.match(/<h2 /g)).toHaveLength(7);
  });

  it('shows numbers: training metrics, versions, and metric values', () => {
    const text = textOf(render(MAXIMAL_CARD));
    for (const value of ['0.3112', '0.8467', '3.1', '0.8123', '812', '246']) expect(text).toContain(value);
  });

  it('leaves out empty fields and empty sections', () => {
    const html = render({
      model_overview: { model_name: 'churn', model_owner: '   ', model_artifact: [] },
      business_details: { business_problem: '' },
      training_details: { training_job_details: { training_metrics: [] } },
    });
    expect(textOf(html)).toContain('churn');
    expect(html).not.toContain('Owner');
    expect(html).not.toContain('Model artifacts');
    expect(html).not.toContain('section-business_details');
    expect(html).not.toContain('section-training_details');
    expect(html.match(/<section /g)).toHaveLength(1);
  });

  it('shows a friendly empty state for a card without content', () => {
    for (const content of [{}, { model_overview: {}, evaluation_details: [] }] as TModelCardContent[]) {
      const html = render(content);
      expect(html).not.toContain('<section');
      expect(textOf(html)).toContain('This card has no content yet');
    }
  });

  it('shows card text containing markup as text, with its line breaks', () => {
    const html = render({
      model_overview: { model_description: '<script>alert(1)</script>\n<b>second line</b>' },
      additional_information: { custom_details: { '<img src=x>': '<a href="javascript:x">y</a>' } },
    });
    expect(html).not.toMatch(/<script|<img|<b>|<a /);
    expect(textOf(html)).toContain('<script>alert(1)</script>');
    expect(textOf(html)).toContain('<img src=x>');
    expect(html).toMatch(/whitespace-pre-wrap[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt;\n&lt;b&gt;/);
  });

  it('leads the intended uses with the risk rating', () => {
    const html = render({ intended_uses: { intended_uses: 'Batch scoring', risk_rating: 'Medium', explanations_for_risk_rating: 'Internal only' } });
    const text = textOf(html).replace(/\s+/g, ' ');
    expect(text.indexOf('Risk rating')).toBeLessThan(text.indexOf('Batch scoring'));
    expect(text).toMatch(/Risk rating Medium/);
    expect(text).toContain('Internal only');
  });
});
