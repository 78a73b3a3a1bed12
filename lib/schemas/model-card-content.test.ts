import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { MAX_CONTENT_CHARS, METRIC_TYPES, ZMetricData, ZMetricGroup, ZModelCardContent, parseModelCardContent } from './model-card-content';
import { RISK_RATINGS } from './risk-rating';

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const fixture = (name: string) => readJson(path.join(__dirname, 'test-fixtures', name));
const reportFixture = (name: string) => readJson(path.resolve(__dirname, '../../../shared/fixtures/sagemaker-reports', name));

const chars = (n: number) => 'x'.repeat(n);
const list = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
const withJob = (job: Record<string, unknown>) => ({ evaluation_details: [{ name: 'eval', ...job }] });
const withMetricGroup = (group: Record<string, unknown>) => withJob({ metric_groups: [group] });
const withMetric = (metric: Record<string, unknown>) => withMetricGroup({ name: 'g', metric_data: [metric] });
const withJobDetails = (details: Record<string, unknown>) => ({ training_details: { training_job_details: details } });
const withPackage = (details: Record<string, unknown>) => ({ model_package_details: details });
const M = 'evaluation_details[0].metric_groups[0].metric_data[0]';
const TJ = 'training_details.training_job_details';

const TRANSLATED_REPORTS = ['translated_clarify_bias.json', 'translated_model_monitor_model_quality_binary_classification.json'];

describe('valid content', () => {
  it.each(['reference-1.9-minimal-example.json', 'every-field.json'])('accepts %s', (name) => {
    expect(parseModelCardContent(fixture(name))).toMatchObject({ ok: true });
  });

  it.each(['reference-3.2-generic-metric-groups.json', 'reference-3.3-clarify-bias-metric-groups.json'])(
    'accepts the reference metric groups in %s',
    (name) => {
      expect(parseModelCardContent(withJob({ metric_groups: fixture(name).metric_groups }))).toMatchObject({ ok: true });
    },
  );

  it('accepts the reference bar_chart metric from §3.4', () => {
    expect(ZMetricData.safeParse(fixture('reference-3.4-pdp-bar-chart-metric.json')).success).toBe(true);
  });

  it.each(TRANSLATED_REPORTS)('accepts the SDK metric groups of %s as evaluation_details[0].metric_groups', (name) => {
    const { metric_groups } = reportFixture(name);
    for (const group of metric_groups) expect(ZMetricGroup.safeParse(group).success).toBe(true);
    expect(parseModelCardContent(withJob({ metric_groups }))).toMatchObject({ ok: true });
  });

  it('accepts an empty document, since every section is optional', () => {
    expect(parseModelCardContent('{}')).toEqual({ ok: true, content: {} });
  });

  it('keeps extra keys on a metric group, which the reference leaves open', () => {
    const doc = withMetricGroup({ name: 'g', metric_data: [], source: 'clarify' });
    expect(parseModelCardContent(doc)).toEqual({ ok: true, content: doc });
  });

  it('accepts names longer than the nominal 63 characters (the patterns are unanchored)', () => {
    const doc = withMetricGroup({ name: chars(64), metric_data: [{ name: chars(256), type: 'number', value: 1 }] });
    expect(parseModelCardContent({ ...doc, evaluation_details: [{ ...doc.evaluation_details[0], name: chars(64) }] })).toMatchObject({ ok: true });
  });

  it('exposes the enums in schema order', () => {
    expect(RISK_RATINGS).toEqual(['High', 'Medium', 'Low', 'Unknown']);
    expect(METRIC_TYPES).toEqual(['number', 'string', 'boolean', 'linear_graph', 'bar_chart', 'matrix']);
  });
});

describe('round trip', () => {
  const documents = [
    fixture('reference-1.9-minimal-example.json'),
    fixture('every-field.json'),
    withJob({}),
    { evaluation_details: [], intended_uses: {} },
    ...TRANSLATED_REPORTS.map((name) => withJob({ metric_groups: reportFixture(name).metric_groups })),
  ];

  it.each(documents.map((doc, i) => [i, doc]))('document %i comes back unchanged, with nothing added', (_, doc) => {
    for (const input of [doc, JSON.stringify(doc, null, 2)]) {
      const result = parseModelCardContent(input);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(JSON.parse(JSON.stringify(result.content))).toStrictEqual(doc);
    }
  });
});

type TInvalidCase = { rule: string; input: unknown; path: string; message: string };

const LONG_CONTENT = JSON.stringify({ additional_information: { ethical_considerations: '' } }).replace('""', `"${chars(MAX_CONTENT_CHARS)}"`);

