import Link from 'next/link';
import type { CardSubjectDto } from '@/lib/server/registry/get-card-subject';
import { ApprovalBadge, ChangedSinceApproval } from './registry-badges';

/** On the card page: what the card documents, linked, and that package version's approval. */
export function CardSubject({ subject }: { subject: CardSubjectDto }) {
  if (!subject) return null;
  return (
    <section
      aria-label="What this card documents"
      className="flex flex-wrap items-center gap-x-3 gap-y-1.5 rounded-xl border border-line bg-surface px-4 py-3 text-sm"
    >
      <span className="text-muted">Documents</span>
      {subject.kind === 'package' ? (
        subject.package ? (
          <>
            <Link
              href={`/registry/${encodeURIComponent(subject.package.groupName)}/${subject.package.version}`}
              className="font-medium underline-offset-2 hover:text-accent hover:underline"
            >
              model package {subject.package.groupName} version {subject.package.version}
            </Link>
            <span className="text-muted">Package approval</span>
            <ApprovalBadge status={subject.package.approvalStatus} />
            {subject.package.cardChangedSinceApproval ? <ChangedSinceApproval /> : null}
          </>
        ) : (
          <span className="break-all">
            <span className="font-mono text-xs">{subject.arn}</span> <span className="text-muted">(not registered on this server)</span>
          </span>
        )
      ) : subject.model ? (
        <Link
          href={`/registry/models?q=${encodeURIComponent(subject.model.name)}`}
          className="font-medium underline-offset-2 hover:text-accent hover:underline"
        >
          model {subject.model.name}
        </Link>
      ) : (
        <span className="break-all">
          <span className="font-mono text-xs">{subject.modelId}</span> <span className="text-muted">(not a model registered here)</span>
        </span>
      )}
    </section>
  );
}
