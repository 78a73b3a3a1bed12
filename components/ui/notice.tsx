import type { ReactNode } from 'react';

type Tone = 'error' | 'success' | 'info' | 'warning';

const TONES: Record<Tone, string> = {
  error: 'border-danger/40 bg-danger-soft text-danger',
  success: 'border-success/40 bg-success-soft text-success',
  info: 'border-line bg-info-soft text-fg',
  warning: 'border-warning/40 bg-warning-soft text-warning',
};

/** An inline message; errors are announced to screen readers. */
export function Notice({ tone = 'info', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3.5 py-2.5 text-sm ${TONES[tone]}`}>
      {children}
    </div>
  );
}
