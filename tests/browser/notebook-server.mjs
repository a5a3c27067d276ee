// Starts Jupyter Notebook 6 (Debian's jupyter-notebook) on 127.0.0.1 with a token, serving `dir`, and stops it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

export async function startNotebook(dir, env = {}) {
  const port = await freePort();
  const token = randomBytes(12).toString('hex');
  const child = spawn('/usr/bin/python3', ['-m', 'notebook', '--no-browser', '--ip=127.0.0.1', `--port=${port}`,
    `--NotebookApp.token=${token}`, `--notebook-dir=${dir}`, '--NotebookApp.disable_check_xsrf=True', ...(process.getuid() === 0 ? ['--allow-root'] : [])],
  { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', d => { log += d; });
  child.stderr.on('data', d => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${url}/api/status?token=${token}`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error('jupyter notebook exited:\n' + log);
    await new Promise(r => setTimeout(r, 200));
  }
  return {
    url, token, log: () => log,
    open: name => `${url}/notebooks/${encodeURIComponent(name)}?token=${token}`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise(r => child.exitCode !== null ? r() : child.on('exit', r));
    },
  };
}
