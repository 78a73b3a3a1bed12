// The version-history and review diff: one entry per changed field, named-list items matched by name, charts and type changes as single changes.
import { describe, expect, it } from 'vitest';
import { ZModelCardContent, type TMetricData, type TModelCardContent } from '../schemas/model-card-content';
import { formatPath } from '../schemas/validation-error';
import { diffContent, type TDiffChange } from './diff-content';
import { makeLargeContent } from './test-support/large-content';

const JOB = 'evaluation_details["Holdout eval"]';
const GROUP = `${JOB}.metric_groups["Binary Classification Metrics"]`;
const TJ = 'training_details.training_job_details';

function baseContent(): TModelCardContent {
  return ZModelCardContent.parse({
    model_overview: {
      model_description: 'Predicts churn.',
      model_owner: 'risk-team',
      model_version: 3,
      model_artifact: ['s3://models/a.tar.gz', 's3://models/b.tar.gz'],
      inference_environment: { container_image: ['xgb:1.7-1'] },
    },
    intended_uses: { purpose_of_model: 'Retention offers.', risk_rating: 'Medium' },
    training_details: {
      objective_function: { function: { function: 'Minimize', facet: 'Loss' } },
      training_job_details: {
        training_metrics: [
          { name: 'train:logloss', value: 0.31 },
          { name: 'train:auc', value: 0.9 },
        ],
        hyper_parameters: [
          { name: 'max_depth', value: '6' },
          { name: 'eta', value: '0.3' },
        ],
        user_provided_hyper_parameters: [{ name: 'early_stopping', value: 'true' }],
      },
    },
    evaluation_details: [
      {
        name: 'Holdout eval',
        datasets: ['s3://data/holdout.csv'],
        metadata: { 'owner team': 'risk', region: 'us-east-1' },
        metric_groups: [
          {
            name: 'Binary Classification Metrics',
            metric_data: [
              { name: 'auc', type: 'number', value: 0.87 },
              { name: 'accuracy', type: 'number', value: 0.91, notes: 'at 0.5' },
              {
                name: 'roc',
                type: 'linear_graph',
                value: [
                  [0, 0],
                  [0.1, 0.6],
                  [1, 1],
                ],
                x_axis_name: 'fpr',
                y_axis_name: 'tpr',
              },
              { name: 'histogram', type: 'bar_chart', value: [10, 30, 5], x_axis_name: ['low', 'mid', 'high'], y_axis_name: 'count' },
              {
                name: 'confusion',
                type: 'matrix',
                value: [
                  [50, 3],
                  [4, 43],
                ],
                x_axis_name: ['0', '1'],
                y_axis_name: ['0', '1'],
              },
            ],
          },
          { name: 'Bias', metric_data: [{ name: 'DPL', type: 'number', value: -0.05 }] },
        ],
      },
      { name: 'Drift eval', metric_groups: [] },
    ],
    additional_information: {
      caveats_and_recommendations: 'Retrain quarterly.',
      custom_details: { 'Line of business': 'Retail', ticket: 'GOV-42' },
    },
    model_package_details: { model_package_group_name: 'churn', model_package_version: 3 },
  });
}

/** A copy of the base content changed in place by `edit`, so each test states only its edit. */
function edited(edit: (content: TModelCardContent) => void): TModelCardContent {
  const content = baseContent();
  edit(content);
  return content;
}

const job = (content: TModelCardContent, name: string) => content.evaluation_details!.find((item) => item.name === name)!;
const group = (content: TModelCardContent, name = 'Binary Classification Metrics') =>
  job(content, 'Holdout eval').metric_groups!.find((item) => item.name === name)!;
const metric = (content: TModelCardContent, name: string) => group(content).metric_data.find((item) => item.name === name)!;
const paths = (changes: TDiffChange[]) => changes.map((change) => change.path);

