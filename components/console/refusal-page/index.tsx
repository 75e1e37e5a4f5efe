import type { Role } from '../../../lib/contracts/accounts';
import { routeHash, type ConsoleRoute } from '../../../lib/console/console-route';
import { useMessages } from '../../use-messages';

export interface RefusalPageProps {
  role: Role;
  /** Where this role can go instead; null when the console has no page for it. */
  home: ConsoleRoute | null;
  onSignOut: () => void;
}

/**
 * A page the signed-in role may not open (a link passed on, an old bookmark): says so and what to
 * do, instead of a page whose every call the server would refuse.
 */
export function RefusalPage({ role, home, onSignOut }: RefusalPageProps) {
  const { t, textOr } = useMessages();
  return (
    <section aria-labelledby="refused-title" data-refused>
      <h1 id="refused-title" tabIndex={-1}>{t('console.refused.title')}</h1>
      <p>{t('console.refused.body', { role: textOr(`roleName.${role}`, role) })}</p>
      {home ? (
        <p>
          <a href={routeHash(home)}>{t('console.refused.back')}</a>
        </p>
      ) : (
        <button type="button" class="hr-console-button" onClick={onSignOut}>{t('console.signOut')}</button>
      )}
    </section>
  );
}
