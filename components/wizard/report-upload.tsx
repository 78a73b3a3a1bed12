'use client';

// A report file in, the parsed metric groups previewed as they will read (charts included) with the parser's warnings, then added to the job.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { MetricGroupView } from '@/components/model-cards/charts/metric-group-view';
import { REPORT_FORMAT_LABELS, type ParsedReport } from '@/lib/reports/parse-report';
import type { TMetricGroup } from '@/lib/schemas/model-card-content';
import { FileDrop } from './file-drop';

type Parsed = ParsedReport & { fileName: string };
type ParseError = { fileName: string; message: string };

async function parseOnServer(file: File): Promise<Parsed | ParseError> {
  try {
    const response = await fetch('/api/v1/evaluation-reports/parse', {
      method: 'POST',
      body: await file.text(),
      headers: { 'content-type': 'application/json' },
    });
    const body = (await response.json()) as ParsedReport | { error: { message: string } };
    if ('error' in body) return { fileName: file.name, message: body.error.message };
    return { ...body, fileName: file.name };
  } catch {
    return { fileName: file.name, message: 'The file could not be sent to the server. Check your connection and try again.' };
  }
}

const groups = (count: number) => `${count} metric group${count === 1 ? '' : 's'}`;

export function ReportUpload({ jobLabel, onAdd }: { jobLabel: string; onAdd: (groups: TMetricGroup[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Parsed | ParseError | null>(null);

  async function read(file: File) {
    setBusy(true);
    setResult(null);
    setResult(await parseOnServer(file));
    setBusy(false);
  }

  return (
    <div className="space-y-3">
      <FileDrop
        label="Choose a report file"
        hint="Drop a report here: a generic metric file, Clarify bias or explainability, or Model Monitor model quality (JSON, up to 5 MB)."
        accept=".json,application/json"
        busy={busy}
        onFile={(file) => void read(file)}
      />
      {result && 'message' in result ? (
        <Notice tone="error">
          <strong className="font-semibold">{result.fileName} could not be read.</strong> {result.message}
        </Notice>
      ) : null}
      {result && 'metric_groups' in result ? (
        <section aria-label={`Preview of ${result.fileName}`} className="space-y-3 rounded-lg border border-line bg-canvas p-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm">
              <strong className="font-semibold">{result.fileName}</strong>
              <span className="text-muted">
                {' '}
                — read as a {REPORT_FORMAT_LABELS[result.format]}: {groups(result.metric_groups.length)}
              </span>
            </p>
            <div className="flex gap-2">
              <Button variant="ghost" onClick={() => setResult(null)}>
                Discard
              </Button>
              <Button
                disabled={result.metric_groups.length === 0}
                onClick={() => {
                  onAdd(result.metric_groups);
                  setResult(null);
                }}
              >
                Add to this job
              </Button>
            </div>
          </div>
          {result.warnings.length > 0 ? (
            <Notice tone="warning">
              <p className="font-medium">The parser noted {result.warnings.length === 1 ? 'one thing' : `${result.warnings.length} things`}:</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {result.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
          {result.metric_groups.length === 0 ? <p className="text-sm text-muted">The report holds no metrics to add to {jobLabel}.</p> : null}
          <div className="max-h-[36rem] space-y-4 overflow-y-auto pr-1">
            {result.metric_groups.map((group, index) => (
              <MetricGroupView key={index} group={group} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
