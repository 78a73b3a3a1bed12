'use client';

// Nothing typed is lost: the form is written to this browser's storage (per user, per card) as it changes, and offered back after a reload or a crash.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { TWizardValues } from '@/components/wizard/wizard-form';
import type { TWizardStep } from '@/components/wizard/wizard-steps';

/** `source` names the file an imported card came from. */
export type WizardDraft = { values: TWizardValues; step: TWizardStep; baseVersion: number | null; savedAt: string; source?: string };

export function draftKey(userId: string, card: string): string {
  return `cardinal:wizard-draft:${userId}:${card}`;
}

export function readDraft(key: string): WizardDraft | null {
  try {
    const text = window.localStorage.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as WizardDraft;
    return draft && typeof draft === 'object' && draft.values && typeof draft.values === 'object' ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: Omit<WizardDraft, 'savedAt'>) {
  try {
    window.localStorage.setItem(key, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled (private mode): the wizard still works, only without a copy to restore.
  }
}

/**
 * Restores a stored draft once on mount (`onRestore` gets it), then writes the form 300 ms after
 * each change and at once when the page is hidden or closed.
 */
export function useWizardDraft({
  key,
  form,
  step,
  baseVersion,
  initial,
  onRestore,
}: {
  key: string;
  form: UseFormReturn<TWizardValues>;
  /** What the wizard opened with: a form still equal to it needs no draft. */
  initial: { values: TWizardValues; baseVersion: number | null };
  step: TWizardStep;
  baseVersion: number | null;
  onRestore: (draft: WizardDraft) => void;
}) {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const state = useRef({ step, baseVersion });
  const paused = useRef(false);
  const restore = useRef(onRestore);
  useEffect(() => {
    state.current = { step, baseVersion };
    restore.current = onRestore;
  });

  const untouched = JSON.stringify(initial);
  const save = useCallback(() => {
    if (paused.current) return;
    const values = form.getValues();
    if (JSON.stringify({ values, baseVersion: state.current.baseVersion }) === untouched) window.localStorage.removeItem(key);
    else writeDraft(key, { values, ...state.current });
  }, [form, key, untouched]);

  useEffect(() => {
    const draft = readDraft(key);
    if (draft) {
      restore.current(draft);
      // Restoring is reading what an earlier visit wrote, a one-off sync with the browser's storage on mount.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestoredAt(draft.savedAt);
    }
  }, [key]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(save, 300);
    });
    const flush = () => {
      clearTimeout(timer);
      save();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [form, save]);

  // The step and base version belong to the draft too: a restored edit still knows which version it started from.
  useEffect(() => {
    if (readDraft(key)) save();
  }, [key, save, step, baseVersion]);

  /** After a successful save, or when the person throws the draft away. */
  const clear = useCallback(() => {
    paused.current = true;
    window.localStorage.removeItem(key);
    setRestoredAt(null);
  }, [key]);

  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  return { restoredAt, clear, resume, save };
}
