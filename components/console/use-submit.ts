import { useState } from 'preact/hooks';
import { ConsoleApiError } from '../../lib/console/console-api';
import { useConsole } from './console-context';

/**
 * One way a console form sends: busy while a call runs (its button disabled), the server's words
 * when refused, and `stale` when the answer was 409 (what the form was loaded with changed
 * meanwhile). The keeper's offer edit and an organisation's proposal send alike.
 */
export function useSubmit() {
  const { describe } = useConsole();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  /** Runs `send`; true when it went through (error and stale cleared), false when refused. */
  const run = async (send: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    try {
      await send();
      setError(null);
      setStale(false);
      return true;
    } catch (e) {
      setError(describe(e));
      setStale(e instanceof ConsoleApiError && e.status === 409);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, setError, stale, setStale, run };
}
