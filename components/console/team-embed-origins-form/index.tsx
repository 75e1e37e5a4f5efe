import { useEffect, useState } from 'preact/hooks';
import type { TeamEmbedOrigins } from '../../../lib/contracts/embed-origins';
import { embedOriginProblem } from '../../../lib/plugin/embed-origin';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/** One origin a line, as the administrator types them; blank lines do not count. */
const linesOf = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/**
 * The case systems allowed to embed the vendor plugin for this team (docs/plugin.md): one origin a
 * line, saved as a whole. The console checks the shape first (http is left to the server, which
 * takes it for localhost on a demo server only); the server's configuration counts for every team and
 * is shown, not edited.
 */
export function TeamEmbedOriginsForm({ teamId }: { teamId: string }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [stored, setStored] = useState<TeamEmbedOrigins | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.embedOrigins(teamId).then(
      (list) => {
        setStored(list);
        setText(list.origins.join('\n'));
      },
      (e: unknown) => setError(describe(e)),
    );
  }, [api, teamId]);

  const save = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    const origins = linesOf(text);
    const wrong = origins.find((o) => embedOriginProblem(o, { allowLocalhost: true }) === 'not_origin');
    if (wrong) return setError(t('console.embed.invalid', { origin: wrong }));
    setBusy(true);
    try {
      const saved = await api.setEmbedOrigins(teamId, origins);
      setStored(saved);
      setText(saved.origins.join('\n'));
      setError(null);
      setDone(t('console.embed.saved'));
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  return (
    <form class="hr-console-form" aria-labelledby="embed-title" onSubmit={save} data-embed-origins>
      <h2 id="embed-title">{t('console.embed.title')}</h2>
      <p>{t('console.embed.intro')}</p>
      <label for="embed-origins">{t('console.embed.label')}</label>
      <textarea id="embed-origins" rows={4} spellcheck={false} placeholder="https://zorgsysteem.example" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {stored && stored.configured.length > 0 && <p data-configured>{t('console.embed.configured', { origins: stored.configured.join(', ') })}</p>}
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      <button class="hr-console-button" type="submit" disabled={busy || !stored}>{t('console.embed.submit')}</button>
      {done && <p class="hr-console-done" role="status">{done}</p>}
    </form>
  );
}