describe('diffContent', () => {
  it('reports no changes for identical content, key order aside', () => {
    const reordered = JSON.parse(
      JSON.stringify(baseContent(), (_, value) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ),
    );
    for (const after of [baseContent(), reordered]) {
      expect(diffContent(baseContent(), after)).toEqual({ changes: [], sections: [], summary: 'No changes' });
    }
  });

  it('reports a changed nested field with its path and values', () => {
    const diff = diffContent(
      baseContent(),
      edited((c) => (c.training_details!.objective_function!.function!.facet = 'AUC')),
    );
    expect(diff.changes).toEqual([
      {
        path: 'training_details.objective_function.function.facet',
        section: 'training_details',
        kind: 'changed',
        before: 'Loss',
        after: 'AUC',
      },
    ]);
    expect(diff.summary).toBe('1 field changed in 1 section');
  });

  it('reports an added and a removed field within a section, each once', () => {
    const diff = diffContent(
      baseContent(),
      edited((c) => {
        delete c.model_overview!.model_owner;
        c.model_overview!.model_creator = 'Data Science';
      }),
    );
    expect(diff.changes).toEqual([
      { path: 'model_overview.model_owner', section: 'model_overview', kind: 'removed', before: 'risk-team' },
      { path: 'model_overview.model_creator', section: 'model_overview', kind: 'added', after: 'Data Science' },
    ]);
  });

  it('reports an added or removed section as one change holding the whole section', () => {
    const business = { business_problem: 'Reduce churn.', line_of_business: 'Retail' };
    const added = diffContent(
      baseContent(),
      edited((c) => (c.business_details = business)),
    );
    expect(added.changes).toEqual([{ path: 'business_details', section: 'business_details', kind: 'added', after: business }]);

    const removed = diffContent(
      baseContent(),
      edited((c) => delete c.model_package_details),
    );
    expect(removed.changes).toEqual([
      {
        path: 'model_package_details',
        section: 'model_package_details',
        kind: 'removed',
        before: { model_package_group_name: 'churn', model_package_version: 3 },
      },
    ]);
  });

  it('matches evaluation jobs, metric groups and metrics by name, and reports each reordered list once with its names in order', () => {
    const after = edited((c) => {
      c.evaluation_details!.reverse();
      job(c, 'Holdout eval').metric_groups!.reverse();
      group(c).metric_data.reverse();
      c.training_details!.training_job_details!.training_metrics!.reverse();
      c.training_details!.training_job_details!.hyper_parameters!.reverse();
    });
    const diff = diffContent(baseContent(), after);
    // The order is content (it changes the canonical JSON and so makes a version): a save that only reorders never reads "No changes".
    expect(diff.changes.every((change) => change.kind === 'reordered')).toBe(true);
    expect(diff.changes.map((change) => change.path)).toEqual([
      `${TJ}.training_metrics`,
      `${TJ}.hyper_parameters`,
      'evaluation_details',
      `${JOB}.metric_groups`,
      `${GROUP}.metric_data`,
    ]);
    expect(diff.changes[0]).toMatchObject({ before: ['train:logloss', 'train:auc'], after: ['train:auc', 'train:logloss'] });
    expect(diff.summary).toBe('5 fields changed in 2 sections');
  });

  it('reports no reordering when items were only added or removed around the others', () => {
    const after = edited((c) => {
      const metrics = c.training_details!.training_job_details!.training_metrics!;
      metrics.unshift({ name: 'train:f1', value: 0.7 });
      metrics.splice(1, 1);
    });
    expect(diffContent(baseContent(), after).changes.map(({ kind, path }) => `${kind} ${path}`)).toEqual([
      `removed ${TJ}.training_metrics["train:logloss"]`,
      `added ${TJ}.training_metrics["train:f1"]`,
    ]);
  });

  it('names list items by name in the path and gives the numeric delta', () => {
    const diff = diffContent(
      baseContent(),
      edited((c) => ((metric(c, 'auc') as { value: number }).value = 0.89)),
    );
    expect(diff.changes).toEqual([
      {
        path: 'evaluation_details["Holdout eval"].metric_groups["Binary Classification Metrics"].metric_data["auc"].value',
        section: 'evaluation_details',
        kind: 'changed',
        before: 0.87,
        after: 0.89,
        delta: 0.02,
      },
    ]);
  });

  it('gives the delta of negative and integer values exactly', () => {
    const diff = diffContent(
      baseContent(),
      edited((c) => {
        (group(c, 'Bias').metric_data[0] as { value: number }).value = 0.1;
        c.model_package_details!.model_package_version = 5;
      }),
    );
    expect(diff.changes.map((change) => change.delta)).toEqual([0.15, 2]);
  });

  it('matches training metrics and hyper-parameters by name', () => {
    const diff = diffContent(
      baseContent(),
      edited((c) => {
        const details = c.training_details!.training_job_details!;
        details.training_metrics!.reverse()[0].value = 0.95;
        details.hyper_parameters = [{ name: 'eta', value: '0.1' }];
        details.user_provided_hyper_parameters!.push({ name: 'seed', value: '7' });
      }),
    );
    expect(diff.changes).toEqual([
      {
        path: `${TJ}.training_metrics`,
        section: 'training_details',
        kind: 'reordered',
        before: ['train:logloss', 'train:auc'],
        after: ['train:auc', 'train:logloss'],
      },
      { path: `${TJ}.training_metrics["train:auc"].value`, section: 'training_details', kind: 'changed', before: 0.9, after: 0.95, delta: 0.05 },
      { path: `${TJ}.hyper_parameters["max_depth"]`, section: 'training_details', kind: 'removed', before: { name: 'max_depth', value: '6' } },
      { path: `${TJ}.hyper_parameters["eta"].value`, section: 'training_details', kind: 'changed', before: '0.3', after: '0.1' },
      { path: `${TJ}.user_provided_hyper_parameters["seed"]`, section: 'training_details', kind: 'added', after: { name: 'seed', value: '7' } },
    ]);
  });

  it('reports an added or removed metric as one change holding the whole metric', () => {
    const precision: TMetricData = { name: 'precision', type: 'number', value: 0.8 };
    const diff = diffContent(
      baseContent(),
      edited((c) => {
        group(c).metric_data = group(c).metric_data.filter((item) => item.name !== 'accuracy');
        group(c).metric_data.push(precision);
      }),
    );
    expect(diff.changes).toEqual([
      { path: `${GROUP}.metric_data["accuracy"]`, section: 'evaluation_details', kind: 'removed', before: metric(baseContent(), 'accuracy') },
      { path: `${GROUP}.metric_data["precision"]`, section: 'evaluation_details', kind: 'added', after: precision },
    ]);
  });

  it('shows a renamed metric group as the old one removed and the new one added', () => {
    const diff = diffContent(
      baseContent(),
      edited((c) => (group(c, 'Bias').name = 'Fairness')),
    );
    expect(diff.changes).toEqual([
      { path: `${JOB}.metric_groups["Bias"]`, section: 'evaluation_details', kind: 'removed', before: group(baseContent(), 'Bias') },
      {
        path: `${JOB}.metric_groups["Fairness"]`,
        section: 'evaluation_details',
        kind: 'added',
        after: { ...group(baseContent(), 'Bias'), name: 'Fairness' },
      },
    ]);
  });

  it('falls back to positions when a name is repeated in a list', () => {
    const before = edited((c) => c.training_details!.training_job_details!.hyper_parameters!.push({ name: 'eta', value: '0.5' }));
    const after = edited((c) => c.training_details!.training_job_details!.hyper_parameters!.push({ name: 'eta', value: '0.7' }));
    expect(diffContent(before, after).changes).toEqual([
      { path: `${TJ}.hyper_parameters[2].value`, section: 'training_details', kind: 'changed', before: '0.5', after: '0.7' },
    ]);

    // Unique names on one side and a repeat on the other: matched by position on both.
    const diff = diffContent(baseContent(), after);
    expect(paths(diff.changes)).toEqual([`${TJ}.hyper_parameters[2]`]);
    expect(diff.changes[0]).toMatchObject({ kind: 'added', after: { name: 'eta', value: '0.7' } });
  });

  it('reports a change of metric type as one type change of the whole metric', () => {
    const after = edited((c) => {
      const index = group(c).metric_data.findIndex((item) => item.name === 'auc');
      group(c).metric_data[index] = { name: 'auc', type: 'string', value: 'high' };
    });
    expect(diffContent(baseContent(), after).changes).toEqual([
      {
        path: `${GROUP}.metric_data["auc"]`,
        section: 'evaluation_details',
        kind: 'changed',
        before: metric(baseContent(), 'auc'),
        after: { name: 'auc', type: 'string', value: 'high' },
        typeChanged: true,
      },
    ]);
  });

  it('reports number ↔ string and object ↔ scalar as one type change without a delta', () => {
    // Not valid content, but stored documents from older schemas can differ this way.
    const after = edited((c) => {
      (c.model_overview as Record<string, unknown>).model_version = '3';
      (c.training_details as Record<string, unknown>).objective_function = 'minimize loss';
    });
    expect(diffContent(baseContent(), after).changes).toEqual([
      { path: 'model_overview.model_version', section: 'model_overview', kind: 'changed', before: 3, after: '3', typeChanged: true },
      {
        path: 'training_details.objective_function',
        section: 'training_details',
        kind: 'changed',
        before: { function: { function: 'Minimize', facet: 'Loss' } },
        after: 'minimize loss',
        typeChanged: true,
      },
    ]);
  });

  it('compares lists of scalars by position, with added and removed tails', () => {
    const grown = diffContent(
      baseContent(),
      edited((c) => (c.model_overview!.model_artifact = ['s3://models/a.tar.gz', 's3://models/c.tar.gz', 's3://models/d.tar.gz'])),
    );
    expect(grown.changes).toEqual([
      { path: 'model_overview.model_artifact[1]', section: 'model_overview', kind: 'changed', before: 's3://models/b.tar.gz', after: 's3://models/c.tar.gz' },
      { path: 'model_overview.model_artifact[2]', section: 'model_overview', kind: 'added', after: 's3://models/d.tar.gz' },
    ]);

    const shrunk = diffContent(
      baseContent(),
      edited((c) => (c.model_overview!.model_artifact = [])),
    );
    expect(shrunk.changes.map(({ path, kind }) => [path, kind])).toEqual([
      ['model_overview.model_artifact[0]', 'removed'],
      ['model_overview.model_artifact[1]', 'removed'],
    ]);

    const swapped = diffContent(
      baseContent(),
      edited((c) => c.evaluation_details![0].datasets!.push('s3://data/extra.csv')),
    );
    expect(paths(swapped.changes)).toEqual([`${JOB}.datasets[1]`]);
  });

  it('compares graph, bar chart and matrix values as whole leaves', () => {
    const after = edited((c) => {
      (metric(c, 'roc') as { value: [number, number][] }).value[1] = [0.1, 0.7];
      (metric(c, 'confusion') as { value: number[][] }).value = [
        [51, 2],
        [4, 43],
      ];
      (metric(c, 'histogram') as { value: number[] }).value = [10, 30, 5, 1];
    });
    expect(diffContent(baseContent(), after).changes).toEqual([
      {
        path: `${GROUP}.metric_data["roc"].value`,
        section: 'evaluation_details',
        kind: 'changed',
        before: [
          [0, 0],
          [0.1, 0.6],
          [1, 1],
        ],
        after: [
          [0, 0],
          [0.1, 0.7],
          [1, 1],
        ],
      },
      { path: `${GROUP}.metric_data["histogram"].value`, section: 'evaluation_details', kind: 'changed', before: [10, 30, 5], after: [10, 30, 5, 1] },
      {
        path: `${GROUP}.metric_data["confusion"].value`,
        section: 'evaluation_details',
        kind: 'changed',
        before: [
          [50, 3],
          [4, 43],
        ],
        after: [
          [51, 2],
          [4, 43],
        ],
      },
    ]);
  });

  it('compares chart axis label lists by position', () => {
    const after = edited((c) => ((metric(c, 'histogram') as { x_axis_name: string[] }).x_axis_name[2] = 'top'));
    expect(diffContent(baseContent(), after).changes).toEqual([
      { path: `${GROUP}.metric_data["histogram"].x_axis_name[2]`, section: 'evaluation_details', kind: 'changed', before: 'high', after: 'top' },
    ]);
  });

  it('treats custom_details and metadata as object keys, quoting keys that are not identifiers', () => {
    const diff = diffContent(
      baseContent(),
      edited((c) => {
        c.additional_information!.custom_details = { 'Line of business': 'Wholesale', ticket: 'GOV-43', 'cost.centre': '17' };
        job(c, 'Holdout eval').metadata!['owner team'] = 'validation';
      }),
    );
    expect(diff.changes.map(({ path, kind }) => [path, kind])).toEqual([
      [`${JOB}.metadata["owner team"]`, 'changed'],
      ['additional_information.custom_details["Line of business"]', 'changed'],
      ['additional_information.custom_details.ticket', 'changed'],
      ['additional_information.custom_details["cost.centre"]', 'added'],
    ]);
    expect(paths(diff.changes).slice(1)).toEqual([
      formatPath(['additional_information', 'custom_details', 'Line of business']),
      formatPath(['additional_information', 'custom_details', 'ticket']),
      formatPath(['additional_information', 'custom_details', 'cost.centre']),
    ]);
  });

  it('orders changes by section, then by position in the document, whatever the key order', () => {
    const after = edited((c) => {
      c.model_package_details!.model_package_version = 4;
      c.intended_uses!.risk_rating = 'High';
      c.model_overview!.model_description = 'Predicts churn weekly.';
      c.model_overview!.model_version = 4;
    });
    const reversedTop = Object.fromEntries(Object.entries(after).reverse()) as TModelCardContent;
    const diff = diffContent(baseContent(), reversedTop);
    expect(paths(diff.changes)).toEqual([
      'model_overview.model_description',
      'model_overview.model_version',
      'intended_uses.risk_rating',
      'model_package_details.model_package_version',
    ]);
    expect(diff.sections).toEqual(['model_overview', 'intended_uses', 'model_package_details']);
  });

  it('places a removed item where it stood', () => {
    const after = edited((c) => (group(c).metric_data = group(c).metric_data.filter((item) => item.name !== 'accuracy')));
    (metric(after, 'auc') as { value: number }).value = 0.8;
    (metric(after, 'roc') as { notes?: string }).notes = 'smoothed';
    expect(paths(diffContent(baseContent(), after).changes)).toEqual([
      `${GROUP}.metric_data["auc"].value`,
      `${GROUP}.metric_data["accuracy"]`,
      `${GROUP}.metric_data["roc"].notes`,
    ]);
  });

  it('words the summary in singular and plural', () => {
    const two = diffContent(
      baseContent(),
      edited((c) => {
        c.intended_uses!.risk_rating = 'High';
        c.intended_uses!.purpose_of_model = 'Pricing.';
      }),
    );
    expect(two.summary).toBe('2 fields changed in 1 section');

    const seven = diffContent(
      baseContent(),
      edited((c) => {
        c.intended_uses!.risk_rating = 'High';
        c.model_overview!.model_owner = 'ml-platform';
        c.model_overview!.model_artifact!.push('s3://models/c.tar.gz');
        (metric(c, 'auc') as { value: number }).value = 0.88;
        (metric(c, 'accuracy') as { value: number }).value = 0.9;
        c.evaluation_details!.push({ name: 'Shadow eval' });
        delete job(c, 'Drift eval').metric_groups;
      }),
    );
    expect(seven.summary).toBe('7 fields changed in 3 sections');
    expect(seven.sections).toEqual(['model_overview', 'intended_uses', 'evaluation_details']);
  });
});

