export function Forbidden({ what, role }: { what: string; role: string }) {
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-lg py-16 text-center">
      <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
        {what} is not available to you
      </h1>
      <p className="mt-3 text-sm text-muted">
        This part of Cardinal needs the <strong className="text-fg">{role}</strong> role. Ask an administrator if you need access.
      </p>
    </section>
  );
}
