import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { hasRole } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { listAuditEvents } from '@/lib/server/audit/list-audit-events';
import { auditTrailSearch } from '@/lib/schemas/audit-trail-query';
import { firstParam } from '@/lib/schemas/input-values';
import { Forbidden } from '@/components/shell/forbidden';
import { buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { EmptyState } from '@/components/ui/empty-state';
import { AuditCheck } from '@/components/audit/audit-check';
import { AuditFilters } from '@/components/audit/audit-filters';
import type { TAuditFilterValues } from '@/components/audit/audit-filters';
import { AuditEventsTable } from '@/components/audit/audit-events-table';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Audit trail' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditTrailPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  if (!hasRole(actor, 'admin', 'auditor')) return <Forbidden what="The audit trail" role="auditor or admin" />;
  const params = await searchParams;
  const values: TAuditFilterValues = {
    target: firstParam(params.target),
    person: firstParam(params.person),
    kind: firstParam(params.kind),
    from: firstParam(params.from),
    to: firstParam(params.to),
  };
  const cursor = firstParam(params.cursor);
  const filtered = Object.values(values).some(Boolean);
  let page;
  let refused: string | null = null;
  try {
    page = await listAuditEvents({ actor, query: { ...values, ...(cursor ? { cursor } : {}) } });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    refused = error.message;
  }
  const newest = `/audit?${auditTrailSearch(values)}`;
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Audit trail">
        Every change made in Cardinal, newest first: who made it, to what, and when, with each event&apos;s place in the hash chain and its SHA-256. Programs
        read the same list from <code className="font-mono">GET /api/v1/audit-events</code>.
      </PageHeader>
      <AuditCheck />
      <AuditFilters values={values} />
      {refused !== null ? (
        <Notice tone="error">
          {refused}{' '}
          <Link href={cursor ? newest : '/audit'} className="underline">
            {cursor ? 'Start again from the newest events.' : 'Clear the filters.'}
          </Link>
        </Notice>
      ) : page && page.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No events match these filters' : 'No events yet'}
          actions={
            filtered ? (
              <Link href="/audit" className={buttonClass('secondary')}>
                Clear filters
              </Link>
            ) : null
          }
        >
          {filtered
            ? 'Names and emails must match exactly (a card name, a package group, a user’s email); widen the dates or choose another kind.'
            : 'Every change to a card, a package, a webhook, a user or a setting is recorded here as it happens.'}
        </EmptyState>
      ) : page ? (
        <>
          <AuditEventsTable events={page.items} />
          {page.nextCursor || cursor ? (
            <nav aria-label="Pages" className="flex justify-end gap-3">
              {cursor ? (
                <Link href={newest} className={buttonClass('ghost')}>
                  Newest
                </Link>
              ) : null}
              {page.nextCursor ? (
                <Link href={`/audit?${auditTrailSearch({ ...values, cursor: page.nextCursor })}`} className={buttonClass('secondary')}>
                  Older events
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
