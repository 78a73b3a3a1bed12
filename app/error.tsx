'use client';
// An unexpected error outside any page's own boundary, e.g. in the console layout (the database unreachable while it finds the user).
import { ErrorProblem, StandaloneProblem } from '@/components/shell/page-problem';

export default function AppError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <StandaloneProblem>
      <ErrorProblem digest={error.digest} onRetry={retry} home={{ href: '/', label: 'Go to Cardinal' }} />
    </StandaloneProblem>
  );
}
