import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleApi } from '../../../lib/console/console-api';
import type { Role } from '../../../lib/contracts/accounts';

/** What every console page needs: the API as the signed-in user, their role, and how to word a failure. */
export interface ConsoleTools {
  api: ConsoleApi;
  /** The signed-in role: which pages and buttons the console shows (lib/console/console-route.ts). */
  role: Role;
  /** The text to show for a failed call; a session that ended also signs the console out. */
  describe(error: unknown): string;
}

export const ConsoleContext = createContext<ConsoleTools | null>(null);

export function useConsole(): ConsoleTools {
  const tools = useContext(ConsoleContext);
  if (!tools) throw new Error('useConsole outside <ConsoleContext.Provider>');
  return tools;
}
