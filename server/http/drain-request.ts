import type { IncomingMessage } from 'node:http';

/** Past this much, a client is not a confused script but a flood: answer and close without reading more. */
export const maxDrainBytes = 16 * 1024 * 1024;
export const maxDrainMs = 10_000;

/**
 * Reads and discards what is left of a request body. Fastify answers an oversized body at once and closes the
 * connection, so a client still sending gets a reset instead of the 413; draining first lets it finish
 * sending and read the answer. Bounded in bytes and time, so it cannot be used to hold the server.
 */
export const drainRequest = (raw: IncomingMessage, limits = { bytes: maxDrainBytes, ms: maxDrainMs }) =>
  new Promise<void>((resolve) => {
    if (raw.complete || raw.destroyed) return resolve();
    let seen = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', finish);
      raw.off('close', finish);
      raw.off('error', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limits.bytes) finish();
    };
    const timer = setTimeout(finish, limits.ms);
    raw.on('data', onData);
    raw.on('end', finish);
    raw.on('close', finish);
    raw.on('error', finish);
    raw.resume();
  });
