// Channels outside the app. E-mail goes through SMTP (CHIBO_SMTP_URL; off when unset). Another channel (Zalo OA, SMS,
// Web Push) is one more object with the same shape, registered in `channels()`; the job that delivers a notification
// names its channel, and each person chooses per kind and channel.
import nodemailer from 'nodemailer';

export type Outgoing = { subject: string; text: string };
export type Address = { email: string | null; name: string };

export interface DeliveryChannel {
  name: 'email';
  /** Whether this person can be reached at all on this channel (an address, a linked account…). */
  reaches(to: Address): boolean;
  send(to: Address, msg: Outgoing): Promise<void>;
}

export type MailSettings = { smtpUrl: string; from: string };

export function emailChannel(settings: MailSettings): DeliveryChannel {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    name: 'email',
    reaches: (to) => !!to.email && /^[^\s@]+@[^\s@]+$/.test(to.email),
    async send(to, msg) {
      await transport.sendMail({ from: settings.from, to: { name: to.name, address: to.email! }, subject: msg.subject, text: msg.text });
    },
  };
}

/** The channels configured for this instance (none when CHIBO_SMTP_URL is unset: notifications stay in the app). */
export function channels(mail: MailSettings | null): DeliveryChannel[] {
  return mail ? [emailChannel(mail)] : [];
}

/** CHIBO_SMTP_URL (smtp:// or smtps://, with user and password if the server wants them) and CHIBO_MAIL_FROM. */
export function mailFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const smtpUrl = env.CHIBO_SMTP_URL?.trim();
  if (!smtpUrl) return null;
  return { smtpUrl, from: env.CHIBO_MAIL_FROM?.trim() || 'chibo <chibo@localhost>' };
}
