import { useEffect, useRef } from 'preact/hooks';
import type { IssuedCode as Issued } from '../../../lib/contracts/accounts';
import { formatDate, useMessages } from '../../use-messages';

/** A new sign-in code, shown this once (the server keeps only its hash) until the administrator says it was passed on. */
export function IssuedCode({ name, issued, onDone }: { name: string; issued: Issued; onDone: () => void }) {
  const { t, locale } = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus goes to the code so a keyboard or screen-reader user lands on what just appeared.
  useEffect(() => heading.current?.focus(), [issued.signInCode]);
  return (
    <section class="hr-console-code" aria-labelledby="issued-code-title" data-issued-code>
      <h3 id="issued-code-title" ref={heading} tabIndex={-1}>
        {t('console.code.title', { name })}
      </h3>
      <p class="hr-console-code-value" data-code>
        {issued.signInCode}
      </p>
      <p>{t('console.code.once', { name, date: formatDate(issued.codeExpiresAt, locale) })}</p>
      <button class="hr-console-button" type="button" onClick={onDone}>
        {t('console.code.done')}
      </button>
    </section>
  );
}
