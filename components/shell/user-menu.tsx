// The account menu: who is signed in, with which roles; their access keys; sign out.
'use client';

import { useEffect } from 'react';
import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/schemas/role-labels';
import type { ShellUser } from './console-shell';
import { useDisclosure } from './use-disclosure';

// next-auth's browser client (~12 KB gzip) is not part of every page's first load: it loads when the menu opens, before Sign out is chosen.
const loadNextAuth = () => import('next-auth/react');

async function signOutToSignIn() {
  const { signOut } = await loadNextAuth();
  await signOut({ callbackUrl: '/signin' });
}

export function UserMenu({ user }: { user: ShellUser }) {
  const { open, setOpen, root, button } = useDisclosure();

  useEffect(() => {
    // A failed early load is tried again by the click.
    if (open) loadNextAuth().catch(() => {});
  }, [open]);

  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <div className="relative" ref={root}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-sunken"
      >
        <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-full bg-accent text-xs font-semibold text-on-accent">
          {initials}
        </span>
        {/* Named by its text, so the accessible name contains what sighted users read (no label/content mismatch). */}
        <span className="sr-only">Account: </span>
        <span className="sr-only md:not-sr-only md:max-w-40 md:truncate">{user.name}</span>
      </button>
      {open ? (
        <div role="menu" className="absolute right-0 mt-2 w-64 rounded-lg border border-line bg-surface p-2 shadow-lg">
          <div className="px-2 py-1.5">
            <p className="truncate text-sm font-medium">{user.name}</p>
            <p className="truncate text-xs text-muted">{user.email}</p>
            <p className="mt-1 text-xs text-muted">{user.roles.map((role) => ROLE_LABELS[role]).join(', ')}</p>
          </div>
          <div className="my-1 h-px bg-line" />
          <Link
            href="/profile/access-keys"
            role="menuitem"
            autoFocus
            onClick={() => setOpen(false)}
            className="block w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-sunken"
          >
            Access keys
          </Link>
          <Link
            href="/profile/password"
            role="menuitem"
            onClick={() => setOpen(false)}
            className="block w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-sunken"
          >
            Change password
          </Link>
          <button type="button" role="menuitem" onClick={signOutToSignIn} className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-sunken">
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
