import type { AuthMethods } from '../contracts/oidc';
import type { ManagedSettings } from '../contracts/managed-settings';

export interface SignInChoices {
  /** The field for a sign-in code from the administrator. */
  code: boolean;
  /** The "sign in with your organisation's account" button. */
  oidc: boolean;
}

/**
 * Which ways in a sign-in form shows. The organisation's browser policy (`signIn`) decides when it
 * says: 'oidc' shows only the button (the server names any problem with it), 'code' only the field.
 * Without a policy the field is always there and the button when the server offers it.
 */
export function signInChoices(methods: AuthMethods | null, managed: ManagedSettings['signIn'] | undefined): SignInChoices {
  if (managed === 'oidc') return { code: false, oidc: true };
  if (managed === 'code') return { code: true, oidc: false };
  return { code: true, oidc: methods?.oidc === true };
}