const invalidCases: TInvalidCase[] = [
  // envelope
  { rule: 'content over 100,000 characters', input: LONG_CONTENT, path: '', message: `at most 100000 characters; this document has ${LONG_CONTENT.length}` },
  { rule: 'malformed JSON', input: '{"model_overview": {"model_name": "x",}}', path: '', message: 'not valid JSON: unexpected "}" at line 1, column 39' },
  {
    rule: 'malformed JSON over lines',
    input: '{\n  "intended_uses": {\n    "risk_rating": Low\n  }\n}',
    path: '',
    message: 'not valid JSON: unexpected "L" at line 3, column 20',
  },
  { rule: 'content not an object', input: '[]', path: '', message: 'must be an object' },
  { rule: 'unknown root key', input: { foo: 1 }, path: 'foo', message: 'unknown key "foo"' },
  { rule: 'section of the wrong type', input: { evaluation_details: {} }, path: 'evaluation_details', message: 'must be an array' },

  // string limits
  {
    rule: 'model_description ≤ 1024',
    input: { model_overview: { model_description: chars(1025) } },
    path: 'model_overview.model_description',
    message: 'at most 1024 characters',
  },
  {
    rule: 'model_artifact item ≤ 1024',
    input: { model_overview: { model_artifact: [chars(1025)] } },
    path: 'model_overview.model_artifact[0]',
    message: 'at most 1024 characters',
  },
  {
    rule: 'purpose_of_model ≤ 2048',
    input: { intended_uses: { purpose_of_model: chars(2049) } },
    path: 'intended_uses.purpose_of_model',
    message: 'at most 2048 characters',
  },
  {
    rule: 'line_of_business ≤ 2048',
    input: { business_details: { line_of_business: chars(2049) } },
    path: 'business_details.line_of_business',
    message: 'at most 2048 characters',
  },
  {
    rule: 'objective facet ≤ 63',
    input: { training_details: { objective_function: { function: { facet: chars(64) } } } },
    path: 'training_details.objective_function.function.facet',
    message: 'at most 63 characters',
  },
  {
    rule: 'objective notes ≤ 1024',
    input: { training_details: { objective_function: { notes: chars(1025) } } },
    path: 'training_details.objective_function.notes',
    message: 'at most 1024 characters',
  },
  {
    rule: 'training_observations ≤ 1024',
    input: { training_details: { training_observations: chars(1025) } },
    path: 'training_details.training_observations',
    message: 'at most 1024 characters',
  },
  {
    rule: 'training metric notes ≤ 1024',
    input: withJobDetails({ training_metrics: [{ name: 'm', value: 1, notes: chars(1025) }] }),
    path: `${TJ}.training_metrics[0].notes`,
    message: 'at most 1024 characters',
  },
  {
    rule: 'evaluation_observation ≤ 2096',
    input: withJob({ evaluation_observation: chars(2097) }),
    path: 'evaluation_details[0].evaluation_observation',
    message: 'at most 2096 characters',
  },
  {
    rule: 'evaluation_job_arn ≤ 256',
    input: withJob({ evaluation_job_arn: chars(257) }),
    path: 'evaluation_details[0].evaluation_job_arn',
    message: 'at most 256 characters',
  },
  {
    rule: 'metadata value ≤ 1024',
    input: withJob({ metadata: { 'run id': chars(1025) } }),
    path: 'evaluation_details[0].metadata["run id"]',
    message: 'at most 1024 characters',
  },
  {
    rule: 'custom_details value ≤ 1024',
    input: { additional_information: { custom_details: { 'custom details1': chars(1025) } } },
    path: 'additional_information.custom_details["custom details1"]',
    message: 'at most 1024 characters',
  },
  {
    rule: 'caveats ≤ 2048',
    input: { additional_information: { caveats_and_recommendations: chars(2049) } },
    path: 'additional_information.caveats_and_recommendations',
    message: 'at most 2048 characters',
  },
  {
    rule: 'string metric value ≤ 63',
    input: withMetric({ name: 'm', type: 'string', value: chars(64) }),
    path: `${M}.value`,
    message: 'at most 63 characters',
  },
  {
    rule: 'metric notes ≤ 1024',
    input: withMetric({ name: 'm', type: 'number', value: 1, notes: chars(1025) }),
    path: `${M}.notes`,
    message: 'at most 1024 characters',
  },
  {
    rule: 'axis name ≤ 63',
    input: withMetric({ name: 'm', type: 'linear_graph', value: [[0, 1]], x_axis_name: chars(64) }),
    path: `${M}.x_axis_name`,
    message: 'at most 63 characters',
  },
  {
    rule: 'axis label ≤ 63',
    input: withMetric({ name: 'm', type: 'matrix', value: [[1]], y_axis_name: ['0', chars(64)] }),
    path: `${M}.y_axis_name[1]`,
    message: 'at most 63 characters',
  },
  {
    rule: 'model_package_arn ≤ 2048',
    input: withPackage({ model_package_arn: chars(2049) }),
    path: 'model_package_details.model_package_arn',
    message: 'at most 2048 characters',
  },
  {
    rule: 'model_package_group_name ≤ 63',
    input: withPackage({ model_package_group_name: chars(64) }),
    path: 'model_package_details.model_package_group_name',
    message: 'at most 63 characters',
  },
  {
    rule: 'model_package_name not empty',
    input: withPackage({ model_package_name: '' }),
    path: 'model_package_details.model_package_name',
    message: 'must not be empty',
  },
  {
    rule: 'user_profile_name ≤ 63',
    input: withPackage({ created_by: { user_profile_name: chars(64) } }),
    path: 'model_package_details.created_by.user_profile_name',
    message: 'at most 63 characters',
  },
  {
    rule: 'algorithm_name ≤ 170',
    input: withPackage({ source_algorithms: [{ algorithm_name: chars(171) }] }),
    path: 'model_package_details.source_algorithms[0].algorithm_name',
    message: 'at most 170 characters',
  },
  {
    rule: 'container image ≤ 255',
    input: withPackage({ inference_specification: { containers: [{ image: chars(256) }] } }),
    path: 'model_package_details.inference_specification.containers[0].image',
    message: 'at most 255 characters',
  },

  // names (the `.{1,n}` patterns)
  { rule: 'evaluation job name not empty', input: withJob({ name: '' }), path: 'evaluation_details[0].name', message: 'must not be empty' },
  {
    rule: 'metric group name not only line breaks',
    input: withMetricGroup({ name: '\n', metric_data: [] }),
    path: 'evaluation_details[0].metric_groups[0].name',
    message: 'must contain a character other than a line break',
  },
  { rule: 'metric name not empty', input: withMetric({ name: '', type: 'number', value: 1 }), path: `${M}.name`, message: 'must not be empty' },
  {
    rule: 'hyper-parameter name not empty',
    input: withJobDetails({ hyper_parameters: [{ name: '' }] }),
    path: `${TJ}.hyper_parameters[0].name`,
    message: 'must not be empty',
  },

  // numbers
  { rule: 'model_version ≥ 1', input: { model_overview: { model_version: 0 } }, path: 'model_overview.model_version', message: 'must be at least 1' },
  { rule: 'model_version is a number', input: { model_overview: { model_version: '1' } }, path: 'model_overview.model_version', message: 'must be a number' },
  {
    rule: 'model_package_version ≥ 1',
    input: withPackage({ model_package_version: 0.5 }),
    path: 'model_package_details.model_package_version',
    message: 'must be at least 1',
  },
  {
    rule: 'training metric value is a number',
    input: withJobDetails({ training_metrics: [{ name: 'm', value: '0.3' }] }),
    path: `${TJ}.training_metrics[0].value`,
    message: 'must be a number',
  },

  // enums
  {
    rule: 'risk_rating enum',
    input: { intended_uses: { risk_rating: 'Severe' } },
    path: 'intended_uses.risk_rating',
    message: 'must be one of High, Medium, Low, Unknown',
  },
  {
    rule: 'objective function enum',
    input: { training_details: { objective_function: { function: { function: 'Sideways' } } } },
    path: 'training_details.objective_function.function.function',
    message: 'must be one of Maximize, Minimize',
  },
  {
    rule: 'model_package_status enum',
    input: withPackage({ model_package_status: 'Done' }),
    path: 'model_package_details.model_package_status',
    message: 'must be one of Pending, InProgress, Completed, Failed, Deleting',
  },
  {
    rule: 'model_approval_status enum',
    input: withPackage({ model_approval_status: 'OK' }),
    path: 'model_package_details.model_approval_status',
    message: 'must be one of Approved, Rejected, PendingManualApproval',
  },
  {
    rule: 'metric type enum',
    input: withMetric({ name: 'm', type: 'pie', value: 1 }),
    path: `${M}.type`,
    message: 'must be one of number, string, boolean, linear_graph, bar_chart, matrix',
  },

  // required fields
  { rule: 'evaluation job name required', input: { evaluation_details: [{}] }, path: 'evaluation_details[0].name', message: 'required' },
  { rule: 'metric group name required', input: withMetricGroup({ metric_data: [] }), path: 'evaluation_details[0].metric_groups[0].name', message: 'required' },
  { rule: 'metric_data required', input: withMetricGroup({ name: 'g' }), path: 'evaluation_details[0].metric_groups[0].metric_data', message: 'required' },
  { rule: 'metric name required', input: withMetric({ type: 'number', value: 1 }), path: `${M}.name`, message: 'required' },
  { rule: 'metric type required', input: withMetric({ name: 'm', value: 1 }), path: `${M}.type`, message: 'required' },
  { rule: 'metric value required', input: withMetric({ name: 'm', type: 'bar_chart' }), path: `${M}.value`, message: 'required' },
  {
    rule: 'training metric name required',
    input: withJobDetails({ user_provided_training_metrics: [{ value: 1 }] }),
    path: `${TJ}.user_provided_training_metrics[0].name`,
    message: 'required',
  },
  {
    rule: 'training metric value required',
    input: withJobDetails({ training_metrics: [{ name: 'm' }] }),
    path: `${TJ}.training_metrics[0].value`,
    message: 'required',
  },
  {
    rule: 'hyper-parameter name required',
    input: withJobDetails({ user_provided_hyper_parameters: [{ value: '1' }] }),
    path: `${TJ}.user_provided_hyper_parameters[0].name`,
    message: 'required',
  },
  {
    rule: 'algorithm_name required',
    input: withPackage({ source_algorithms: [{ model_data_url: 's3://b/m' }] }),
    path: 'model_package_details.source_algorithms[0].algorithm_name',
    message: 'required',
  },
  {
    rule: 'containers required',
    input: withPackage({ inference_specification: {} }),
    path: 'model_package_details.inference_specification.containers',
    message: 'required',
  },
  {
    rule: 'container image required',
    input: withPackage({ inference_specification: { containers: [{ model_data_url: 's3://b/m' }] } }),
    path: 'model_package_details.inference_specification.containers[0].image',
    message: 'required',
  },

  // unknown keys in closed objects
  { rule: 'unknown key in model_overview', input: { model_overview: { colour: 'red' } }, path: 'model_overview.colour', message: 'unknown key "colour"' },
  {
    rule: 'unknown key in inference_environment',
    input: { model_overview: { inference_environment: { image: 'x' } } },
    path: 'model_overview.inference_environment.image',
    message: 'unknown key "image"',
  },
  {
    rule: 'unknown key in objective function',
    input: { training_details: { objective_function: { function: { goal: 'x' } } } },
    path: 'training_details.objective_function.function.goal',
    message: 'unknown key "goal"',
  },
  {
    rule: 'unknown key in hyper-parameter',
    input: withJobDetails({ hyper_parameters: [{ name: 'eta', default: '0.3' }] }),
    path: `${TJ}.hyper_parameters[0].default`,
    message: 'unknown key "default"',
  },
  { rule: 'unknown key in evaluation job', input: withJob({ owner: 'me' }), path: 'evaluation_details[0].owner', message: 'unknown key "owner"' },
  { rule: 'unknown key in metric', input: withMetric({ name: 'm', type: 'number', value: 1, unit: '%' }), path: `${M}.unit`, message: 'unknown key "unit"' },
  {
    rule: 'unknown key in container',
    input: withPackage({ inference_specification: { containers: [{ image: 'i', env: {} }] } }),
    path: 'model_package_details.inference_specification.containers[0].env',
    message: 'unknown key "env"',
  },

  // metric value shapes
  { rule: 'number metric holds a number', input: withMetric({ name: 'm', type: 'number', value: '0.5' }), path: `${M}.value`, message: 'must be a number' },
  { rule: 'string metric holds a string', input: withMetric({ name: 'm', type: 'string', value: 5 }), path: `${M}.value`, message: 'must be a string' },
  {
    rule: 'boolean metric holds a boolean',
    input: withMetric({ name: 'm', type: 'boolean', value: 'true' }),
    path: `${M}.value`,
    message: 'must be a boolean',
  },
  {
    rule: 'simple metric axis name is a string',
    input: withMetric({ name: 'm', type: 'number', value: 1, x_axis_name: ['a'] }),
    path: `${M}.x_axis_name`,
    message: 'must be a string',
  },
  { rule: 'linear_graph holds a list', input: withMetric({ name: 'm', type: 'linear_graph', value: 0.5 }), path: `${M}.value`, message: 'must be an array' },
  { rule: 'linear_graph has a point', input: withMetric({ name: 'm', type: 'linear_graph', value: [] }), path: `${M}.value`, message: 'at least 1 item' },
  {
    rule: 'linear_graph point is a pair',
    input: withMetric({
      name: 'm',
      type: 'linear_graph',
      value: [
        [0, 1],
        [1, 2, 3],
      ],
    }),
    path: `${M}.value[1]`,
    message: 'must be an [x, y] pair of numbers',
  },
  {
    rule: 'linear_graph coordinates are numbers',
    input: withMetric({ name: 'm', type: 'linear_graph', value: [[0, 'a']] }),
    path: `${M}.value[0][1]`,
    message: 'must be a number',
  },
  { rule: 'bar_chart has a bar', input: withMetric({ name: 'm', type: 'bar_chart', value: [] }), path: `${M}.value`, message: 'at least 1 item' },
  {
    rule: 'bar_chart bars are numbers',
    input: withMetric({ name: 'm', type: 'bar_chart', value: [1, [2]] }),
    path: `${M}.value[1]`,
    message: 'must be a number',
  },
  {
    rule: 'bar_chart x axis is a list of labels',
    input: withMetric({ name: 'm', type: 'bar_chart', value: [1], x_axis_name: 'cats' }),
    path: `${M}.x_axis_name`,
    message: 'must be an array',
  },
  {
    rule: 'bar_chart y axis is one name',
    input: withMetric({ name: 'm', type: 'bar_chart', value: [1], y_axis_name: ['n'] }),
    path: `${M}.y_axis_name`,
    message: 'must be a string',
  },
  { rule: 'matrix has a row', input: withMetric({ name: 'm', type: 'matrix', value: [] }), path: `${M}.value`, message: 'at least 1 item' },
  { rule: 'matrix row has a cell', input: withMetric({ name: 'm', type: 'matrix', value: [[]] }), path: `${M}.value[0]`, message: 'at least 1 item' },
  { rule: 'matrix ≤ 20 rows', input: withMetric({ name: 'm', type: 'matrix', value: list(21, [1]) }), path: `${M}.value`, message: 'at most 20 items' },
  {
    rule: 'matrix ≤ 20 columns',
    input: withMetric({ name: 'm', type: 'matrix', value: [[1], list(21, 1)] }),
    path: `${M}.value[1]`,
    message: 'at most 20 items',
  },
  { rule: 'matrix rows are lists', input: withMetric({ name: 'm', type: 'matrix', value: [[1], 2] }), path: `${M}.value[1]`, message: 'must be an array' },
  {
    rule: 'matrix axes are lists of labels',
    input: withMetric({ name: 'm', type: 'matrix', value: [[1]], x_axis_name: '0' }),
    path: `${M}.x_axis_name`,
    message: 'must be an array',
  },

  // list sizes
  {
    rule: 'model_artifact ≤ 15',
    input: { model_overview: { model_artifact: list(16, 's3://b/m') } },
    path: 'model_overview.model_artifact',
    message: 'at most 15 items',
  },
  {
    rule: 'inference container_image ≤ 15',
    input: { model_overview: { inference_environment: { container_image: list(16, 'i') } } },
    path: 'model_overview.inference_environment.container_image',
    message: 'at most 15 items',
  },
  {
    rule: 'training_datasets ≤ 15',
    input: withJobDetails({ training_datasets: list(16, 's3://b/d') }),
    path: `${TJ}.training_datasets`,
    message: 'at most 15 items',
  },
  {
    rule: 'training container_image ≤ 15',
    input: withJobDetails({ training_environment: { container_image: list(16, 'i') } }),
    path: `${TJ}.training_environment.container_image`,
    message: 'at most 15 items',
  },
  {
    rule: 'training_metrics ≤ 50',
    input: withJobDetails({ training_metrics: list(51, { name: 'm', value: 1 }) }),
    path: `${TJ}.training_metrics`,
    message: 'at most 50 items',
  },
  {
    rule: 'user_provided_training_metrics ≤ 50',
    input: withJobDetails({ user_provided_training_metrics: list(51, { name: 'm', value: 1 }) }),
    path: `${TJ}.user_provided_training_metrics`,
    message: 'at most 50 items',
  },
  {
    rule: 'hyper_parameters ≤ 100',
    input: withJobDetails({ hyper_parameters: list(101, { name: 'p' }) }),
    path: `${TJ}.hyper_parameters`,
    message: 'at most 100 items',
  },
  {
    rule: 'user_provided_hyper_parameters ≤ 100',
    input: withJobDetails({ user_provided_hyper_parameters: list(101, { name: 'p' }) }),
    path: `${TJ}.user_provided_hyper_parameters`,
    message: 'at most 100 items',
  },
  { rule: 'evaluation datasets ≤ 10', input: withJob({ datasets: list(11, 's3://b/d') }), path: 'evaluation_details[0].datasets', message: 'at most 10 items' },
  {
    rule: 'source_algorithms ≤ 15',
    input: withPackage({ source_algorithms: list(16, { algorithm_name: 'a' }) }),
    path: 'model_package_details.source_algorithms',
    message: 'at most 15 items',
  },
  {
    rule: 'containers ≤ 15',
    input: withPackage({ inference_specification: { containers: list(16, { image: 'i' }) } }),
    path: 'model_package_details.inference_specification.containers',
    message: 'at most 15 items',
  },
  {
    rule: 'containers ≥ 1',
    input: withPackage({ inference_specification: { containers: [] } }),
    path: 'model_package_details.inference_specification.containers',
    message: 'at least 1 item',
  },

  // open maps still constrain their values
  { rule: 'metadata is an object', input: withJob({ metadata: ['a'] }), path: 'evaluation_details[0].metadata', message: 'must be an object' },
  {
    rule: 'custom_details values are strings',
    input: { additional_information: { custom_details: { reviewed: true } } },
    path: 'additional_information.custom_details.reviewed',
    message: 'must be a string',
  },
  {
    rule: 'is_checkpoint is a boolean',
    input: withPackage({ inference_specification: { containers: [{ image: 'i', is_checkpoint: 'no' }] } }),
    path: 'model_package_details.inference_specification.containers[0].is_checkpoint',
    message: 'must be a boolean',
  },
];

