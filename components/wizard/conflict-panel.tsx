'use client';

// Someone saved while you were editing: what their version changed, what yours changes, and a way on that loses neither.
import { useEffect, useRef } from 'react';
import { ContentDiff } from '@/components/model-cards/diff/content-diff';
import { Button } from '@/components/ui/button';
import { diffContent } from '@/lib/model-cards/diff-content';
import { formatDateTime } from '@/lib/format';
import type { ConflictVersions } from '@/lib/actions/card-wizard';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';

export function ConflictPanel({
  conflict,
  mine,
  onReload,
  onCancel,
}: {
  conflict: ConflictVersions;
  mine: TModelCardContent;
  onReload: () => void;
  onCancel: () => void;
}) {
  const { base, latest } = conflict;
  const heading = useRef<HTMLHeadingElement>(null);
  // The refusal replaces a click on Save further down: focus moves to it, so it is seen and read out.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="conflict-title" className="space-y-4 rounded-xl border border-warning/50 bg-warning-soft p-5">
      <div>
        <h2 id="conflict-title" ref={heading} tabIndex={-1} className="scroll-mt-20 text-base font-semibold focus:outline-none">
          Version {latest.version} was saved by {latest.savedBy} at {formatDateTime(new Date(latest.savedAt))} while you were editing
        </h2>
        <p className="mt-1 text-sm">
          You started from version {base.version}, so nothing was saved. Your edits are still here. Reload their version to continue from it: your edits are
          kept and you can put them back on top of version {latest.version}, or copy what you need.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onReload}>Reload their version</Button>
        <Button variant="secondary" onClick={onCancel}>
          Keep editing mine
        </Button>
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="space-y-2 rounded-lg border border-line bg-surface p-4">
          <h3 className="text-sm font-semibold">
            What version {latest.version} changed (since version {base.version})
          </h3>
          <ContentDiff diff={diffContent(base.content, latest.content)} />
        </div>
        <div className="space-y-2 rounded-lg border border-line bg-surface p-4">
          <h3 className="text-sm font-semibold">Your edits (since version {base.version})</h3>
          <ContentDiff diff={diffContent(base.content, mine)} />
        </div>
      </div>
    </section>
  );
}
