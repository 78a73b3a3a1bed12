import Link from 'next/link';
import { headers } from 'next/headers';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getDashboardScreen } from '@/lib/server/screens/dashboard-screen';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/components/ui/notice';
import { DashboardCounts } from '@/components/dashboard/dashboard-counts';
import { RiskStatusGrid } from '@/components/dashboard/risk-status-grid';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { InventoryTable } from '@/components/dashboard/inventory-table';
import { DashboardEmpty } from '@/components/dashboard/dashboard-empty';
import { dashboardHref } from '@/components/dashboard/dashboard-url';
import type { DashboardView } from '@/components/dashboard/dashboard-url';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonClass } from '@/components/ui/button';

export const metadata = { title: 'Dashboard' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The address people reach this server by, for the boto3 lines: NEXTAUTH_URL when set, else what the browser asked for. */
async function origin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/+$/, '');
  const requestHeaders = await headers();
  return `${requestHeaders.get('x-forwarded-proto') ?? 'http'}://${requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host')}`;
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const screen = await getDashboardScreen({ actor, params: await searchParams });
  const view: DashboardView = screen.query ?? {};
  const pages = Math.max(1, Math.ceil(screen.matching / screen.pageSize));
  const page = screen.query?.page ?? 1;
  const policy = screen.policy;
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Model dashboard">
        Every package version, registered model and model card, with its approvals and when its card is due for re-review (High {policy.High}, Medium{' '}
        {policy.Medium}, Low {policy.Low}, Unknown {policy.Unknown} months after approval).
        {view.asOf ? ` Overdue is judged as of ${formatDateTime(screen.now).replace(/,? \d\d:\d\d UTC$/, '')}.` : ''}
      </PageHeader>
      {screen.counts.total === 0 ? (
        <DashboardEmpty origin={await origin()} />
      ) : (
        <>
          <DashboardCounts counts={screen.counts} view={view} />
          <RiskStatusGrid counts={screen.counts} view={view} />
          <DashboardFilters view={view} csvHref={dashboardHref(view, {}, '/api/v1/dashboard.csv')} />
          {screen.error ? (
            <Notice tone="error">{`This link's filters cannot be shown (${screen.error}).`}</Notice>
          ) : screen.rows.length === 0 ? (
            <EmptyState
              title="No row matches these filters"
              actions={
                <Link href={dashboardHref({})} className={buttonClass('secondary')}>
                  Clear filters
                </Link>
              }
            />
          ) : (
            <>
              <p role="status" className="text-sm text-muted">
                {screen.matching.toLocaleString('en-US')} {screen.matching === 1 ? 'row' : 'rows'}
                {pages > 1 ? ` · page ${page} of ${pages}` : ''}
              </p>
              <InventoryTable rows={screen.rows} view={view} canReview={screen.canReview} />
              {pages > 1 ? (
                <nav aria-label="Pages" className="flex items-center justify-between text-sm">
                  {page > 1 ? (
                    <Link href={dashboardHref(view, { page: page - 1 })} className="font-medium underline underline-offset-2">
                      ← Previous
                    </Link>
                  ) : (
                    <span />
                  )}
                  {page < pages ? (
                    <Link href={dashboardHref(view, { page: page + 1 })} className="font-medium underline underline-offset-2">
                      Next →
                    </Link>
                  ) : null}
                </nav>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