describe('invalid content', () => {
  it.each(invalidCases)('$rule → $path: $message', ({ input, path, message }) => {
    expect(parseModelCardContent(input)).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it('reports every unknown key and every broken rule, not just the first', () => {
    expect(parseModelCardContent({ foo: 1, bar: 2, intended_uses: { risk_rating: 'low', extra: '' } })).toEqual({
      ok: false,
      issues: [
        { path: 'intended_uses.risk_rating', message: 'must be one of High, Medium, Low, Unknown' },
        { path: 'intended_uses.extra', message: 'unknown key "extra"' },
        { path: 'foo', message: 'unknown key "foo"' },
        { path: 'bar', message: 'unknown key "bar"' },
      ],
    });
  });

  it('refuses a "__proto__" key in an open object rather than dropping it', () => {
    const text =
      '{"additional_information": {"custom_details": {"__proto__": "x"}}, "evaluation_details": [{"name": "e", "metric_groups": [{"name": "g", "metric_data": [], "__proto__": {}}]}]}';
    expect(parseModelCardContent(text)).toEqual({
      ok: false,
      issues: [
        { path: 'evaluation_details[0].metric_groups[0].__proto__', message: 'key "__proto__" is not allowed' },
        { path: 'additional_information.custom_details.__proto__', message: 'key "__proto__" is not allowed' },
      ],
    });
  });

  it('allows exactly 100,000 characters of JSON text', () => {
    const doc = JSON.stringify({ intended_uses: {} });
    expect(parseModelCardContent(doc.padEnd(MAX_CONTENT_CHARS, ' '))).toEqual({ ok: true, content: { intended_uses: {} } });
    expect(parseModelCardContent(doc.padEnd(MAX_CONTENT_CHARS + 1, ' '))).toEqual({
      ok: false,
      issues: [{ path: '', message: `at most 100000 characters; this document has ${MAX_CONTENT_CHARS + 1}` }],
    });
  });

  it('measures an already parsed document as the JSON that would be stored', () => {
    const custom_details = Object.fromEntries(list(100, chars(1024)).map((v, i) => [`k${i}`, v]));
    const doc = { additional_information: { custom_details } };
    expect(parseModelCardContent(doc)).toEqual({
      ok: false,
      issues: [{ path: '', message: `at most 100000 characters as JSON; this document has ${JSON.stringify(doc).length}` }],
    });
  });
});

/**
 * Agreement with SageMaker's public JSON schemas: the Mar-2023 developer-guide schema and the
 * SDK's CORE schema. Both declare draft-07, so the default (draft-07) Ajv applies; their `$id`
 * is the draft-07 meta-schema's own id, copied by mistake, and must go before ajv will load them.
 */
function jsonSchemaValidator(file: string) {
  const schema = readJson(path.resolve(__dirname, '../../../shared/reference', file));
  delete schema.$id;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  return (doc: unknown) => validate(doc) as boolean;
}

const jsonSchemas = {
  '2023': jsonSchemaValidator('sagemaker-model-card-schema.2023.json'),
  core: jsonSchemaValidator('sagemaker-model-card-schema.core.json'),
};
const zodAccepts = (doc: unknown) => ZModelCardContent.safeParse(doc).success;

type TSchemaName = keyof typeof jsonSchemas;
type TAgreementCase = { doc: unknown; valid: boolean; schemas?: TSchemaName[] };

const everyField = fixture('every-field.json');
const metricsWithEveryType = [
  { name: 'n', type: 'number', value: -1.5, notes: 'n', x_axis_name: 'x', y_axis_name: 'y' },
  { name: 's', type: 'string', value: chars(63) },
  { name: 'b', type: 'boolean', value: false },
  { name: 'l', type: 'linear_graph', value: list(20, [0, 1]), x_axis_name: 'x', y_axis_name: 'y' },
  { name: 'c', type: 'bar_chart', value: list(20, 1), x_axis_name: ['a'], y_axis_name: 'y' },
  { name: 'm', type: 'matrix', value: list(20, list(20, 0)), x_axis_name: ['a'], y_axis_name: ['b'] },
];

// Documents whose sections exist in the schemas named (both when not said), and the verdict all must give.
const agreementCases: Record<string, TAgreementCase> = {
  'empty document': { doc: {}, valid: true },
  'model_overview fields both schemas have': {
    doc: {
      model_overview: {
        model_description: 'd',
        model_owner: 'o',
        model_creator: 'c',
        problem_type: chars(5000),
        algorithm_type: 'a',
        model_artifact: list(15, chars(1024)),
      },
    },
    valid: true,
  },
  'model_overview fields only 2023 has': {
    doc: { model_overview: { model_id: 'id', model_name: 'n', model_version: 1.5, inference_environment: { container_image: ['i'] } } },
    valid: true,
    schemas: ['2023'],
  },
  'intended uses': { doc: { intended_uses: everyField.intended_uses }, valid: true },
  'business details': { doc: { business_details: everyField.business_details }, valid: true, schemas: ['core'] },
  'training details without hyper-parameters': {
    doc: {
      training_details: {
        objective_function: { function: { function: 'Maximize' } },
        training_observations: 'o',
        training_job_details: {
          training_arn: 'a',
          training_datasets: ['d'],
          training_environment: { container_image: ['i'] },
          training_metrics: [{ name: 'm', value: 1, notes: 'n' }],
          user_provided_training_metrics: [],
        },
      },
    },
    valid: true,
  },
  'hyper-parameters with empty and missing values': {
    doc: withJobDetails({ hyper_parameters: [{ name: 'a', value: '' }, { name: 'b' }], user_provided_hyper_parameters: [{ name: 'c', value: chars(300) }] }),
    valid: true,
    schemas: ['core'],
  },
  'every metric type at its largest': { doc: withMetricGroup({ name: 'g', metric_data: metricsWithEveryType }), valid: true },
  'evaluation job at its limits': {
    doc: withJob({
      name: chars(64),
      evaluation_observation: chars(2096),
      evaluation_job_arn: chars(256),
      datasets: list(10, 'd'),
      metadata: { k: chars(1024) },
      metric_groups: [],
    }),
    valid: true,
  },
  'metric group with an extra key': { doc: withMetricGroup({ name: 'g', metric_data: [], extra: 1 }), valid: true },
  'Clarify bias metric groups (64-character names)': { doc: withJob({ metric_groups: reportFixture(TRANSLATED_REPORTS[0]).metric_groups }), valid: true },
  'Model Monitor metric groups': { doc: withJob({ metric_groups: reportFixture(TRANSLATED_REPORTS[1]).metric_groups }), valid: true },
  'additional information': { doc: { additional_information: everyField.additional_information }, valid: true },

  'root is an array': { doc: [], valid: false },
  'unknown root key': { doc: { foo: 1 }, valid: false },
  'unknown key in model_overview': { doc: { model_overview: { colour: 'red' } }, valid: false },
  'model_description too long': { doc: { model_overview: { model_description: chars(1025) } }, valid: false },
  'model_version below 1': { doc: { model_overview: { model_version: 0 } }, valid: false, schemas: ['2023'] },
  'unknown key in inference_environment': { doc: { model_overview: { inference_environment: { x: 1 } } }, valid: false, schemas: ['2023'] },
  'risk_rating outside the enum': { doc: { intended_uses: { risk_rating: 'low' } }, valid: false },
  'purpose_of_model too long': { doc: { intended_uses: { purpose_of_model: chars(2049) } }, valid: false },
  'business_problem too long': { doc: { business_details: { business_problem: chars(2049) } }, valid: false, schemas: ['core'] },
  'unknown key in training_details': { doc: { training_details: { extra: 1 } }, valid: false },
  'unknown key in training_environment': { doc: withJobDetails({ training_environment: { x: 1 } }), valid: false },
  'training metric without value': { doc: withJobDetails({ training_metrics: [{ name: 'm' }] }), valid: false },
  'training metric with a string value': { doc: withJobDetails({ training_metrics: [{ name: 'm', value: '1' }] }), valid: false },
  'training metric with an empty name': { doc: withJobDetails({ training_metrics: [{ name: '', value: 1 }] }), valid: false },
  'hyper-parameter without name': { doc: withJobDetails({ hyper_parameters: [{ value: '1' }] }), valid: false, schemas: ['core'] },
  'hyper-parameter with a number value': { doc: withJobDetails({ hyper_parameters: [{ name: 'a', value: 1 }] }), valid: false, schemas: ['core'] },
  'evaluation job without name': { doc: { evaluation_details: [{}] }, valid: false },
  'evaluation job name of line breaks only': { doc: withJob({ name: '\n\n' }), valid: false },
  'unknown key in evaluation job': { doc: withJob({ owner: 'me' }), valid: false },
  'evaluation_observation too long': { doc: withJob({ evaluation_observation: chars(2097) }), valid: false },
  'evaluation_job_arn too long': { doc: withJob({ evaluation_job_arn: chars(257) }), valid: false },
  'eleven evaluation datasets': { doc: withJob({ datasets: list(11, 'd') }), valid: false },
  'metadata value not a string': { doc: withJob({ metadata: { k: 1 } }), valid: false },
  'metadata value too long': { doc: withJob({ metadata: { k: chars(1025) } }), valid: false },
  'metric group without metric_data': { doc: withMetricGroup({ name: 'g' }), valid: false },
  'metric group without name': { doc: withMetricGroup({ metric_data: [] }), valid: false },
  'metric without type': { doc: withMetric({ name: 'm', value: 1 }), valid: false },
  'metric of an unknown type': { doc: withMetric({ name: 'm', type: 'pie', value: 1 }), valid: false },
  'metric without value': { doc: withMetric({ name: 'm', type: 'number' }), valid: false },
  'metric with an unknown key': { doc: withMetric({ name: 'm', type: 'number', value: 1, unit: '%' }), valid: false },
  'string metric value too long': { doc: withMetric({ name: 'm', type: 'string', value: chars(64) }), valid: false },
  'simple metric with axis list': { doc: withMetric({ name: 'm', type: 'number', value: 1, x_axis_name: ['a'] }), valid: false },
  'empty linear_graph': { doc: withMetric({ name: 'm', type: 'linear_graph', value: [] }), valid: false },
  'linear_graph point of one number': { doc: withMetric({ name: 'm', type: 'linear_graph', value: [[1]] }), valid: false },
  'linear_graph point of three numbers': { doc: withMetric({ name: 'm', type: 'linear_graph', value: [[1, 2, 3]] }), valid: false },
  'empty bar_chart': { doc: withMetric({ name: 'm', type: 'bar_chart', value: [] }), valid: false },
  'bar_chart of strings': { doc: withMetric({ name: 'm', type: 'bar_chart', value: ['a'] }), valid: false },
  'bar_chart with one x-axis name': { doc: withMetric({ name: 'm', type: 'bar_chart', value: [1], x_axis_name: 'x' }), valid: false },
  'empty matrix': { doc: withMetric({ name: 'm', type: 'matrix', value: [] }), valid: false },
  'matrix with an empty row': { doc: withMetric({ name: 'm', type: 'matrix', value: [[]] }), valid: false },
  'matrix of 21 rows': { doc: withMetric({ name: 'm', type: 'matrix', value: list(21, [1]) }), valid: false },
  'matrix of 21 columns': { doc: withMetric({ name: 'm', type: 'matrix', value: [list(21, 1)] }), valid: false },
  'matrix axis label too long': { doc: withMetric({ name: 'm', type: 'matrix', value: [[1]], x_axis_name: [chars(64)] }), valid: false },
  'unknown key in additional_information': { doc: { additional_information: { notes: '' } }, valid: false },
  'custom_details value too long': { doc: { additional_information: { custom_details: { k: chars(1025) } } }, valid: false },
};

describe('agreement with the public JSON schemas', () => {
  it.each(Object.entries(agreementCases))('%s', (_, { doc, valid, schemas = ['2023', 'core'] }) => {
    expect(zodAccepts(doc)).toBe(valid);
    for (const schema of schemas) expect({ schema, valid: jsonSchemas[schema](doc) }).toEqual({ schema, valid });
  });

  type TDisagreement = { doc: unknown; zod: boolean; '2023': boolean; core: boolean };

  // Deliberate differences, each with the reference's reasoning. The verdicts are asserted so that
  // a change on either side shows up here.
  const disagreements: Record<string, TDisagreement> = {
    // §1.2/§1.5: the schemas write list caps as maxContains (a no-op without `contains`); the SDK enforces them as list sizes.
    '16 model artifacts': { doc: { model_overview: { model_artifact: list(16, 'a') } }, zod: false, '2023': true, core: true },
    '16 training container images': { doc: withJobDetails({ training_environment: { container_image: list(16, 'i') } }), zod: false, '2023': true, core: true },
    // §1.5: maxItems 50/100 sits inside `items`, where it constrains nothing; the SDK's *_MAX_SIZE constants cap the lists.
    '51 training metrics': { doc: withJobDetails({ training_metrics: list(51, { name: 'm', value: 1 }) }), zod: false, '2023': true, core: true },
    '101 hyper-parameters': { doc: withJobDetails({ hyper_parameters: list(101, { name: 'p' }) }), zod: false, '2023': false, core: true },
    // §1.5: objective_function has no `properties` keyword, so the schemas check nothing inside it; we check the SDK's shape.
    'objective function outside the enum': {
      doc: { training_details: { objective_function: { function: { function: 'Up' } } } },
      zod: false,
      '2023': true,
      core: true,
    },
    'unknown key in objective function': { doc: { training_details: { objective_function: { goal: 'x' } } }, zod: false, '2023': true, core: true },
    // §1.6: the SDK checks that a metric's value matches its type (METRIC_VALUE_TYPE_MAP); the schemas' simple_metric does not.
    'number metric holding a string': { doc: withMetric({ name: 'm', type: 'number', value: 'high' }), zod: false, '2023': true, core: true },
    // §1.6/§8: CORE dropped the 2023 cap of 20 points, and the reference says to accept the union; Model Monitor curves exceed 20.
    'linear_graph of 21 points': { doc: withMetric({ name: 'm', type: 'linear_graph', value: list(21, [0, 1]) }), zod: true, '2023': false, core: true },
    'bar_chart of 21 bars': { doc: withMetric({ name: 'm', type: 'bar_chart', value: list(21, 1) }), zod: true, '2023': false, core: true },
    // §1.1: business_details and hyper_parameters came after the 2023 schema; CORE keeps only six model_overview fields.
    'business details': { doc: { business_details: { business_problem: 'p' } }, zod: true, '2023': false, core: true },
    'model_id in model_overview': { doc: { model_overview: { model_id: 'arn' } }, zod: true, '2023': true, core: false },
    // §1.8: model_package_details is in CFN and the SDK but in neither public schema.
    'model package details': { doc: { model_package_details: { model_package_version: 1 } }, zod: true, '2023': false, core: false },
    // §1.9: the reference's own example needs the union of both schemas.
    'reference minimal example': { doc: fixture('reference-1.9-minimal-example.json'), zod: true, '2023': false, core: false },
  };

  it.each(Object.entries(disagreements))('differs on purpose: %s', (_, { doc, ...expected }) => {
    expect({ zod: zodAccepts(doc), '2023': jsonSchemas['2023'](doc), core: jsonSchemas.core(doc) }).toEqual(expected);
  });
});
