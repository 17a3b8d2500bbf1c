// A real SMTP server in-process (the smtp-server package) that keeps what it receives: for the tests
// of e-mailed notifications — the protocol is spoken for real, nothing is mocked.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Inbox = { url: string; messages: { to: string; text: string }[]; close(): Promise<void> };

export async function startInbox(): Promise<Inbox> {
  const messages: Inbox['messages'] = [];
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => { raw += chunk.toString('utf8'); });
      stream.on('end', () => { messages.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text: readMail(raw) }); callback(); });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}

/** The message as text: folded headers joined, RFC 2047 words and quoted-printable decoded. */
function readMail(raw: string): string {
  const bytes = (qp: string) => Buffer.from(qp.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  return raw
    .replace(/\?=\r\n =\?UTF-8\?Q\?/g, '')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/g, (_, w: string) => bytes(w.replace(/_/g, ' ')))
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})(=[0-9A-F]{2})*/g, (m) => bytes(m));
}