describe('diffContent: nested objects, metrics by name, renames and type changes', () => {
  it('reports edits deep in nested objects at the deepest path, once each, never their parents', () => {
    const after = edited((c) => {
      c.training_details!.objective_function!.function!.function = 'Maximize';
      c.training_details!.objective_function!.notes = 'Weighted by revenue';
      delete c.model_overview!.inference_environment;
      c.evaluation_details![0].metadata!.region = 'eu-west-1';
    });
    expect(diffContent(baseContent(), after).changes).toEqual([
      { path: 'model_overview.inference_environment', section: 'model_overview', kind: 'removed', before: { container_image: ['xgb:1.7-1'] } },
      { path: 'training_details.objective_function.function.function', section: 'training_details', kind: 'changed', before: 'Minimize', after: 'Maximize' },
      { path: 'training_details.objective_function.notes', section: 'training_details', kind: 'added', after: 'Weighted by revenue' },
      { path: `${JOB}.metadata.region`, section: 'evaluation_details', kind: 'changed', before: 'us-east-1', after: 'eu-west-1' },
    ]);
  });

  it('matches reordered metrics by name and reports only the changed values, as deltas', () => {
    const after = edited((c) => {
      group(c).metric_data.reverse();
      (metric(c, 'auc') as { value: number }).value = 0.89;
      (metric(c, 'accuracy') as { value: number }).value = 0.885;
      c.training_details!.training_job_details!.training_metrics!.reverse();
      c.training_details!.training_job_details!.training_metrics!.find((item) => item.name === 'train:logloss')!.value = 0.35;
    });
    const diff = diffContent(baseContent(), after);
    expect(diff.changes.map(({ path, delta }) => [path, delta])).toEqual([
      [`${TJ}.training_metrics`, undefined],
      [`${TJ}.training_metrics["train:logloss"].value`, 0.04],
      // In the order of the newer version, where the metrics now stand.
      [`${GROUP}.metric_data`, undefined],
      [`${GROUP}.metric_data["accuracy"].value`, -0.025],
      [`${GROUP}.metric_data["auc"].value`, 0.02],
    ]);
    expect(diff.summary).toBe('5 fields changed in 2 sections');
  });

  it('reads a renamed evaluation job, and a renamed metric, as one removed and one added item', () => {
    const after = edited((c) => {
      job(c, 'Drift eval').name = 'Drift evaluation';
      metric(c, 'auc').name = 'roc_auc';
    });
    expect(diffContent(baseContent(), after).changes.map(({ kind, path }) => `${kind} ${path}`)).toEqual([
      `removed ${GROUP}.metric_data["auc"]`,
      `added ${GROUP}.metric_data["roc_auc"]`,
      'removed evaluation_details["Drift eval"]',
      'added evaluation_details["Drift evaluation"]',
    ]);
  });

  it('reports a chart that changed kind (linear graph → bar chart) as one type change, and a list that became a scalar too', () => {
    const bar: TMetricData = { name: 'roc', type: 'bar_chart', value: [0, 0.6, 1], x_axis_name: ['a', 'b', 'c'], y_axis_name: 'tpr' };
    const after = edited((c) => {
      const index = group(c).metric_data.findIndex((item) => item.name === 'roc');
      group(c).metric_data[index] = bar;
      (c.model_overview as Record<string, unknown>).model_artifact = 's3://models/a.tar.gz';
    });
    expect(diffContent(baseContent(), after).changes).toEqual([
      {
        path: 'model_overview.model_artifact',
        section: 'model_overview',
        kind: 'changed',
        before: ['s3://models/a.tar.gz', 's3://models/b.tar.gz'],
        after: 's3://models/a.tar.gz',
        typeChanged: true,
      },
      {
        path: `${GROUP}.metric_data["roc"]`,
        section: 'evaluation_details',
        kind: 'changed',
        before: metric(baseContent(), 'roc'),
        after: bar,
        typeChanged: true,
      },
    ]);
  });
});

