import { useState } from 'preact/hooks';

/** The form's words, in the reader's language. */
export interface CodeSignInTexts {
  label: string;
  submit: string;
  busy: string;
}

/** Class names from the style of the page it sits on (the console's or the extension's). */
export interface CodeSignInClasses {
  form?: string;
  button: string;
  error: string;
}

/**
 * A one-time sign-in code, traded for a session by `onSignIn`, which resolves to an error text, or
 * null once signed in. One form for the console and the vendor plugin's frame; each gives its
 * words, style and field id. `notice` is an error to show from the start (a session that ended);
 * `disabled` while the page signs in another way.
 */
export function CodeSignInForm({
  id,
  texts,
  classes,
  onSignIn,
  notice = null,
  disabled = false,
}: {
  id: string;
  texts: CodeSignInTexts;
  classes: CodeSignInClasses;
  onSignIn: (code: string) => Promise<string | null>;
  notice?: string | null;
  disabled?: boolean;
}) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(notice);
  const errorId = `${id}-error`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(await onSignIn(code.trim()));
    setBusy(false);
  };

  return (
    <form class={classes.form} onSubmit={submit}>
      <label for={id}>{texts.label}</label>
      <input
        id={id}
        name="code"
        autocomplete="one-time-code"
        autocapitalize="characters"
        spellcheck={false}
        required
        minLength={4}
        maxLength={40}
        value={code}
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
        onInput={(e) => setCode(e.currentTarget.value)}
      />
      {error && (
        <p id={errorId} class={classes.error} role="alert" data-error>
          {error}
        </p>
      )}
      <button class={classes.button} type="submit" disabled={busy || disabled}>
        {busy ? texts.busy : texts.submit}
      </button>
    </form>
  );
}
