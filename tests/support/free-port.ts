/**
 * A TCP port free on the loopback right now, for a host started in a child process (the CLI
 * tests, the process bench): the OS picks one, and it is released before it is handed out.
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
