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

/**
 * Asks the server, 400 ms after typing stops, whether a name is valid and free; the rule stays in
 * the service. Answers that arrive out of order are ignored.
 */
export function useNameCheck(name: string, enabled: boolean, onChecked: (problem: string | null) => void): NameCheck {
  const [state, setState] = useState<NameCheck['state']>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const latest = useRef(0);
  const answered = useRef<{ name: string; problem: string | null } | null>(null);
  const notify = useRef(onChecked);
  useEffect(() => {
    notify.current = onChecked;
  }, [onChecked]);

  const check = useCallback(async (value: string): Promise<string | null> => {
    if (answered.current?.name === value) return answered.current.problem;
    const ticket = ++latest.current;
    setState('checking');
    const result = await checkCardNameAction(value);
    const problem = !result.ok ? result.message : result.data.available ? null : result.data.message;
    if (ticket === latest.current) {
      answered.current = { name: value, problem };
      setState(problem ? 'unavailable' : 'available');
      setMessage(problem);
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
  return { state: enabled && name !== '' ? state : 'idle', message, checkNow };
}
