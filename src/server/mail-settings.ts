// E-mail of notifications, when the environment configures it (README): TILSYN_SMTP_URL (e.g.
// smtp://user:password@mail.example:587), TILSYN_MAIL_FROM and TILSYN_BASE_URL (the address users
// open tilsyn at, for the links). Without them no e-mail is sent; the in-app notifications remain.
import nodemailer from 'nodemailer';
import type { Mailer } from '../services/notifications/deliver-emails.ts';

export type MailSettings = { smtpUrl: string; from: string; baseUrl: string; everyMs: number };

/** Some but not all of the mail variables are set: the server does not start half-configured. */
export class MailConfigurationError extends Error {}

const VARIABLES = ['TILSYN_SMTP_URL', 'TILSYN_MAIL_FROM', 'TILSYN_BASE_URL'] as const;

export function mailSettingsFromEnv(env: NodeJS.ProcessEnv): MailSettings | null {
  const missing = VARIABLES.filter((v) => !env[v]);
  if (missing.length === VARIABLES.length) return null;
  if (missing.length > 0) throw new MailConfigurationError(`E-mail er kun delvist sat op; mangler: ${missing.join(', ')}.`);
  for (const v of ['TILSYN_SMTP_URL', 'TILSYN_BASE_URL'] as const) {
    try {
      new URL(env[v]!);
    } catch {
      throw new MailConfigurationError(`${v} skal være en fuld adresse (fx ${v === 'TILSYN_SMTP_URL' ? 'smtp://mail.example:587' : 'https://tilsyn.example'}).`);
    }
  }
  return { smtpUrl: env.TILSYN_SMTP_URL!, from: env.TILSYN_MAIL_FROM!, baseUrl: env.TILSYN_BASE_URL!, everyMs: 10_000 };
}

export function smtpMailer(settings: Pick<MailSettings, 'smtpUrl' | 'from'>): Mailer {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return { send: async (m) => { await transport.sendMail({ from: settings.from, to: m.to, subject: m.subject, text: m.text }); } };
}
