// A minimal IMAP reader for the local stack's mail server (GreenMail on 127.0.0.1, demo only: any
// login reads the mailbox of the address it names). Enough for the tests to read what the
// services sent: LOGIN, SELECT INBOX, FETCH every message, LOGOUT, with a timeout.

import { connect } from 'node:net';

const IMAP_PORT = Number(process.env.REKISTERI_IMAP_PORT || '3143');

/** Every message in the address's mailbox, oldest first, each as {raw, headers, text}. */
export function readMailbox(address, { timeoutMs = 15000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: IMAP_PORT });
    const commands = [
      `a1 LOGIN "${address}" "demo"`,
      'a2 SELECT INBOX',
      'a3 FETCH 1:* (BODY.PEEK[])',
      'a4 LOGOUT',
    ];
    let buffer = Buffer.alloc(0);
    let next = 0;
    let fetched = null;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`IMAP on 127.0.0.1:${IMAP_PORT}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const send = () => {
      socket.write(`${commands[next]}\r\n`);
      next += 1;
    };
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const text = buffer.toString('latin1');
      if (next === 0) {
        if (text.includes('\r\n')) {
          buffer = Buffer.alloc(0);
          send();
        }
        return;
      }
      const tag = `a${next}`;
      const done = new RegExp(`(^|\\r\\n)${tag} (OK|NO|BAD)[^\\r\\n]*\\r\\n`).exec(text);
      if (!done) return;
      if (tag === 'a3') fetched = done[2] === 'OK' ? buffer.subarray(0, done.index) : Buffer.alloc(0);
      buffer = Buffer.alloc(0);
      if (next < commands.length) {
        send();
      } else {
        clearTimeout(timer);
        socket.end();
        resolve(parseFetch(fetched || Buffer.alloc(0)));
      }
    });
  });
}

/** Splits "* n FETCH (BODY[] {size}\r\n<size bytes>)" answers into messages. */
function parseFetch(bytes) {
  const messages = [];
  let at = 0;
  const text = bytes.toString('latin1');
  const literal = /\* \d+ FETCH \(BODY\[\] \{(\d+)\}\r\n/g;
  let match;
  while ((match = literal.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const size = Number(match[1]);
    messages.push(message(bytes.subarray(start, start + size)));
    literal.lastIndex = start + size;
    at = start + size;
  }
  return messages;
}

function message(raw) {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const headers = split < 0 ? text : text.slice(0, split);
  return { raw: text, headers, text: decodedText(text) };
}

/** The message's text parts, decoded (quoted-printable or base64, UTF-8), joined. */
function decodedText(raw) {
  const parts = raw.split(/\r\n--[^\r\n]+\r\n/);
  const texts = [];
  for (const part of parts) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    if (!/content-type:\s*text\/plain/i.test(head) && /content-type:/i.test(head)) continue;
    let body = part.slice(split + 4);
    if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
      body = Buffer.from(
        body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    } else if (/content-transfer-encoding:\s*base64/i.test(head)) {
      body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    } else {
      body = Buffer.from(body, 'latin1').toString('utf8');
    }
    texts.push(body);
  }
  return texts.join('\n');
}

/** Polls the mailbox until a message beyond the first `known` ones satisfies `wanted`. */
export async function awaitMessage(address, known, wanted, { timeoutMs = 60000 } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readMailbox(address)).slice(known).find(wanted);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no such message for ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
