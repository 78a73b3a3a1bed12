import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getRegistryModelsScreen } from '@/lib/server/screens/registry-screen';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/components/ui/notice';
import { CardOrCreate } from '@/components/registry/card-or-create';
import { NameSearch, RegistryHeader, RegistryPager, TD, TH, TableFrame, hrefWith } from '@/components/registry/registry-frame';

export const metadata = { title: 'Registered models' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisteredModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { query, rows, nextCursor, error, canAuthor } = await getRegistryModelsScreen({ actor, params: await searchParams });
  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <RegistryHeader current="/registry/models" description="Deployable models registered with CreateModel, each with the card whose model ID names it." />
      <NameSearch action="/registry/models" q={query.q} label="Search models by name" />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {rows.length === 0 && !error ? (
        <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-12 text-center text-sm text-muted">
          {query.q
            ? `No model matches “${query.q}”.`
            : 'No models registered yet. Register one with CreateModel (boto3: sm.create_model(ModelName=…, PrimaryContainer=…)).'}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <TableFrame
          caption="Registered models"
          head={
            <>
              <th scope="col" className={TH}>
                Model
              </th>
              <th scope="col" className={TH}>
                Container
              </th>
              <th scope="col" className={TH}>
                Registered
              </th>
              <th scope="col" className={TH}>
                Model card
              </th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.arn} data-model={row.name} className="hover:bg-sunken/50">
              <td className={`${TD} max-w-64`}>
                <span className="break-all font-medium">{row.name}</span>
                <div className="break-all font-mono text-xs text-muted">{row.arn}</div>
              </td>
              <td className={`${TD} max-w-72 break-all font-mono text-xs`}>
                {row.image ?? '—'}
                {row.modelDataUrl ? <div className="text-muted">{row.modelDataUrl}</div> : null}
              </td>
              <td className={`${TD} whitespace-nowrap`}>
                {row.createdBy}
                <div className="text-xs text-muted">
                  <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
                </div>
              </td>
              <td className={TD}>
                <CardOrCreate card={row.card} canAuthor={canAuthor} createHref={`/model-cards/new?model=${encodeURIComponent(row.name)}`} what={row.name} />
              </td>
            </tr>
          ))}
        </TableFrame>
      ) : null}
      <RegistryPager
        onFirstPage={!query.cursor}
        firstHref={hrefWith('/registry/models', { q: query.q })}
        nextHref={nextCursor ? hrefWith('/registry/models', { q: query.q, cursor: nextCursor }) : null}
      />
    </section>
  );
}
