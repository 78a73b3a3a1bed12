'use client';
// An unexpected error in a console page: the console stays around it, and Try again asks the server for the page again.
import { ErrorProblem } from '@/components/shell/page-problem';

export default function ConsoleError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorProblem digest={error.digest} onRetry={retry} home={{ href: '/model-cards', label: 'Model cards' }} />;
}
