// /api/echo: answers 200 with what it received, for tests of the shared HTTP code.
export const echoRoutes = {
  '/api/echo': (req, res, { body, send }) =>
    send(res, 200, { ok: true, method: req.method, contentType: req.headers['content-type'] ?? null, body }),
};
