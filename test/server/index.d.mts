import type { IncomingMessage, ServerResponse } from 'node:http';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function mockServer(options?: { log?: boolean }): Middleware;
export function startMockServer(options?: { port?: number; log?: boolean }): Promise<{ origin: string; close(): void }>;
