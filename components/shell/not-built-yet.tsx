/** A screen whose feature is planned but not built yet says so plainly instead of showing an empty page. */
export function NotBuiltYet({ title, description }: { title: string; description: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <div className="mt-6 rounded-xl border border-dashed border-line bg-surface px-6 py-12 text-center">
        <p className="text-sm font-medium">Not available yet</p>
        <p className="mx-auto mt-2 max-w-lg text-sm text-muted">{description}</p>
      </div>
    </section>
  );
}
