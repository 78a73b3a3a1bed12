'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Re-reads the server-rendered list every few seconds while a job on it is still in progress. */
export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
