import type { TDiffChange, TDiffKind } from '@/lib/model-cards/diff-content';
import { describePathSegments, fieldLabel, hasFreeKeys } from '@/lib/model-cards/field-labels';
import { formatDelta, formatScalar, isScalar, kindWords, summarizeValue } from './describe-value';

/** Each kind has a word and a sign, so it reads without colour; the tint only repeats them. */
const KINDS: Record<TDiffKind, { word: string; sign: string; tone: string }> = {
  added: { word: 'Added', sign: '+', tone: 'border-success/40 bg-success-soft text-success' },
  removed: { word: 'Removed', sign: '\u2212', tone: 'border-danger/40 bg-danger-soft text-danger' },
  changed: { word: 'Changed', sign: '~', tone: 'border-warning/40 bg-warning-soft text-warning' },
};

function KindBadge({ kind }: { kind: TDiffKind }) {
  const { word, sign, tone } = KINDS[kind];
  return (
    <span className={`inline-flex w-24 shrink-0 self-start items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium ${tone}`}>
      <span aria-hidden className="w-2 text-center font-mono">
        {sign}
      </span>
      {word}
    </span>
  );
}

/** The key the changed value sits under, to tell free-form keys (custom details) from schema keys. */
function lastKey(path: string): string | undefined {
  return /(?:^|\.)([A-Za-z_$][\w$]*)$/.exec(path)?.[1];
}

function isShort(value: unknown): boolean {
  return isScalar(value) && !(typeof value === 'string' && (value.length > 60 || value.includes('\n')));
}

/** An added or removed subtree: its fields one per line, each summarised; a list item or leaf in one line. */
function ValueView({ value, parentKey }: { value: unknown; parentKey?: string }) {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const entries = Object.entries(record).filter(([, item]) => item !== undefined);
    // A named item with a few scalar fields (a metric, a hyper-parameter) reads best as one line.
    const flat = entries.every(([, item]) => isScalar(item) || (Array.isArray(item) && item.every(isScalar)));
    const isMetric = typeof record.type === 'string' && 'value' in record;
    if (typeof record.name === 'string' && (isMetric || (flat && entries.length <= 6))) {
      return <p className="whitespace-pre-line break-words">{summarizeValue(value, parentKey)}</p>;
    }
    // The path already names a named item, so its name is not repeated as a row.
    const rows = typeof record.name === 'string' ? entries.filter(([key]) => key !== 'name') : entries;
    return (
      <dl className="space-y-1">
        {rows.map(([key, item]) => (
          <div key={key} className="grid gap-x-3 sm:grid-cols-[11rem_minmax(0,1fr)]">
            <dt className="text-muted">{hasFreeKeys(parentKey) ? key : fieldLabel(key, parentKey)}</dt>
            <dd className="min-w-0 whitespace-pre-line break-words">{summarizeValue(item, key)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <p className="whitespace-pre-line break-words">{summarizeValue(value, parentKey)}</p>;
}

function Side({ label, sign, value, parentKey }: { label: string; sign: string; value: unknown; parentKey?: string }) {
  return (
    <div className="grid grid-cols-[1.25rem_4rem_minmax(0,1fr)] items-baseline gap-x-1 rounded px-2 py-1.5 odd:bg-sunken/60">
      <span aria-hidden className="font-mono text-muted">
        {sign}
      </span>
      <span className="text-xs font-medium uppercase tracking-wide text-muted">{label}</span>
      <div className="min-w-0 text-fg">
        <ValueView value={value} parentKey={parentKey} />
      </div>
    </div>
  );
}

function ChangeBody({ change }: { change: TDiffChange }) {
  const key = lastKey(change.path);
  if (change.kind === 'added') return <ValueView value={change.after} parentKey={key} />;
  if (change.kind === 'removed') {
    return (
      <div className="text-muted">
        <ValueView value={change.before} parentKey={key} />
      </div>
    );
  }
  if (isShort(change.before) && isShort(change.after)) {
    return (
      <p className="break-words">
        <span className="sr-only">from </span>
        <span className="text-muted line-through decoration-muted/50">{formatScalar(change.before)}</span>
        <span aria-hidden className="px-2 text-muted">
          →
        </span>
        <span className="sr-only"> to </span>
        <span className="font-medium">{formatScalar(change.after)}</span>
        {change.delta !== undefined ? <span className="ml-2 font-mono text-xs text-muted">({formatDelta(change.delta)})</span> : null}
      </p>
    );
  }
  return (
    <div className="space-y-1">
      <Side label="Before" sign={'\u2212'} value={change.before} parentKey={key} />
      <Side label="After" sign="+" value={change.after} parentKey={key} />
    </div>
  );
}

export function DiffChange({ change }: { change: TDiffChange }) {
  const where = describePathSegments(change.path).slice(1);
  return (
    <li className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:gap-4">
      <KindBadge kind={change.kind} />
      <div className="min-w-0 flex-1 space-y-1.5 text-sm">
        <p className="break-words font-medium text-fg">{where.length > 0 ? where.join(' › ') : 'Whole section'}</p>
        {change.typeChanged ? (
          <p className="text-xs text-warning">
            Type changed from {kindWords(change.before)} to {kindWords(change.after)}
          </p>
        ) : null}
        <div className="text-fg">
          <ChangeBody change={change} />
        </div>
      </div>
    </li>
  );
}