describe('diffContent on 100 KB documents', () => {
  const before = makeLargeContent(100_000, 11);

  const metricPath = (job: string, group: string, metric: string) =>
    `evaluation_details[${JSON.stringify(job)}].metric_groups[${JSON.stringify(group)}].metric_data[${JSON.stringify(metric)}]`;

  /** Applies nine one-change edits plus two reorderings; returns the expected "kind path" of each change. */
  function applyKnownEdits(content: TModelCardContent): string[] {
    const [firstJob, secondJob] = content.evaluation_details!;
    const groupA = firstJob.metric_groups![0];
    const groupB = secondJob.metric_groups![1];
    const expected: string[] = [];

    for (const item of groupA.metric_data.filter((m) => m.type === 'number').slice(0, 3)) {
      item.value += 0.5;
      expected.push(`changed ${metricPath(firstJob.name, groupA.name, item.name)}.value`);
    }
    const matrix = groupB.metric_data.find((m) => m.type === 'matrix')!;
    matrix.value = matrix.value.map((row) => row.map((cell) => cell + 1));
    expected.push(`changed ${metricPath(secondJob.name, groupB.name, matrix.name)}.value`);
    const [removed] = groupB.metric_data.splice(1, 1);
    expected.push(`removed ${metricPath(secondJob.name, groupB.name, removed.name)}`);
    firstJob.metric_groups!.push({ name: 'added group', metric_data: [{ name: 'x', type: 'boolean', value: true }] });
    expected.push(`added evaluation_details[${JSON.stringify(firstJob.name)}].metric_groups["added group"]`);
    content.additional_information!.custom_details!['Line of business'] = 'Changed';
    expected.push('changed additional_information.custom_details["Line of business"]');
    const parameter = content.training_details!.training_job_details!.hyper_parameters![3];
    parameter.value = 'changed';
    expected.push(`changed training_details.training_job_details.hyper_parameters[${JSON.stringify(parameter.name)}].value`);
    delete content.intended_uses!.explanations_for_risk_rating;
    expected.push('removed intended_uses.explanations_for_risk_rating');

    groupA.metric_data.reverse();
    expected.push(`reordered evaluation_details[${JSON.stringify(firstJob.name)}].metric_groups[${JSON.stringify(groupA.name)}].metric_data`);
    content.evaluation_details!.reverse();
    expected.push('reordered evaluation_details');
    return expected;
  }

  it('finds exactly the known edits', () => {
    const after = structuredClone(before);
    const expected = applyKnownEdits(after);
    expect(ZModelCardContent.safeParse(after).success).toBe(true);
    const diff = diffContent(before, after);
    expect(diff.changes.map(({ kind, path }) => `${kind} ${path}`).sort()).toEqual(expected.sort());
    expect(diff.summary).toBe('11 fields changed in 4 sections');
    expect(diff.sections).toEqual(['intended_uses', 'training_details', 'evaluation_details', 'additional_information']);
    expect(diff.changes.filter((change) => change.delta !== undefined).map((change) => change.delta)).toEqual([0.5, 0.5, 0.5]);
  });

  it('finds nothing between a 100 KB document and its copy with every object’s keys reversed', () => {
    const reversed = JSON.parse(
      JSON.stringify(before, (_, value) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ),
    );
    expect(diffContent(before, reversed)).toEqual({ changes: [], sections: [], summary: 'No changes' });
  });

  it('compares two unrelated 100 KB documents with each path once, sections in document order', () => {
    const other = makeLargeContent(100_000, 12);
    expect(JSON.stringify(other).length).toBeGreaterThan(90_000);
    const diff = diffContent(before, other);
    const changedPaths = paths(diff.changes);
    expect(new Set(changedPaths).size).toBe(changedPaths.length);
    expect(diff.changes.length).toBeGreaterThan(100);
    const order = Object.keys(ZModelCardContent.shape);
    expect(diff.sections).toEqual([...diff.sections].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(diff.summary).toBe(`${diff.changes.length} fields changed in ${diff.sections.length} sections`);
    // Same seed shapes: the metric names line up, so metrics are compared value by value rather than replaced wholesale.
    expect(diff.changes.some((change) => change.delta !== undefined)).toBe(true);
  });
});
