// The field-level differences between two card versions, grouped by section, readable without colour.
import type { TContentDiff, TDiffKind } from '@/lib/model-cards/diff-content';
import { sectionTitle } from '@/lib/model-cards/field-labels';
import { DiffChange } from './diff-change';

const KIND_ORDER: TDiffKind[] = ['added', 'removed', 'changed', 'reordered'];

/** `level`: the section headings' level, one below the heading the diff sits under (2 on the diff page, 3 under the review page's h2). */
export function ContentDiff({ diff, level = 3 }: { diff: TContentDiff; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  if (diff.changes.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-line bg-surface px-6 py-10 text-center">
        <p className="text-sm font-medium text-fg">No changes</p>
        <p className="mt-1 text-sm text-muted">Both versions have the same content.</p>
      </div>
    );
  }
  const counts = KIND_ORDER.map((kind) => [kind, diff.changes.filter((change) => change.kind === kind).length] as const).filter(([, count]) => count > 0);
  return (
    <div className="space-y-5">
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold text-fg">{diff.summary}</span>
        <span className="text-muted">{counts.map(([kind, count]) => `${count} ${kind}`).join(' · ')}</span>
      </p>
      {diff.sections.map((section) => {
        const changes = diff.changes.filter((change) => change.section === section);
        const id = `diff-${section}`;
        return (
          <section key={section} aria-labelledby={id} className="rounded-lg border border-line bg-surface">
            <Heading id={id} className="flex items-baseline justify-between gap-3 border-b border-line px-4 py-2.5 text-sm font-semibold text-fg">
              {sectionTitle(section)}
              <span className="text-xs font-normal text-muted">
                {changes.length} change{changes.length === 1 ? '' : 's'}
              </span>
            </Heading>
            <ul className="divide-y divide-line">
              {changes.map((change, i) => (
                <DiffChange key={i} change={change} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
