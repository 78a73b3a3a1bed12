import { TabStrip } from '@/components/ui/tab-strip';

const TABS = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/review-policy', label: 'Review policy' },
  { href: '/admin/webhooks', label: 'Webhooks' },
] as const;

export function AdminTabs({ current }: { current: (typeof TABS)[number]['href'] }) {
  return <TabStrip label="Admin" tabs={TABS} current={current} />;
}
