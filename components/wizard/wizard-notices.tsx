'use client';

import Link from 'next/link';
import { Notice } from '@/components/ui/notice';
import { formatDateTime } from '@/lib/format';
import { ConfirmButton } from './confirm-button';

export type WizardOrigin =
  | { kind: 'new' }
  | { kind: 'edit'; cardName: string; latestVersion: number }
  | { kind: 'clone'; sourceName: string; sourceVersion: number; droppedModelId: string | null; droppedModelPackageArn: string | null }
  | { kind: 'import' }
  | { kind: 'prefill'; subject: string; subjectHref: string; sections: { section: string; source: string }[]; notes: string[] };

/** Where the wizard's content came from, said once at the top. */
export function OriginNotice({ origin, importedFrom }: { origin: WizardOrigin; importedFrom: string | null }) {
  if (origin.kind === 'clone') {
    return (
      <Notice tone="info">
        Started from <strong>{origin.sourceName}</strong> version {origin.sourceVersion}. Give the new card its own name below.
        {origin.droppedModelId ? (
          <>
            {' '}
            The model ID <code className="font-mono text-xs">{origin.droppedModelId}</code> was left out: each model has one card, and it stays with{' '}
            {origin.sourceName}.
          </>
        ) : null}
        {origin.droppedModelPackageArn ? (
          <>
            {' '}
            The model package <code className="font-mono text-xs">{origin.droppedModelPackageArn}</code> was left out: each package version has one card, and it
            stays with {origin.sourceName}.
          </>
        ) : null}
      </Notice>
    );
  }
  if (origin.kind === 'prefill') {
    return (
      <Notice tone="info">
        <p>
          Prefilled from{' '}
          <Link href={origin.subjectHref} className="font-medium underline">
            {origin.subject}
          </Link>
          . Everything stays editable; give the card a name below.
        </p>
        {origin.sections.length > 0 ? (
          <ul aria-label="Prefilled sections" className="mt-2 list-disc space-y-0.5 pl-5">
            {origin.sections.map((entry) => (
              <li key={entry.section}>
                <strong>{entry.section}</strong>: {entry.source}
              </li>
            ))}
          </ul>
        ) : null}
        {origin.notes.map((note) => (
          <p key={note} className="mt-1 text-muted">
            {note}
          </p>
        ))}
      </Notice>
    );
  }
  if (origin.kind === 'import') {
    return importedFrom ? (
      <Notice tone="info">
        Started from <strong>{importedFrom}</strong>. Give the card a name below, check each step and save.
      </Notice>
    ) : (
      <Notice tone="info">
        No imported file is waiting here.{' '}
        <Link href="/model-cards/import" className="font-medium underline">
          Choose a JSON file
        </Link>{' '}
        or fill in the steps below.
      </Notice>
    );
  }
  return null;
}

export function DraftNotice({ savedAt, staleBase, onDiscard }: { savedAt: string; staleBase: { base: number; latest: number } | null; onDiscard: () => void }) {
  return (
    <Notice tone="info">
      <span className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <span>
          Draft restored — your unsaved changes from {formatDateTime(savedAt)} are back.
          {staleBase ? ` It started from version ${staleBase.base}; version ${staleBase.latest} has been saved since, which you will see when you save.` : ''}
        </span>
        <ConfirmButton
          label="Discard draft"
          title="Discard your draft?"
          message="The changes you made since the last save are thrown away and the wizard starts again from the saved content."
          confirmLabel="Discard draft"
          onConfirm={onDiscard}
        />
      </span>
    </Notice>
  );
}
