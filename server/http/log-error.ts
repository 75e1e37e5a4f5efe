/*
 * What the server log may say about a failure: where it happened and what kind of failure it was,
 * never a value from the request. Database drivers put the failing query's parameters in the error
 * message ("params: …, mevr. Jansen, …"), so messages are left out; the SQLSTATE code, the error's
 * class and its stack frames say enough to find the bug.
 */

interface WithCode {
  code?: unknown;
  cause?: unknown;
}

/** The PostgreSQL SQLSTATE of a driver error, also when Drizzle wrapped it. */
export function sqlState(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as WithCode).cause, depth++) {
    const code = (e as WithCode).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** One line per error in the chain: class, SQLSTATE if any, and the stack frames without the message. */
export function describeFailure(err: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as WithCode).cause, depth++) {
    if (!(e instanceof Error)) {
      lines.push(`  caused by a thrown ${typeof e}`);
      break;
    }
    const code = typeof (e as WithCode).code === 'string' ? ` [${(e as WithCode).code as string}]` : '';
    // The stack starts with "Name: message"; cut the message off whole, since it may span lines.
    const head = e.message ? `${e.name}: ${e.message}` : e.name;
    const stack = e.stack ?? '';
    const frames = (stack.startsWith(head) ? stack.slice(head.length) : '')
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .slice(0, 8);
    lines.push(`${depth ? '  caused by ' : ''}${e.name}${code}`, ...frames);
  }
  return lines.join('\n');
}
