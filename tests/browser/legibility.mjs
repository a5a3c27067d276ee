// Opens every executed notebook of a folder in Jupyter Notebook 6 in Chromium at 1024x768 and measures each picture
// as the screen shows it: its width and height, its smallest text (font size x the SVG's screen transform), and
// whether its output scrolls sideways. Compares with the same computation from the SVG's attributes (what
// vnetlab.e2e.Legibility does) and fails when they disagree by more than half a pixel, or when a trace's picture
// breaks the budget. Prints one line per picture.
//   node legibility.mjs DIR_OF_EXECUTED_NOTEBOOKS
import { readdirSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './chromium.mjs';
import { startNotebook } from './notebook-server.mjs';

const WIDTH = 767, HEIGHT = 600, MIN_TEXT = 10;
const source = process.argv[2];
if (!source) { console.error('usage: node legibility.mjs DIR_OF_EXECUTED_NOTEBOOKS'); process.exit(2); }
const dir = mkdtempSync(join(tmpdir(), 'vnetlab-legibility-'));
cpSync(source, dir, { recursive: true });
const notebooks = readdirSync(dir).filter(f => /^\d.*\.ipynb$/.test(f)).sort();
const home = mkdtempSync(join(tmpdir(), 'vnetlab-jupyter-home-'));
const env = { HOME: home, JUPYTER_CONFIG_DIR: join(home, 'config'), JUPYTER_DATA_DIR: join(home, 'data'),
  JUPYTER_RUNTIME_DIR: join(home, 'runtime') };
for (const nb of notebooks) execFileSync('/usr/bin/python3', ['-m', 'nbformat.sign', join(dir, nb)], { env: { ...process.env, ...env }, stdio: 'ignore' });

const server = await startNotebook(dir, env);
const browser = await launch();
const failures = [];
let tracesChecked = {};
try {
  for (const nb of notebooks) {
    const page = await browser.context.newPage();
    await page.goto(server.open(nb));
    await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded, null, { timeout: 30000 });
    const pictures = await page.evaluate(() => {
      const out = [];
      Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').forEach((cell, i) => {
        const source = cell.get_text();
        cell.element[0].querySelectorAll('div.output_area').forEach(area => {
          area.querySelectorAll('svg').forEach(svg => {
            if (svg.parentElement.closest('svg')) return;
            const box = svg.getBoundingClientRect();
            const ctm = svg.getScreenCTM();
            let smallest = Infinity, declared = Infinity;
            svg.querySelectorAll('text').forEach(t => {
              const size = parseFloat(t.getAttribute('font-size') || getComputedStyle(t).fontSize);
              const m = t.getScreenCTM();
              smallest = Math.min(smallest, size * Math.hypot(m.a, m.b));
              declared = Math.min(declared, size);
            });
            // the same computation as vnetlab.e2e.Legibility, from the attributes alone
            const px = v => v.endsWith('pt') ? parseFloat(v) * 4 / 3 : parseFloat(v);
            const w = px(svg.getAttribute('width')), h = px(svg.getAttribute('height'));
            const vb = svg.getAttribute('viewBox').trim().split(/[ ,]+/).map(Number);
            const g = svg.querySelector('g[transform]');
            const sc = g && /scale\(([\d.]+)/.exec(g.getAttribute('transform'));
            const inHtml = !!svg.closest('.output_html');
            const shownW = inHtml ? Math.min(w, svg.parentElement.clientWidth) : w;
            const k = shownW / w;
            const sub = area.querySelector('.output_subarea');
            out.push({ cell: i + 1, trace: /\.trace\(|steps\(\)|\bs\.(next|previous|go)\(/.test(source),
              first: source.split('\n')[0].slice(0, 60), width: box.width, height: box.height, text: smallest,
              computed: { width: shownW, height: h * k, text: declared * (w / vb[2]) * (sc ? parseFloat(sc[1]) : 1) * k },
              scrolls: sub.scrollWidth > sub.clientWidth + 1, outputWidth: sub.clientWidth });
          });
        });
      });
      return out;
    });
    for (const p of pictures) {
      const ok = p.text >= MIN_TEXT && p.height <= HEIGHT && p.width <= WIDTH && !p.scrolls;
      const agree = Math.abs(p.width - p.computed.width) < 0.6 && Math.abs(p.height - p.computed.height) < 0.6
        && Math.abs(p.text - p.computed.text) < 0.5;
      console.log(`${ok ? 'ok ' : 'BAD'} ${nb} cell ${p.cell} (${p.first}): ${p.width.toFixed(0)}x${p.height.toFixed(0)} px,`
        + ` text ${p.text.toFixed(1)} px, output ${p.outputWidth} px${p.scrolls ? ', scrolls sideways' : ''}`
        + `${agree ? '' : ` — computed ${p.computed.width.toFixed(0)}x${p.computed.height.toFixed(0)}, text ${p.computed.text.toFixed(1)}`}`);
      if (!agree) failures.push(`${nb} cell ${p.cell}: the screen differs from the computation`);
      if (p.trace) {
        tracesChecked[nb] = (tracesChecked[nb] || 0) + 1;
        if (!ok) failures.push(`${nb} cell ${p.cell} (${p.first}): a trace's picture breaks the budget`);
      }
    }
    await page.close();
  }
  for (const nb of notebooks) {
    if (!tracesChecked[nb] && !/^0[03]/.test(nb)) failures.push(`${nb}: no trace picture found to check`);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
}
if (failures.length) { console.error('FAILED:\n' + failures.join('\n')); process.exit(1); }
console.log('the browser agrees with the computed sizes; every trace picture keeps the budget');
