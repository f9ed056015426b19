import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const [width, ...pages] = process.argv.slice(2);
for (const path of pages) {
  const w = Number(width);
  const page = await browser.newPage({ viewport: { width: w, height: 900 } });
  await page.goto(`http://127.0.0.1:8917${path}`);
  await page.evaluate(() => document.querySelectorAll('details.chart-data').forEach((d) => (d.open = true)));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = w < 500 ? 1400 : 1100;
  for (let y = 0, i = 0; y < height && i < 8; y += step, i++) {
    const name = `/tmp/charts-scratch/${path.replace(/\//g, '_')}-${w}-${i}.png`;
    await page.screenshot({ path: name, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(step, height - y) } });
    console.log(name);
  }
  await page.close();
}
await browser.close();
