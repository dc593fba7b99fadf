// The public page where a data subject without a login enters the one-time code sent to the email
// the register holds (POST /api/v1/verifications). It sends no cookie: the code is the proof.
import { t, applyTexts, wireLanguageSwitch, onLangChange } from './i18n.js';
import { bindMessages, clearMessages, notify } from './api.js';

const problem = document.getElementById('problem');
const form = document.getElementById('verify-form');
const input = document.getElementById('code');
const requestId = new URLSearchParams(window.location.search).get('request');

function showError(text) {
  problem.textContent = text;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

async function submit(event) {
  event.preventDefault();
  clearMessages();
  input.removeAttribute('aria-invalid');
  const code = input.value.trim();
  if (!/^[0-9]{6}$/.test(code) || !requestId) {
    showError(t(requestId ? 'verify.format' : 'verify.noRequest'));
    return;
  }
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    const response = await fetch('/api/v1/verifications', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ requestId, code }),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.ok) {
      form.hidden = true;
      notify(t('verify.done'));
      document.getElementById('main').focus();
    } else {
      showError(t(response.status === 429 ? 'verify.locked' : 'verify.wrong'));
    }
  } catch (e) {
    showError(t('error.network'));
  } finally {
    button.disabled = false;
  }
}

applyTexts();
wireLanguageSwitch(document.querySelector('.lang-switch'));
bindMessages(document.getElementById('notice'), problem);
onLangChange(() => applyTexts());
form.addEventListener('submit', submit);
