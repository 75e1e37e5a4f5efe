import type { AuditEvent } from '../../../lib/contracts/audit';
import { INTL_TAGS } from '../../../lib/i18n/locales';
import { formatDate, useMessages } from '../../use-messages';

/** Events of the audit log as a list: when, who (as they were then), what, and the summary's facts. */
export function AuditList({ events }: { events: AuditEvent[] }) {
  const { t, textOr, locale } = useMessages();
  const facts = (event: AuditEvent) =>
    Object.entries(event.summary)
      .map(([key, value]) => `${textOr(`console.audit.field.${key}`, key)}: ${Array.isArray(value) ? value.map((v) => textOr(`console.offer.field.${v}`, v)).join(', ') : typeof value === 'boolean' ? t(value ? 'console.audit.true' : 'console.audit.false') : String(value)}`)
      .join(' · ');
  return (
    <ul class="hr-console-list" data-audit-events>
      {events.map((event) => (
        <li key={event.id} data-audit-event={event.action}>
          <span>
            <strong>{textOr(`console.audit.action.${event.action}`, event.action)}</strong> · {event.target.id}
          </span>
          <span class="hr-console-muted">
            {t('console.audit.by', {
              name: event.actor.displayName,
              role: textOr(`roleName.${event.actor.role}`, event.actor.role),
              date: `${formatDate(event.at, locale)} ${new Date(event.at).toLocaleTimeString(INTL_TAGS[locale], { hour: '2-digit', minute: '2-digit' })}`,
            })}
          </span>
          {Object.keys(event.summary).length > 0 && <span class="hr-console-muted">{facts(event)}</span>}
        </li>
      ))}
    </ul>
  );
}
