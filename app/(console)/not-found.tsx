// notFound() in any console page (a card, version, package, webhook or setup page that is not there): inside the console, with its navigation.
import { NotFoundProblem } from '@/components/shell/page-problem';

export default function ConsoleNotFound() {
  return (
    <NotFoundProblem
      links={[
        { href: '/model-cards', label: 'Model cards' },
        { href: '/registry', label: 'Models' },
        { href: '/dashboard', label: 'Dashboard' },
      ]}
    />
  );
}
