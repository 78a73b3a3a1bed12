import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getRegistryModelsScreen } from '@/lib/server/screens/registry-screen';
import { CardOrCreate } from '@/components/registry/card-or-create';
import { EmptyList, RegisteredCell, NameSearch, RegistryHeader, RegistryList, TD } from '@/components/registry/registry-frame';

export const metadata = { title: 'Registered models' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisteredModelsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { query, rows, nextCursor, error, canAuthor } = await getRegistryModelsScreen({ actor, params: await searchParams });
  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <RegistryHeader current="/registry/models" description="Deployable models registered with CreateModel, each with the card whose model ID names it." />
      <NameSearch action="/registry/models" q={query.q} label="Search models by name" />
      <RegistryList
        caption="Registered models"
        columns={['Model', 'Container', 'Registered', 'Model card']}
        count={rows.length}
        error={error}
        empty={
          <EmptyList>
            {query.q
              ? `No model matches “${query.q}”.`
              : 'No models registered yet. Register one with CreateModel (boto3: sm.create_model(ModelName=…, PrimaryContainer=…)).'}
          </EmptyList>
        }
        pager={{ path: '/registry/models', params: { q: query.q }, cursor: query.cursor, nextCursor }}
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
            <RegisteredCell by={row.createdBy} at={row.createdAt} />
            <td className={TD}>
              <CardOrCreate card={row.card} canAuthor={canAuthor} createHref={`/model-cards/new?model=${encodeURIComponent(row.name)}`} what={row.name} />
            </td>
          </tr>
        ))}
      </RegistryList>
    </section>
  );
}
