// PostgreSQL's cancel request (what psql sends on Ctrl-C): a 16-byte message on a new connection to the server,
// naming the backend by its process id and the secret key it sent at start-up. The server checks neither a login
// nor a connection limit for it, so it works where a second session (pg_cancel_backend) would be refused: a role
// or database at its CONNECTION LIMIT, a full max_connections, a pg_hba.conf that admits one connection.
// The server cancels the statement the backend is running; a backend waiting for its client ignores it.
import * as net from 'net';

/** Where the backend's server listens: a TCP address, or a Unix socket file. */
export type ServerAddress = { host: string; port: number } | { path: string };

export interface BackendKey {
  processId: number;
  secretKey: number;
}

const CANCEL_REQUEST_CODE = 80877102;

/** The CancelRequest message: length, code, process id, secret key (big-endian 32-bit integers). */
export function cancelRequestMessage(key: BackendKey): Buffer {
  const message = Buffer.alloc(16);
  message.writeInt32BE(16, 0);
  message.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  message.writeInt32BE(key.processId, 8);
  message.writeInt32BE(key.secretKey | 0, 12);
  return message;
}

/**
 * Sends a cancel request; resolves true once the server has taken it (it closes the connection), false when it
 * could not be delivered within `timeoutMs`. Never rejects.
 */
export function sendCancelRequest(address: ServerAddress, key: BackendKey, timeoutMs = 5_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(address);
    let sent = false;
    const finish = (delivered: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(delivered);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    // A request still under way when the work it was meant to stop has ended keeps no process alive.
    timer.unref();
    socket.unref();
    socket.once('connect', () => {
      sent = true;
      socket.end(cancelRequestMessage(key));
    });
    socket.on('data', () => undefined);
    // The server closes the connection once it has read the request (a reset then is no failure).
    socket.once('close', () => finish(sent));
    socket.once('error', () => finish(sent));
  });
}
