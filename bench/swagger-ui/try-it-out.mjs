// Opens Swagger UI on the local platform's gateway in headless Chromium, checks that it lists the four services,
// authorises with a token from POST /dev/tokens, runs one calculator (energy grade evaluation) with "Try it out" and
// its example request, and exits 0 only if the live response is 200.
//
//   cd bench/swagger-ui && npm ci && node try-it-out.mjs [gateway-url]      (default http://localhost:8080)
//   CHROMIUM=/usr/bin/chromium (default); SCREENSHOT=<file.png> keeps a picture of the executed call.
import puppeteer from 'puppeteer-core';

const gateway = (process.argv[2] ?? process.env.GATEWAY ?? 'http://localhost:8080').replace(/\/$/, '');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const services = ['energy-service', 'guardianship-service', 'medical-insurance-service', 'subsidy-service'];
const operation = '#operations-Calculator-calculatorGrade';

function fail(message) {
  console.error(`FAIL ${message}`);
  process.exitCode = 1;
}

const issued = await fetch(`${gateway}/dev/tokens`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ subject: 'front-end-dev', roles: ['ENERGY_OWNER'], agency: 'DISTRICT_HAIDIAN' }),
});
if (issued.status !== 200) {
  throw new Error(`POST ${gateway}/dev/tokens answered ${issued.status}: is the local platform up?`);
}
const { token } = await issued.json();
console.log(`token from ${gateway}/dev/tokens (${token.length} characters)`);

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(`${gateway}/swagger-ui.html`, { waitUntil: 'networkidle0', timeout: 60_000 });

  // the definition selector lists the four documents routed through the gateway
  await page.waitForSelector('.topbar select', { timeout: 30_000 });
  const listed = await page.$$eval('.topbar select option', options => options.map(o => o.textContent.trim()));
  console.log(`Swagger UI lists: ${listed.join(', ')}`);
  for (const service of services) {
    if (!listed.includes(service)) fail(`${service} is not listed`);
  }
  const selected = await page.$eval('.topbar select', s => s.options[s.selectedIndex].textContent.trim());
  if (selected !== 'energy-service') {
    await page.select('.topbar select', '/v3/api-docs/energy');
  }
  await page.waitForSelector(operation, { timeout: 30_000 });
  const title = await page.$eval('.info .title', e => e.textContent.trim());
  console.log(`document: ${title}`);

  // Authorize: the bearer-jwt scheme, with the dev token
  await page.click('.auth-wrapper .authorize');
  await page.waitForSelector('.modal-ux input', { timeout: 10_000 });
  await page.type('.modal-ux input', token);
  await page.click('.modal-ux .auth-btn-wrapper .authorize');
  await page.waitForSelector('.modal-ux .auth-btn-wrapper .btn-done', { timeout: 10_000 });
  await page.click('.modal-ux .auth-btn-wrapper .btn-done');
  console.log('authorised with the dev token');

  // Try it out on the calculator, with the example request the document carries (a policy case)
  await page.click(`${operation} .opblock-summary-control`);
  await page.waitForSelector(`${operation} .try-out__btn`, { timeout: 10_000 });
  await page.click(`${operation} .try-out__btn`);
  await page.waitForSelector(`${operation} textarea.body-param__text`, { timeout: 10_000 });
  const body = await page.$eval(`${operation} textarea.body-param__text`, t => t.value);
  console.log(`request body: ${body.replace(/\s+/g, ' ')}`);
  await page.click(`${operation} .execute`);
  await page.waitForSelector(`${operation} .live-responses-table tbody .response-col_status`, { timeout: 30_000 });
  const status = await page.$eval(`${operation} .live-responses-table tbody .response-col_status`, e => e.textContent.trim());
  const response = await page.$eval(`${operation} .live-responses-table tbody .response-col_description pre`,
    e => e.textContent.trim()).catch(() => '');
  console.log(`POST /api/energy/grade-evaluations answered ${status}: ${response.replace(/\s+/g, ' ').slice(0, 300)}`);
  if (process.env.SCREENSHOT) {
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: false });
  }
  if (status !== '200') fail(`expected 200, got ${status}`);
} finally {
  await browser.close();
}
if (!process.exitCode) console.log('OK: Swagger UI lists the four services and "Try it out" got 200');
