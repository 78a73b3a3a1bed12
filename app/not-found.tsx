// An address no route matches: its own page, since no console layout applies to it.
import type { Metadata } from 'next';
import { NotFoundProblem, StandaloneProblem } from '@/components/shell/page-problem';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <StandaloneProblem>
      <NotFoundProblem links={[{ href: '/', label: 'Go to Cardinal' }]} />
    </StandaloneProblem>
  );
}
