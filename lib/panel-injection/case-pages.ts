/** The demo case systems; an administrator's case systems are added as host permissions. */
export const CASE_PAGE_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
