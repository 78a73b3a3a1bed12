'use client';

// One metric group: its name and metrics. Numbers, texts and yes/no values are edited here; charts come from reports and are shown as they will read.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { MetricGroupView } from '@/components/model-cards/charts/metric-group-view';
import { isChartType, metricGroupToContent, type TFormMetric, type TFormMetricGroup, type TWizardValues } from '@/components/wizard/wizard-form';
import type { TMetricGroup } from '@/lib/schemas/model-card-content';
import { fieldId } from './field-id';
import { FieldMessage, TextInput, useFieldError } from './form-fields';
import { RowActions } from './rows-editor';
import { ConfirmButton } from './confirm-button';

/** Narrow groups put a metric's notes on a second line; from 48rem they get their own column. */
const ROW =
  'grid grid-cols-[1.5rem_minmax(0,1.6fr)_7.5rem_minmax(0,1fr)_7.25rem] items-start gap-x-2 gap-y-1.5 @3xl:grid-cols-[1.5rem_minmax(0,1.6fr)_7.5rem_minmax(0,1fr)_minmax(0,1.2fr)_7.25rem]';

const CHART_NAMES: Record<string, string> = { linear_graph: 'Line graph', bar_chart: 'Bar chart', matrix: 'Matrix' };

function chartSize(metric: TFormMetric): string {
  const data = Array.isArray(metric.chart) ? metric.chart : [];
  if (metric.type === 'matrix') return `${data.length} × ${Array.isArray(data[0]) ? data[0].length : 0}`;
  return `${data.length} ${metric.type === 'linear_graph' ? 'points' : 'bars'}`;
}

function Cell({ name, label, as = 'input', placeholder }: { name: string; label: string; as?: 'input' | 'type' | 'boolean'; placeholder?: string }) {
  const { register } = useFormContext<TWizardValues>();
  const error = useFieldError(name);
  const common = {
    id: fieldId(name),
    'aria-label': label,
    className: inputClass,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${fieldId(name)}-error` : undefined,
  };
  if (as === 'type') {
    return (
      <select {...common} {...register(name as never)}>
        <option value="number">Number</option>
        <option value="string">Text</option>
        <option value="boolean">Yes / no</option>
      </select>
    );
  }
  if (as === 'boolean') {
    return (
      <select {...common} {...register(name as never)}>
        <option value="">Choose…</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  return <input {...common} autoComplete="off" placeholder={placeholder} {...register(name as never)} />;
}

function MetricRow({
  base,
  index,
  count,
  move,
  remove,
}: {
  base: string;
  index: number;
  count: number;
  move: (a: number, b: number) => void;
  remove: (i: number) => void;
}) {
  const { control } = useFormContext<TWizardValues>();
  const metric = useWatch({ control, name: `${base}.${index}` as never }) as TFormMetric | undefined;
  const at = `${base}.${index}`;
  const what = `metric ${index + 1}`;
  const chart = metric ? isChartType(metric.type) : false;
  return (
    <li className={ROW}>
      <span className="pt-2 text-xs tabular-nums text-muted">{index + 1}</span>
      <div className="min-w-0">
        <Cell name={`${at}.name`} label={`Name, ${what}`} />
        <FieldMessage name={`${at}.name`} />
      </div>
      <div className="min-w-0">
        {chart && metric ? <p className="px-1 pt-2 text-sm">{CHART_NAMES[metric.type]}</p> : <Cell name={`${at}.type`} label={`Type, ${what}`} as="type" />}
      </div>
      <div className="min-w-0">
        {chart && metric ? (
          <p className="px-1 pt-2 text-sm text-muted">{chartSize(metric)} from a report</p>
        ) : (
          <Cell name={`${at}.value`} label={`Value, ${what}`} as={metric?.type === 'boolean' ? 'boolean' : 'input'} />
        )}
        <FieldMessage name={`${at}.value`} />
        <FieldMessage name={`${at}.chart`} />
      </div>
      <div className="col-start-2 col-end-[-1] row-start-2 min-w-0 @3xl:col-auto @3xl:row-auto">
        <Cell name={`${at}.notes`} label={`Notes, ${what}`} placeholder="Notes" />
        <FieldMessage name={`${at}.notes`} />
      </div>
      <div className="col-start-5 row-start-1 @3xl:col-auto @3xl:row-auto">
        <RowActions index={index} count={count} what="metric" move={move} remove={remove} />
      </div>
    </li>
  );
}

export function MetricGroupEditor({ name, label, onRemove }: { name: string; label: string; onRemove: () => void }) {
  const { control } = useFormContext<TWizardValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: `${name}.metric_data` as never });
  const group = useWatch({ control, name: name as never }) as TFormMetricGroup | undefined;
  const hasChart = group?.metric_data.some((metric) => isChartType(metric.type)) ?? false;
  return (
    <div className="space-y-3 rounded-lg border border-line p-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <TextInput name={`${name}.name`} label={`${label} name`} className="min-w-64 flex-1" />
        <ConfirmButton
          label={`Remove ${label.toLowerCase()}`}
          title={`Remove ${label.toLowerCase()}?`}
          message="The group and all its metrics are removed from this card. Versions already saved keep them."
          onConfirm={onRemove}
        />
      </div>
      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-line px-3 py-3 text-sm text-muted">No metrics in this group yet.</p>
      ) : (
        <div className="@container">
          <div aria-hidden="true" className={`${ROW} pb-1 text-xs font-medium text-muted`}>
            <span />
            <span>Name</span>
            <span>Type</span>
            <span>Value</span>
            <span className="hidden @3xl:block">Notes</span>
          </div>
          <ol aria-label={`Metrics of ${label.toLowerCase()}`} className="space-y-2 text-sm">
            {fields.map((field, index) => (
              <MetricRow key={field.id} base={`${name}.metric_data`} index={index} count={fields.length} move={move} remove={remove} />
            ))}
          </ol>
        </div>
      )}
      <Button
        id={fieldId(`${name}.metric_data`)}
        variant="secondary"
        className="px-3 py-1.5"
        onClick={() => append({ name: '', type: 'number', value: '', notes: '', chart: null, axes: {} } as never)}
      >
        <span aria-hidden="true">+</span> Add metric
      </Button>
      {hasChart && group ? (
        <details className="rounded-md border border-line bg-canvas px-4 py-3">
          <summary className="cursor-pointer text-sm font-medium">Preview this group as it will read</summary>
          <div className="mt-3">
            <MetricGroupView group={metricGroupToContent(group) as TMetricGroup} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
