// /api/redirect: answers a redirect, for tests that sign-ups never follow one.
//   status=301|302|303|307|308   the redirect's status (default 307)
//   to=URL                        its Location (another origin in the tests)
export const redirectRoutes = {
  '/api/redirect': (_req, res, { query, send }) => {
    const status = Number(query.get('status') ?? 307);
    if (![301, 302, 303, 307, 308].includes(status))
      return send(res, 400, { error: 'status must be a redirect status' });
    const location = query.get('to') ?? '/api/echo';
    return send(res, status, '', { Location: location });
  },
};
