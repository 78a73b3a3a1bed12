'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { checkCardNameAction } from '@/lib/actions/card-wizard';

export type NameCheck = {
  state: 'idle' | 'checking' | 'available' | 'unavailable';
  /** Why the name cannot be used, in the service's words. */
  message: string | null;
  /** Checks now (Next and Save wait for the answer) and returns the problem, if any. */
  checkNow: () => Promise<string | null>;
};

type Answer = { name: string; problem: string | null };

/**
 * Asks the server, 400 ms after typing stops, whether a name is valid and free; the rule stays in
 * the service. Only the answer for the name now in the field is shown.
 */
export function useNameCheck(name: string, enabled: boolean, onChecked: (problem: string | null) => void): NameCheck {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const answers = useRef(new Map<string, string | null>());
  const notify = useRef(onChecked);
  const current = useRef(name);
  useEffect(() => {
    notify.current = onChecked;
    current.current = name;
  });

  const check = useCallback(async (value: string): Promise<string | null> => {
    let problem = answers.current.get(value);
    if (problem === undefined) {
      const result = await checkCardNameAction(value);
      problem = !result.ok ? result.message : result.data.available ? null : result.data.message;
      // A taken name stays taken; a free one is asked again next time, since someone may take it meanwhile.
      if (problem) answers.current.set(value, problem);
    }
    if (value === current.current) {
      setAnswer({ name: value, problem });
      notify.current(problem);
    }
    return problem;
  }, []);

  useEffect(() => {
    if (!enabled || name === '') return;
    const timer = setTimeout(() => void check(name), 400);
    return () => clearTimeout(timer);
  }, [check, enabled, name]);

  const checkNow = useCallback(() => check(name), [check, name]);
  const settled = answer?.name === name ? answer : null;
  const state: NameCheck['state'] = !enabled || name === '' ? 'idle' : !settled ? 'checking' : settled.problem ? 'unavailable' : 'available';
  return { state, message: settled?.problem ?? null, checkNow };
}
