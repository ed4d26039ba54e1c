import { serve } from './tests/support/static-server.ts';
import { launchBrowser } from './tests/support/browser.ts';
const server = await serve('/tmp/sui/dist');
const browser = await launchBrowser();
for (const [w, h] of [[320, 640], [390, 844], [1280, 800]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const notFound: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) notFound.push(r.status() + ' ' + r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  await page.goto(server.url + '/cerca/?q=coro');
  await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
  const top = await page.locator('#risultati .card').first().evaluate((el) => el.getBoundingClientRect().top + scrollY);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(w, 'first card top', Math.round(top), 'scrollWidth', width, 'status', await page.locator('#stato').textContent(), notFound);
  await page.screenshot({ path: `/tmp/suishots/cerca-${w}.png`, fullPage: false });
  if (w === 390) {
    await page.getByRole('button', { name: /Filtri e ordine/ }).click();
    await page.screenshot({ path: `/tmp/suishots/cerca-${w}-filters.png` });
  }
  await page.goto(server.url + '/');
  await page.screenshot({ path: `/tmp/suishots/home-${w}.png` });
  await page.close();
}
// Tab count
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url + '/cerca/?q=coro');
await page.waitForFunction(() => document.querySelector('#risultati')?.getAttribute('data-state') === 'ready');
const stops: string[] = [];
for (let i = 1; i <= 30; i++) {
  await page.keyboard.press('Tab');
  const d = await page.evaluate(() => { const a = document.activeElement as HTMLElement; return `${a.tagName}#${a.id} ${a.textContent?.trim().slice(0, 30)} ${a.closest('#risultati') ? 'RESULT' : ''}`; });
  stops.push(`${i}: ${d}`);
  if (d.includes('RESULT')) break;
}
console.log(stops.join('\n'));
await browser.close();
await server.close();
