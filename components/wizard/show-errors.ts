'use client';

import { createContext, useContext } from 'react';

/**
 * True once the person tried to leave the current step: from then on every message on it shows.
 * Before that a field shows its message only after it was visited, so a row just added is not red.
 */
export const ShowAllErrorsContext = createContext(false);

export function useShowAllErrors(): boolean {
  return useContext(ShowAllErrorsContext);
}
