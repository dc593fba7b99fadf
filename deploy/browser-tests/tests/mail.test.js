// Real-browser tests of email delivery against a running local stack (deploy/local/up): the DPO
// sends a one-time code from the dashboard, the requester enters it on the public page without an
// account, and the DPO sends her the answer, which reaches the local mail server (GreenMail, read
// over IMAP on 127.0.0.1) with the letter attached as PDF and no personal data beyond her name.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { RIGHTS, openBrowser, keycloakLogin, token, rights, todayInHelsinki, screenshot } from './support.js';
import { readMailbox, awaitMessage } from './imap.js';

const guard = setTimeout(() => {
  console.error('mail browser tests: overall time limit reached');
  process.exit(2);
}, 6 * 60 * 1000);
guard.unref();

const browsers = [];
after(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

async function browser() {
  const b = await openBrowser();
  browsers.push(b);
  return b;
}

// the demo register's Maija: her email on file is where the code and the letter must go
const MAIJA = 'maija.meikalainen@example.fi';

test('the DPO sends a code, Maija enters it without an account, and the letter reaches her mailbox', { timeout: 240000 }, async () => {
  const dpo = await token('dpo');
  const beforeIntake = (await readMailbox(MAIJA)).length;
  const created = await rights('/api/v1/requests', dpo, {
    method: 'POST',
    body: {
      type: 'ACCESS',
      channel: 'EMAIL',
      receivedOn: todayInHelsinki(),
      language: 'fi',
      subject: { email: MAIJA, firstName: 'Maija', lastName: 'Meikäläinen' },
      details: 'Pyyntö tuli sähköpostilla (selaintesti, vahvistuskoodi).',
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  try {
    const matched = await rights(`/api/v1/requests/${id}/match`, dpo, { method: 'POST' });
    assert.equal(matched.status, 200, JSON.stringify(matched.body));
    assert.ok(matched.body.match?.subjectId, 'the demo register holds exactly one Maija');

    // her email identifies one contact, so the intake already sent her a code (docs/operations.md); the
    // DPO sends a new one from the request's page, which voids the first
    await awaitMessage(MAIJA, beforeIntake, (m) => /vahvistuskoodinne on \d{6}/.test(m.text));
    const known = (await readMailbox(MAIJA)).length;
    const d = await browser();
    await d.page.goto(`${RIGHTS}/#/requests/${id}`);
    await keycloakLogin(d.page, 'dpo', 'dpo');
    // the login lands on the dashboard's start; open the request again
    await d.page.goto(`${RIGHTS}/#/requests/${id}`);
    await d.page.locator('#request-title').waitFor();
    await d.page.locator('#identity-code-button').click();
    await d.page.locator('#notice', { hasText: 'Viesti on jonossa' }).waitFor();

    // it arrives at the address the register holds, with the code and the public page's link
    const codeMail = await awaitMessage(MAIJA, known, (m) => /vahvistuskoodinne on \d{6}/.test(m.text));
    const code = /vahvistuskoodinne on (\d{6})/.exec(codeMail.text)[1];
    assert.match(codeMail.text, new RegExp(`/verify\\.html\\?request=${id}`));
    assert.match(codeMail.text, /Hyvä Maija Meikäläinen/);

    // Maija, with no login and no cookie, enters a wrong code first, then the right one
    const m = await browser();
    await m.page.goto(`${RIGHTS}/verify.html?request=${id}`);
    assert.equal(await m.page.locator('html').getAttribute('lang'), 'fi');
    const wrong = code === '000000' ? '111111' : '000000';
    await m.page.locator('#code').fill(wrong);
    await m.page.keyboard.press('Enter');
    await m.page.locator('#problem', { hasText: 'Koodi ei täsmää' }).waitFor();
    assert.equal(await m.page.locator('#code').getAttribute('aria-invalid'), 'true');
    await m.page.locator('#code').fill(code);
    await m.page.locator('#verify-form button[type="submit"]').click();
    await m.page.locator('#notice', { hasText: 'henkilöllisyytenne on vahvistettu' }).waitFor();
    await screenshot(m.page, 'verify-done');
    assert.deepEqual(m.errors, []);

    const verified = await rights(`/api/v1/requests/${id}`, dpo);
    assert.equal(verified.body.identity.verified, true);
    assert.equal(verified.body.identity.method, 'ONE_TIME_CODE');

    // the DPO answers and sends the letter from the dashboard
    const completed = await rights(`/api/v1/requests/${id}/complete`, dpo, {
      method: 'POST', body: { note: 'Selaintestin vastaus.' },
    });
    assert.equal(completed.status, 200, JSON.stringify(completed.body));
    const letters = await rights(`/api/v1/requests/${id}/letters`, dpo);
    const letter = letters.body[letters.body.length - 1];
    const before = (await readMailbox(MAIJA)).length;
    await d.page.goto(`${RIGHTS}/#/requests/${id}`);
    await d.page.reload();
    await d.page.locator('#request-title').waitFor();
    await d.page.locator(`button[data-letter="${letter.id}"]`).click();
    await d.page.locator('#notice', { hasText: 'Viesti on jonossa' }).waitFor();

    const letterMail = await awaitMessage(MAIJA, before, (m) => /application\/pdf/i.test(m.raw));
    assert.match(letterMail.text, /Hyvä Maija Meikäläinen/);
    assert.match(letterMail.text, /liitteenä/);
    // the email's own text names her and nothing else of hers
    assert.doesNotMatch(letterMail.text, /maija\.meikalainen@example\.fi|Selaintestin|selaintesti/i);

    // the letter's delivery shows on the dashboard
    const until = Date.now() + 30000;
    let state;
    do {
      state = (await rights(`/api/v1/requests/${id}/letters`, dpo)).body.find((l) => l.id === letter.id).delivery?.state;
      if (state !== 'SENT') await new Promise((resolve) => setTimeout(resolve, 1000));
    } while (state !== 'SENT' && Date.now() < until);
    assert.equal(state, 'SENT');
    await d.page.reload();
    await d.page.locator('#request-title').waitFor();
    await d.page.locator('.delivery-SENT', { hasText: 'Lähetetty sähköpostilla' }).first().waitFor();
    assert.equal(await d.page.locator(`button[data-letter="${letter.id}"]`).count(), 0, 'a sent letter cannot be sent twice');
    await screenshot(d.page, 'letter-sent');
    assert.deepEqual(d.errors, []);
  } finally {
    const current = await rights(`/api/v1/requests/${id}`, dpo);
    if (!['COMPLETED', 'PARTIALLY_COMPLETED', 'REFUSED', 'WITHDRAWN'].includes(current.body?.status)) {
      await rights(`/api/v1/requests/${id}/withdraw`, dpo, { method: 'POST', body: { reason: 'Selaintestin siivous' } });
    }
  }
});
