// workerd (the open-source Workers runtime, npm package `workerd`) for the package checks
// and the benchmark: starts `workerd serve CONFIG` on a free loopback port and stops it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const WORKERD = join(here, '..', 'node_modules', '.bin', 'workerd');
export const ROOT = join(here, '..', '..');
/** The edge example's configuration (examples/edge). */
export const EDGE_CONFIG = join(ROOT, 'examples', 'edge', 'config.capnp');

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * Starts `workerd serve config` with its socket "http" on 127.0.0.1 (a free port) and
 * `extraArgs` (e.g. --external-addr origin=HOST:PORT); resolves once it answers.
 */
export async function startWorkerd(config, extraArgs = []) {
  const port = await freePort();
  const child = spawn(WORKERD, ['serve', config, '--socket-addr', `http=127.0.0.1:${port}`, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((ok) => child.once('exit', (code, signal) => ok(code ?? signal)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const state = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok('running'), 100))]);
    if (state !== 'running') throw new Error(`workerd exited (${state}): ${output.trim().slice(0, 800)}`);
    try {
      await fetch(`${origin}/__broadsheet_ready`, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGTERM');
        throw new Error(`workerd did not answer on ${origin} within 30 s: ${output.trim().slice(0, 800)}`);
      }
    }
  }
  return {
    origin,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The edge example in front of `originHost` ("127.0.0.1:PORT"). */
export function startEdge(originHost) {
  return startWorkerd(EDGE_CONFIG, ['--external-addr', `origin=${originHost}`]);
}
