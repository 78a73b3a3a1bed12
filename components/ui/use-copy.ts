// Copying a value to the clipboard, and what came of it. Outside secure contexts (plain http to a host other than localhost) there is
// no clipboard API: `unavailable`, after `onUnavailable` has offered another way (selecting the text for Ctrl+C, say).
'use client';

import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'unavailable';

export function useCopy(value: string, onUnavailable?: () => void): { state: CopyState; copy: () => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      onUnavailable?.();
      setState('unavailable');
    }
  }
  return { state, copy };
}
