import type { ComponentChildren } from 'preact';
import './style.css';

/**
 * A question that stops an action until it is answered: what the action will do, then the
 * buttons to go on or back. Used wherever a click could lose or contradict something (a record
 * that contradicts an earlier one, erasing a case, disconnecting with unsent records).
 */
export function Confirmation({
  labelId,
  message,
  tone = 'ask',
  data = {},
  children,
}: {
  /** The id of the message, which names the dialog. */
  labelId: string;
  message: ComponentChildren;
  /** 'danger' when going on deletes something. */
  tone?: 'ask' | 'danger';
  /** data-* attributes that say what is being asked (tests and styles read them). */
  data?: Record<`data-${string}`, string | number>;
  children: ComponentChildren;
}) {
  return (
    <div class={`hr-confirmation hr-confirmation--${tone}`} role="alertdialog" aria-labelledby={labelId} {...data}>
      <p id={labelId}>{message}</p>
      <p class="hr-confirmation__actions">{children}</p>
    </div>
  );
}
