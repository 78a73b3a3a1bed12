import { Logo } from '@/components/shell/logo';

export const dynamic = 'force-dynamic';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Logo className="mb-6 text-xl" />
      <div className="w-full max-w-md rounded-xl border border-line bg-surface p-7 shadow-sm">{children}</div>
      <p className="mt-6 text-xs text-muted">Model-card registry and governance console</p>
    </main>
  );
}
