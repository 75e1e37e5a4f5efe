import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleApi } from '../../../lib/console/console-api';

/** What every console page needs: the API as the signed-in administrator, and how to word a failure. */
export interface ConsoleTools {
  api: ConsoleApi;
  /** The text to show for a failed call; a session that ended also signs the console out. */
  describe(error: unknown): string;
}

export const ConsoleContext = createContext<ConsoleTools | null>(null);

export function useConsole(): ConsoleTools {
  const tools = useContext(ConsoleContext);
  if (!tools) throw new Error('useConsole outside <ConsoleContext.Provider>');
  return tools;
}
