/**
 * A Vite plugin for the Chromium transport tests: under `/__transport/` the dev server answers
 * slowly, never, with wrong statuses, HTML, garbage, an array, a BOM, nothing, a syntax error or
 * too many bytes, and it logs whether the client closed each request before the answer ended,
 * so a test can prove that an element aborted its load.
 *
 * Every route takes `id=<name>`; `GET /__transport/log?id=<name>` answers what happened to the
 * requests with that id: `{ requests, closedEarly, finished }`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** What happened to the requests that carried one id. */
export interface TransportLog {
  requests: number;
  /** Closed by the client before the response ended: an abort. */
  closedEarly: number;
  finished: number;
}

/** A small valid timeline whose title names the route and its tag, to tell answers apart. */
export function transportTimeline(title: string): string {
  return JSON.stringify({
    title,
    events: [
      { id: 'a', title: 'First', start: '2023-09-25' },
      { id: 'b', title: 'Second', start: '2023-09-26' },
    ],
  });
}

const HTML_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head>' +
  '<body><h1>Bad gateway</h1><img src=x onerror=__pwn()><script>__pwn()</script></body></html>';

/** Line 3 holds the error: an array closed by a brace. */
const SYNTAX_ERROR = '{\n  "title": "Broken",\n  "events": [}\n}\n';

export function transportRoutes(): Plugin {
  const logs = new Map<string, TransportLog>();

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = url.pathname.replace(/^\/+/, '');
    const id = url.searchParams.get('id') ?? '';

    if (route === 'log') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(logs.get(id) ?? { requests: 0, closedEarly: 0, finished: 0 }));
      return;
    }

    const log = logs.get(id) ?? { requests: 0, closedEarly: 0, finished: 0 };
    logs.set(id, log);
    log.requests++;
    const timers: Array<ReturnType<typeof setTimeout>> = [];
    response.on('close', () => {
      timers.forEach(clearTimeout);
      if (response.writableFinished) log.finished++;
      else log.closedEarly++;
    });

    const send = (status: number, type: string | undefined, body: string | Buffer, headers: Record<string, string> = {}): void => {
      const head: Record<string, string> = { 'cache-control': 'no-store', ...headers };
      if (type) head['content-type'] = type;
      response.writeHead(status, head);
      response.end(body);
    };
    const json = 'application/json; charset=utf-8';
    const tag = url.searchParams.get('tag') ?? route;

    switch (route) {
      case 'slow':
        timers.push(setTimeout(() => send(200, json, transportTimeline(tag)), Number(url.searchParams.get('ms') ?? 1000)));
        return;
      case 'hang':
        return; // Never answers; the client must give up or abort.
      case 'status': {
        const code = Number(url.searchParams.get('code') ?? 500);
        send(code, 'text/plain; charset=utf-8', `status ${code}`);
        return;
      }
      case 'html':
        send(Number(url.searchParams.get('code') ?? 200), 'text/html; charset=utf-8', HTML_PAGE);
        return;
      case 'notjson':
        send(200, 'text/plain; charset=utf-8', 'this is not json, not even close');
        return;
      case 'array':
        send(200, json, '[]');
        return;
      case 'bom':
        send(200, json, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(transportTimeline(tag))]));
        return;
      case 'empty':
        send(200, json, '');
        return;
      case 'syntax':
        send(200, json, SYNTAX_ERROR);
        return;
      case 'big': {
        // Valid JSON of `bytes` bytes; with `chunked=1` it is streamed without a Content-Length.
        const bytes = Number(url.searchParams.get('bytes') ?? 5000);
        const filler = 'x'.repeat(Math.max(bytes - 60, 0));
        const body = JSON.stringify({ title: 'Big', events: [], description: filler });
        if (url.searchParams.get('chunked') === '1') {
          response.writeHead(200, { 'content-type': json, 'cache-control': 'no-store' });
          for (let at = 0; at < body.length; at += 1024) response.write(body.slice(at, at + 1024));
          response.end();
        } else send(200, json, body, { 'content-length': String(Buffer.byteLength(body)) });
        return;
      }
      case 'reset':
        request.socket.destroy(); // A network failure: the connection drops without an answer.
        return;
      default:
        send(404, 'text/plain; charset=utf-8', `no transport route ${route}`);
    }
  };

  return {
    name: 'annotated-timeline:transport-routes',
    configureServer(server) {
      server.middlewares.use('/__transport', (request, response) => handle(request, response));
    },
  };
}
