import { TabStrip } from '@/components/ui/tab-strip';

const TABS = [
  { href: '/profile/access-keys', label: 'Access keys' },
  { href: '/profile/password', label: 'Password' },
] as const;

export function ProfileTabs({ current }: { current: (typeof TABS)[number]['href'] }) {
  return <TabStrip label="Profile" tabs={TABS} current={current} />;
}
