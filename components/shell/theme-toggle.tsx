'use client';

import { useState } from 'react';

export type Theme = 'system' | 'light' | 'dark';
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Theme, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
const ICON: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles system → light → dark; kept in a cookie so the server renders the right colours first. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);

  function cycle() {
    const next = NEXT[theme];
    setTheme(next);
    document.documentElement.classList.remove('light', 'dark');
    if (next === 'system') document.cookie = 'cardinal-theme=; path=/; max-age=0; samesite=lax';
    else {
      document.documentElement.classList.add(next);
      document.cookie = `cardinal-theme=${next}; path=/; max-age=31536000; samesite=lax`;
    }
  }

  return (
    <button
      type="button"
      onClick={cycle}
      title={LABEL[theme]}
      aria-label={`${LABEL[theme]}. Change theme`}
      className="rounded-md px-2.5 py-1.5 text-base text-muted hover:bg-sunken hover:text-fg"
    >
      <span aria-hidden>{ICON[theme]}</span>
    </button>
  );
}
