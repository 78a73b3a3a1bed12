import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { textOf } from '@/test/html-text';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/reports/parse-report';
import type { TMetricGroup } from '@/lib/schemas/model-card-content';
import { MetricGroupView } from './metric-group-view';

const report = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../lib/reports/test-fixtures', name), 'utf8');

describe('MetricGroupView', () => {
  it('puts scalar metrics in one table and draws each chart metric as a labelled figure', () => {
    const groups = parseReport(report('model-monitor-multiclass.json')).metric_groups;
    const group = groups[0];
    const html = renderToStaticMarkup(<MetricGroupView group={group} />);
    const scalars = group.metric_data.filter((metric) => metric.type === 'number');
    const charts = group.metric_data.filter((metric) => metric.type !== 'number');
    expect(charts.length).toBeGreaterThan(0);
    expect(html.match(/<table/g)?.length).toBe(1 + charts.length);
    expect(html.match(/<svg role="img" aria-label="/g)?.length).toBe(charts.length);
    expect(html.match(/<figure/g)?.length).toBe(charts.length);
    for (const metric of group.metric_data) expect(textOf(html)).toContain(metric.name);
    for (const metric of scalars) expect(html).toMatch(new RegExp(`>${metric.name}</th><td[^>]*>[^<]+</td>`));
  });

  it('draws bar and line charts from a Clarify explainability report with their values readable as a table', () => {
    const groups = parseReport(report('clarify-explainability.json')).metric_groups;
    const pdp = groups.find((group) => group.metric_data.some((metric) => metric.type === 'bar_chart'));
    expect(pdp).toBeDefined();
    const html = renderToStaticMarkup(<MetricGroupView group={pdp!} />);
    const bar = pdp!.metric_data.find((metric) => metric.type === 'bar_chart')!;
    expect(bar.type === 'bar_chart' && bar.x_axis_name).toBeTruthy();
    if (bar.type === 'bar_chart') for (const category of bar.x_axis_name ?? []) expect(html).toContain(`>${category}</th>`);
    expect(html).toContain('aria-label="Bar chart');
    expect(html).toContain('Show values');
  });

  it('prints each matrix cell and keeps cut category labels whole in a tooltip', () => {
    const long = 'customer_tenure_in_months_since_signup';
    const group: TMetricGroup = {
      name: 'quality',
      metric_data: [
        {
          name: 'confusion',
          type: 'matrix',
          value: [
            [12, 3],
            [4, 81],
          ],
          x_axis_name: ['no', 'yes'],
          y_axis_name: ['no', 'yes'],
        },
        {
          name: 'importance',
          type: 'bar_chart',
          value: Array.from({ length: 14 }, (_, i) => i / 10),
          x_axis_name: Array.from({ length: 14 }, (_, i) => `${long}_${i}`),
        },
      ],
    };
    const html = renderToStaticMarkup(<MetricGroupView group={group} />);
    for (const value of ['12', '3', '4', '81']) expect(html).toMatch(new RegExp(`tabular-nums"[^>]*>${value}</text>`));
    expect(html).toContain(`<title>${long}_0</title>`);
    expect(html).toMatch(/…<\/text>/);
  });

  it('shows text from the card as text, never as markup', () => {
    const group: TMetricGroup = {
      name: '<script>alert(1)</script>',
      metric_data: [{ name: '<img src=x onerror=alert(1)>', type: 'string', value: '<b>bold</b>', notes: 'line one\nline two' }],
    };
    const html = renderToStaticMarkup(<MetricGroupView group={group} />);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(textOf(html)).toContain('<script>alert(1)</script>');
    expect(textOf(html)).toContain('<b>bold</b>');
  });

  it('says when a group has no metrics, and renders booleans as words', () => {
    expect(textOf(renderToStaticMarkup(<MetricGroupView group={{ name: 'empty', metric_data: [] }} />))).toContain('This group has no metrics.');
    const html = renderToStaticMarkup(<MetricGroupView group={{ name: 'g', metric_data: [{ name: 'calibrated', type: 'boolean', value: true }] }} />);
    expect(html).toMatch(/>calibrated<\/th><td[^>]*>Yes<\/td>/);
  });
});
