import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';

/** The loopback load benchmarks' shared tools: a server in its own process, HTTP posts, sockets, a pool. */
export type LoadServer = { child: ChildProcess; url: string; next: (prefix: string) => Promise<string> };

/** Starts bench/load-server.ts and waits for its port. */
export const startServerProcess = (root: string): Promise<LoadServer> =>
  new Promise((resolve, reject) => {
    // LOAD_SERVER_NODE_ARGS passes flags to the server's node (for example --cpu-prof to see where time goes).
    const flags = process.env.LOAD_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...flags, 'bin/run-ts.js', 'bench/load-server.ts'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const waiting: { prefix: string; done: (rest: string) => void }[] = [];
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const i = waiting.findIndex((w) => line.startsWith(w.prefix));
      if (i >= 0) waiting.splice(i, 1)[0]!.done(line.slice(waiting[i]?.prefix.length ?? 0));
    });
    const next = (prefix: string) =>
      new Promise<string>((done) =>
        waiting.push({ prefix: `${prefix} `, done: (rest) => done(rest.replace(/^\S+ /, '')) }),
      );
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`load server exited with ${code}`)));
    void next('LOAD_SERVER').then((port) => resolve({ child, url: `http://127.0.0.1:${port}`, next }));
  });

/** The server process's peak resident memory in MiB. */
export const serverRssMb = async (server: LoadServer): Promise<number> => {
  server.child.stdin!.write('rss\n');
  return Number(await server.next('LOAD_RSS')) / 1024;
};

export const post = async (url: string, body: unknown, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
};

export const getJson = async (url: string, token: string) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
};

/** Connects and resolves once the first view has arrived (it comes right after connecting). */
export const connect = (url: string, sessionId: string, token: string): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(url, { auth: { sessionId, token }, transports: ['websocket'], reconnection: false });
    socket.once('message', () => resolve(socket));
    socket.once('connect_error', reject);
  });

/** Runs `task` over `items`, at most `limit` at a time. */
export const pool = async <T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> => {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
};

export type Reply = { ok: boolean; result?: unknown };

export const act = async (socket: Socket, payload: Record<string, unknown>, extra = {}): Promise<Reply> => {
  const reply = (await socket
    .timeout(180_000)
    .emitWithAck('message', { type: 'action', payload, ...extra })) as Reply;
  if (!reply.ok) throw new Error(`action ${String(payload.type)} refused: ${JSON.stringify(reply)}`);
  return reply;
};
