// Walks a trace's steps in Jupyter Notebook 6 in Chromium at 1024x768 through the vnetlab kernel: runs
// `var s = ….steps(); s`, then cells of `s.next()`, and checks that the first cell's one frame changes in place
// (update_display_data), that no second frame appears, and that the frame fits one screen with its cell.
//   node steps.mjs KERNEL_JAR
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { startNotebook } from './notebook-server.mjs';

const jar = process.argv[2];
if (!jar) { console.error('usage: node steps.mjs KERNEL_JAR'); process.exit(2); }
const home = mkdtempSync(join(tmpdir(), 'vnetlab-steps-'));
const prefix = join(home, 'prefix');
execFileSync('java', ['-jar', jar, 'install', '--prefix', prefix, '--name', 'vnetlab'], { stdio: 'ignore' });
const cell = (source) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source });
writeFileSync(join(home, 'steps.ipynb'), JSON.stringify({
  nbformat: 4, nbformat_minor: 5,
  metadata: { kernelspec: { name: 'vnetlab', display_name: 'Java (vnetlab)', language: 'java' } },
  cells: [
    cell('var lab = Net.lab("steps");\nvar home = lab.lan("home", "192.168.1.0/24");\nvar laptop = home.host("laptop", "192.168.1.2");\n'
      + 'var vbox = laptop.hypervisor(VIRTUALBOX);\nvar dev = vbox.vm("dev").nat();\nvar phone = home.host("phone", "192.168.1.20");\n'
      + 'vbox.forward(2222, dev, 22);'),
    cell('var s = lab.trace(phone, laptop, 2222).steps();\ns'),
    cell('s.next()'), cell('s.next()'), cell('s.go(5)'), cell('s.previous()'),
  ],
}));
const env = { HOME: home, JUPYTER_PATH: join(prefix, 'share', 'jupyter'), JUPYTER_CONFIG_DIR: join(home, 'config'),
  JUPYTER_DATA_DIR: join(home, 'data'), JUPYTER_RUNTIME_DIR: join(home, 'runtime') };
const server = await startNotebook(home, env);
const browser = await launch();
const failures = [];
try {
  const page = await browser.context.newPage();
  await page.goto(server.open('steps.ipynb'));
  await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel
    && Jupyter.notebook.kernel.is_connected(), null, { timeout: 60000 });
  const run = async (i) => {
    await page.evaluate(i => Jupyter.notebook.execute_cells([i]), i);
    await page.waitForFunction(i => Jupyter.notebook.get_cell(i).input_prompt_number !== '*'
      && Jupyter.notebook.get_cell(i).input_prompt_number != null, i, { timeout: 60000 });
    await page.waitForTimeout(300);
  };
  const frame = () => page.evaluate(() => {
    const area = Jupyter.notebook.get_cell(1).element[0];
    const svgs = area.querySelectorAll('div.output_area svg');
    const svg = svgs[0];
    const title = svg ? [...svg.querySelectorAll('text')].map(t => t.textContent).find(t => t.startsWith('step ')) : null;
    const box = area.getBoundingClientRect();
    return { count: svgs.length, title, cellHeight: box.height };
  });
  await run(0);
  await run(1);
  const seen = [await frame()];
  for (const i of [2, 3, 4, 5]) {
    await run(i);
    seen.push(await frame());
  }
  await page.evaluate(() => Jupyter.notebook.get_cell(1).element[0].scrollIntoView());
  await page.screenshot({ path: join(process.env.STEPS_SCREENSHOT_DIR || home, 'steps-frame.png') });
  for (const f of seen) console.log(`frame: ${f.title} (${f.count} picture${f.count === 1 ? '' : 's'} in the cell, cell ${f.cellHeight.toFixed(0)} px tall)`);
  const titles = seen.map(f => f.title);
  const expected = ['step 1 of 6', 'step 2 of 6', 'step 3 of 6', 'step 5 of 6', 'step 4 of 6'];
  expected.forEach((e, k) => { if (!titles[k] || !titles[k].startsWith(e)) failures.push(`frame ${k + 1} reads "${titles[k]}", expected "${e} …"`); });
  if (seen.some(f => f.count !== 1)) failures.push('the steps cell should keep exactly one frame, updated in place');
  if (seen.some(f => f.cellHeight > 700)) failures.push('the frame and its cell do not fit one 768-px screen');
  const note = await page.evaluate(() => Jupyter.notebook.get_cell(2).element[0].querySelector('.output_area').innerText);
  if (!/step 2 of 6 is shown in the frame above/.test(note)) failures.push(`s.next()'s own output reads "${note}"`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(home, { recursive: true, force: true });
}
if (failures.length) { console.error('FAILED:\n' + failures.join('\n')); process.exit(1); }
console.log('s.next(), s.go(5) and s.previous() moved the one frame in place');
