// Real-browser tests against a running local stack (deploy/local/up): the DPO works a request
// through the dashboard, Maija files one on the self-service page, the privacy notice renders.
// Run by deploy/browser-tests/run; every wait has a timeout so the run always ends.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  RIGHTS, REGISTER, openBrowser, keycloakLogin, token, rights, todayInHelsinki, daysBefore, daysUntil, screenshot, publish,
} from './support.js';

// the whole file may not hang: node's runner has per-test timeouts, this is the last resort
const guard = setTimeout(() => {
  console.error('browser tests: overall time limit reached');
  process.exit(2);
}, 8 * 60 * 1000);
guard.unref();

const browsers = [];
const shared = {}; // the DPO's and Maija's browsers, kept open from one test to the next
after(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

async function browser() {
  const b = await openBrowser();
  browsers.push(b);
  return b;
}

function assertCleanAddress(page) {
  const url = new URL(page.url());
  assert.equal(url.search, '', `no query left in the address bar: ${url.href}`);
  assert.ok(!/code=|state=|session_state=/.test(url.href), `no code/state in ${url.href}`);
}

test('the DPO logs in through Keycloak, finds a request in the queue, extends it and completes it', { timeout: 180000 }, async () => {
  // a request received by letter today, recorded through the API with the DPO's password-grant token
  const dpo = await token('dpo');
  const stamp = Date.now();
  const email = `selaintesti.${stamp}@example.fi`;
  const created = await rights('/api/v1/requests', dpo, {
    method: 'POST',
    body: {
      type: 'ACCESS',
      channel: 'LETTER',
      receivedOn: todayInHelsinki(),
      language: 'fi',
      subject: { email, firstName: 'Selma', lastName: 'Selaintesti' },
      details: 'Pyydän jäljennöksen tiedoistani (selaintesti).',
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;

  // three more, received earlier, so the queue shows every urgency; withdrawn again at the end
  const seeds = [];
  try {
    for (const [type, daysAgo, name] of [['ERASURE', 40, 'Otto'], ['RECTIFICATION', 28, 'Aino'], ['PORTABILITY', 6, 'Veikko']]) {
      const seeded = await rights('/api/v1/requests', dpo, {
        method: 'POST',
        body: {
          type,
          channel: 'EMAIL',
          receivedOn: daysBefore(daysAgo),
          language: 'fi',
          subject: { email: `selaintesti.${stamp}.${name.toLowerCase()}@example.fi`, firstName: name, lastName: 'Esimerkki' },
          details: 'Selaintestin esimerkkipyyntö.',
        },
      });
      assert.equal(seeded.status, 201, JSON.stringify(seeded.body));
      seeds.push(seeded.body);
    }
    await dpoFlow(dpo, id, email, seeds);
  } finally {
    // withdraw whatever this test left open (the main request is completed when all went well)
    for (const leftover of [...seeds.map((seed) => seed.id), id]) {
      const current = await rights(`/api/v1/requests/${leftover}`, dpo);
      if (['COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN'].includes(current.body?.status)) continue;
      await rights(`/api/v1/requests/${leftover}/withdraw`, dpo, { method: 'POST', body: { reason: 'Selaintestin siivous' } });
    }
  }
});

async function dpoFlow(dpo, id, email, seeds) {
  const b = await browser();
  const { page, errors } = b;
  shared.dpo = b;
  // no session: the service itself sends the browser to the realm's login (code flow)
  await page.goto(`${RIGHTS}/`);
  await keycloakLogin(page, 'dpo', 'dpo');

  // the queue: the new request is there with its days left as text, not only as a colour
  const row = page.locator(`tr[data-id="${id}"]`);
  await row.waitFor();
  assertCleanAddress(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
  // the tokens stay on the server: an HttpOnly session cookie, nothing in the page's storage
  assert.doesNotMatch(await page.evaluate(() => document.cookie), /q_session/);
  assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0);

  // keyboard: the first Tab stop is the skip link, and it moves the focus to the main content
  // (the page put the focus on its heading; start again from the top of the document)
  await page.evaluate(() => {
    document.body.setAttribute('tabindex', '-1');
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.match(await page.locator('#who').innerText(), /Tiina Tietosuoja/);
  const badge = row.locator('.days');
  assert.match(await badge.innerText(), /pv jäljellä|erääntyy tänään/);
  assert.match(await badge.getAttribute('class'), /days-later|days-soon/);
  // most urgent first, coloured and worded by the days left
  const order = await page.locator('table.queue tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
  const [overdue, soon, later] = seeds;
  assert.ok(order.indexOf(overdue.id) < order.indexOf(soon.id) && order.indexOf(soon.id) < order.indexOf(id), 'sorted by due date');
  const overdueBadge = page.locator(`tr[data-id="${overdue.id}"] .days`);
  assert.match(await overdueBadge.getAttribute('class'), /days-overdue/);
  assert.match(await overdueBadge.innerText(), /myöhässä \d+ pv/);
  for (const seed of seeds) {
    // red when overdue, amber within 5 days, green later; the legal dueDate is the API's
    const left = daysUntil(seed.dueDate);
    const level = left < 0 ? 'overdue' : left <= 5 ? 'soon' : 'later';
    assert.match(await page.locator(`tr[data-id="${seed.id}"] .days`).getAttribute('class'), new RegExp(`days-${level}`), `${seed.type} due ${seed.dueDate}`);
  }
  assert.equal(await page.locator(`tr[data-id="${later.id}"] .days`).getAttribute('class'), 'days days-later');

  await screenshot(page, 'dpo-queue');
  await publish('dpo-queue');

  // filters: by type on the server, then a search by the subject's name in the browser
  await page.locator('#f-type').selectOption('ERASURE');
  await page.locator(`tr[data-id="${id}"]`).waitFor({ state: 'detached' });
  await page.locator(`tr[data-id="${overdue.id}"]`).waitFor();
  assert.equal(await page.locator('#f-type').evaluate((el) => el === document.activeElement), true, 'focus stays on the filter');
  await page.locator('#f-type').selectOption('');
  await page.locator(`tr[data-id="${id}"]`).waitFor();
  await page.locator('#f-search').fill('Selma');
  await page.locator('#f-search').press('Enter');
  await page.locator(`tr[data-id="${soon.id}"]`).waitFor({ state: 'detached' });
  await page.locator(`tr[data-id="${id}"]`).waitFor();
  await page.locator('button', { hasText: 'Tyhjennä haku' }).click();
  await page.locator(`tr[data-id="${soon.id}"]`).waitFor();

  // the request view: only the id is in the address, the subject is on the page
  await row.locator('a.open-link').click();
  await page.locator('#request-title').waitFor();
  assert.equal(new URL(page.url()).hash, `#/requests/${id}`);
  assert.ok(!page.url().includes(email) && !page.url().includes('Selaintesti'));
  assert.match(await page.locator('main').innerText(), new RegExp(email.replace(/\./g, '\\.')));
  assert.equal(await page.locator('#request-status').innerText(), 'Vastaanotettu');
  assert.match(await page.locator('#timeline-h').innerText(), /Tapahtumat/);
  await screenshot(page, 'dpo-request');
  await publish('dpo-request');

  // an extension without reasons is refused: the problem+json detail and field are announced
  await page.locator('#form-extension button[type="submit"]').click();
  const problem = page.locator('#problem');
  await problem.locator('.problem').waitFor();
  // 400 (validation) or 409 (Art. 12(3) rule), either way naming the field
  assert.match(await problem.innerText(), /\((400|409)\)/);
  assert.match(await problem.innerText(), /Kenttä reason: /);
  assert.equal(await page.locator('#form-extension textarea[name="reason"]').getAttribute('aria-invalid'), 'true');

  // extend with a reason
  await page.locator('#form-extension textarea[name="reason"]').fill('Pyyntö vaatii tietojen keräämistä useasta järjestelmästä.');
  await page.locator('#form-extension button[type="submit"]').click();
  await page.locator('#request-status', { hasText: 'Jatkettu' }).waitFor();
  assert.match(await page.locator('#notice').innerText(), /Tallennettu/);
  assert.match(await page.locator('main').innerText(), /Määräaikaa jatkettu/);
  assert.equal(await page.locator('#form-extension').count(), 0, 'the extension form is gone once extended');

  // complete: no register subject was matched, so the answer is "no data held"
  await page.locator('#form-complete textarea[name="note"]').fill('Rekisteristä ei löytynyt tietoja tällä sähköpostiosoitteella.');
  await page.locator('#form-complete button[type="submit"]').click();
  await page.locator('#request-status', { hasText: 'Valmis' }).waitFor();
  await page.locator('#letters-h').waitFor();
  const letters = await page.locator('.letter').count();
  assert.ok(letters >= 2, `an extension notice and the answer, found ${letters}`);
  assert.match(await page.locator('#actions-h + p').innerText(), /suljettu/);
  // see docs/promises.md: the timeline's own notes in Finnish, dates as d.M.yyyy, no English or codes
  const timeline = await page.locator('ol.timeline').innerText();
  assert.match(timeline, /määräpäivä siirtyi \d{1,2}\.\d{1,2}\.\d{4} → \d{1,2}\.\d{1,2}\.\d{4}/);
  assert.match(timeline, /asiakasrekisterissä ei ole pyytäjän tietoja/);
  assert.doesNotMatch(timeline, /dueDate|no data held|received on|DPO_CHECK/);
  await screenshot(page, 'dpo-request-completed');

  const stored = await rights(`/api/v1/requests/${id}`, dpo);
  assert.equal(stored.body.status, 'COMPLETED');
  assert.equal(stored.body.extension.extended, true);
  assert.equal(stored.body.extension.reason, 'Pyyntö vaatii tietojen keräämistä useasta järjestelmästä.');

  // the figures with their SVG charts, then the language switch
  await page.locator('#nav a[data-route="figures"]').click();
  await page.locator('.tiles').waitFor();
  assert.ok((await page.locator('svg.svg-chart').count()) >= 2);
  await screenshot(page, 'dpo-figures');
  await page.locator('.lang-switch button[data-lang="en"]').click();
  await page.locator('h1', { hasText: 'Figures' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.lang-switch button[data-lang="en"]').getAttribute('aria-pressed'), 'true');
  await page.locator('.lang-switch button[data-lang="fi"]').click();
  await page.locator('h1', { hasText: 'Tunnusluvut' }).waitFor();
  // what a restore from a backup made again (nothing here): the DPO sees it on the same page
  await page.locator('#reapplied', { hasText: 'Yhtään poistoa ei ole tarvinnut tehdä uudelleen' }).waitFor();

  assert.deepEqual(errors, []);
}

test('Maija logs in on the self-service page and files a request', { timeout: 180000 }, async () => {
  const b = await browser();
  const { page, errors } = b;
  await page.goto(`${RIGHTS}/me`);
  await keycloakLogin(page, 'maija', 'maija');
  await page.locator('#new-request').waitFor();
  assertCleanAddress(page);
  assert.match(await page.locator('#who').innerText(), /Maija Meikäläinen/);
  // what the register holds on her, matched by the verified email of her login
  const myData = await page.locator('#my-data').innerText();
  assert.match(myData, /maija\.meikalainen@example\.fi/);
  assert.match(myData, /Rakennus Oy Esimerkki/);

  // a rectification, withdrawn again in two steps
  await page.locator('#type-RECTIFICATION').check();
  await page.locator('#details').fill('Selaintesti: puhelinnumeroni on vaihtunut.');
  await page.locator('#new-request button[type="submit"]').click();
  await page.locator('#notice', { hasText: 'Pyyntö vastaanotettu' }).waitFor();
  const rectification = page.locator('.me-requests > li').first();
  const rectificationId = await rectification.getAttribute('data-id');
  assert.match(await rectification.innerText(), /Tietojen oikaisu/);
  assert.equal(await page.locator('#details').inputValue(), '', 'the form is emptied after filing');
  await rectification.locator('button', { hasText: 'Peru pyyntö' }).click();
  await page.locator('#confirm-withdraw').click();
  await page.locator(`.me-requests > li[data-id="${rectificationId}"][data-status="WITHDRAWN"]`).waitFor();
  await page.locator('#notice', { hasText: 'Pyyntö peruttu' }).waitFor();

  // an access request: a copy of her data, which the next test has the DPO execute
  await page.locator('#type-ACCESS').check();
  await page.locator('#details').fill('Selaintesti: pyydän jäljennöksen kaikista tiedoistani.');
  await page.locator('#new-request button[type="submit"]').click();
  await page.locator('#notice', { hasText: 'Pyyntö vastaanotettu' }).waitFor();
  const card = page.locator('.me-requests > li').first();
  const id = await card.getAttribute('data-id');
  assert.match(id, /^[0-9a-f-]{36}$/);
  assert.notEqual(id, rectificationId);
  assert.match(await card.innerText(), /Tietojen tarkastus/);
  assert.match(await card.innerText(), /Vastaanotettu/);
  assert.match(await card.innerText(), /Tiedot ovat ladattavissa, kun pyyntö on käsitelty/);
  await screenshot(page, 'me-filed');

  const maija = await token('maija');
  const mine = await rights(`/api/v1/me/requests/${id}`, maija);
  assert.equal(mine.status, 200);
  assert.equal(mine.body.type, 'ACCESS');
  assert.equal(mine.body.channel, 'WEB');
  shared.maija = { ...b, requestId: id };

  assert.deepEqual(errors, []);
});

test('the DPO executes Maija\'s access request and both download the copy', { timeout: 180000 }, async (t) => {
  if (!shared.dpo || !shared.maija) {
    t.skip('needs the two tests before');
    return;
  }
  const id = shared.maija.requestId;
  const dpoPage = shared.dpo.page;
  try {
    await dpoPage.goto(`${RIGHTS}/#/requests/${id}`);
    await dpoPage.locator('#request-title').waitFor();
    assert.match(await dpoPage.locator('main').innerText(), /maija\.meikalainen@example\.fi/);
    // identity: the verified email of her login; then find her in the register and execute
    assert.match(await dpoPage.locator('#identity-h + p').innerText(), /Kirjautumisen vahvistettu sähköposti/);
    await dpoPage.locator('#match-button').click();
    await dpoPage.locator('#match-h ~ dl', { hasText: 'Yksi osuma' }).waitFor();
    await dpoPage.locator('#form-execute button[type="submit"]').click();
    await dpoPage.locator('#request-status', { hasText: 'Valmis' }).waitFor();
    assert.match(await dpoPage.locator('#summary-h ~ dl').innerText(), /Jäljennös toimitettu/);

    const [dpoDownload] = await Promise.all([
      dpoPage.waitForEvent('download'),
      dpoPage.locator('#package-h ~ ul button', { hasText: 'CSV' }).click(),
    ]);
    assert.equal(dpoDownload.suggestedFilename(), `request-${id}.csv`);
    assert.match(await readFile(await dpoDownload.path(), 'utf8'), /maija\.meikalainen@example\.fi/);
    await dpoPage.locator('#request-title').waitFor();
    assert.deepEqual(shared.dpo.errors, []);

    // Maija follows the status and downloads her copy
    const { page, errors } = shared.maija;
    await page.locator('#refresh').click();
    const card = page.locator(`.me-requests > li[data-id="${id}"][data-status="COMPLETED"]`);
    await card.waitFor();
    assert.match(await card.innerText(), /Tietonne ovat valmiina/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.locator('button', { hasText: 'HTML' }).click(),
    ]);
    assert.match(await readFile(await download.path(), 'utf8'), /Meikäläinen/);
    await card.locator('summary').click();
    await screenshot(page, 'me-package');

    // the dashboard is not hers: a data subject is sent back to her own page
    await page.goto(`${RIGHTS}/`);
    await page.locator('main', { hasText: 'Tämä näkymä on tietosuojavastaavalle' }).waitFor();
    assert.equal(await page.locator('main a[href="/me/"]').count(), 1);
    assert.deepEqual(errors, []);

    // logging out ends the Keycloak session too and lands on the signed-out page; logging in
    // again asks for the password
    await dpoPage.locator('#logout').click();
    await dpoPage.waitForURL((url) => url.origin === RIGHTS && url.pathname === '/signed-out.html', { timeout: 30000 });
    await dpoPage.locator('h1', { hasText: 'Olet kirjautunut ulos' }).waitFor();
    await dpoPage.locator('#login-dpo').click();
    await dpoPage.locator('#username').waitFor();
  } finally {
    // never leave her request open in the DPO's queue
    const dpo = await token('dpo');
    const current = await rights(`/api/v1/requests/${id}`, dpo);
    if (!['COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN'].includes(current.body?.status)) {
      await rights(`/api/v1/requests/${id}/withdraw`, dpo, { method: 'POST', body: { reason: 'Selaintestin siivous' } });
    }
  }
});

test('the privacy notice renders in Finnish and in English', { timeout: 60000 }, async () => {
  const { page, errors } = await browser();
  await page.goto(`${REGISTER}/privacy-notice?lang=fi`);
  assert.equal(await page.locator('h1').innerText(), 'Tietosuojaseloste');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
  assert.ok((await page.locator('h2').count()) >= 3);
  await screenshot(page, 'privacy-notice-fi');

  await page.goto(`${REGISTER}/privacy-notice?lang=en`);
  assert.equal(await page.locator('h1').innerText(), 'Privacy notice');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await screenshot(page, 'privacy-notice-en');

  assert.deepEqual(errors, []);
});
