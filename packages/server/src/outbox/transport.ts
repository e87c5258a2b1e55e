/**
 * Where mail goes: an SMTP server (`SMTP_URL`), or, without one, `.eml`
 * files in `DATA_DIR/outbox/` so that a newcomer sees every mail the server
 * would send. Both take the same rendered mail from the outbox.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { OutgoingMail } from './outbox.js';

export interface MailSettings {
  /** `smtp://user:pass@mail.stadt.de:587` or `smtps://…:465`; without it mail is written to `outboxDir`. */
  smtpUrl?: string;
  /** Sender address, e.g. `raumbuchung@stadt.de` or `"Stadt Musterstadt" <raumbuchung@stadt.de>`. */
  from?: string;
  /** Folder for `.eml` files when there is no SMTP server. */
  outboxDir: string;
}

export type MailDelivery = { kind: 'smtp'; host: string } | { kind: 'files'; folder: string };

/** What a send attempt says; `permanent` errors (SMTP 5xx) are not retried. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface MailTransport {
  readonly delivery: MailDelivery;
  /** Sends one mail; `messageId` is the same for every attempt of it, so receivers can spot a duplicate. */
  send(mail: OutgoingMail, messageId: string): Promise<void>;
  close(): void;
}

const DEFAULT_FROM = 'teilhabe-kit@localhost';

/** Reads `SMTP_URL`, `MAIL_FROM` and `DATA_DIR` (default `./.data`). */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings {
  return {
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || undefined,
    outboxDir: join(env.DATA_DIR && !env.DATA_DIR.startsWith('memory://') ? env.DATA_DIR : './.data', 'outbox'),
  };
}

export function createMailTransport(settings: MailSettings): MailTransport {
  const fromSetting = settings.from ?? DEFAULT_FROM;
  const sender = (mail: OutgoingMail) =>
    // A bare address gets the municipality's name; a configured display name wins.
    fromSetting.includes('<') ? fromSetting : { name: mail.senderName, address: fromSetting };
  const message = (mail: OutgoingMail, messageId: string) => ({
    from: sender(mail),
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId,
    headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  });

  if (settings.smtpUrl) {
    const url = new URL(settings.smtpUrl);
    const transporter = nodemailer.createTransport({
      url: settings.smtpUrl,
      // A few open connections, reused: one handshake per mail would cap delivery at a few mails a second.
      pool: true,
      maxConnections: 4,
      maxMessages: 100,
      // Fail fast: the worker retries later; a hanging server must not hold a mail for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as never);
    return {
      delivery: { kind: 'smtp', host: url.host },
      async send(mail, messageId) {
        try {
          await transporter.sendMail(message(mail, messageId));
        } catch (error) {
          const code = (error as { responseCode?: number }).responseCode;
          throw new MailSendError((error as Error).message, code !== undefined && code >= 500 && code < 600);
        }
      },
      close: () => transporter.close(),
    };
  }

  const folder = settings.outboxDir;
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    delivery: { kind: 'files', folder },
    async send(mail, messageId) {
      const info = (await transporter.sendMail(message(mail, messageId))) as { message: Buffer };
      mkdirSync(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const safeId = (messageId.split('@')[0] ?? '').replace(/[^a-zA-Z0-9-]/g, '').slice(0, 40);
      writeFileSync(join(folder, `${stamp}-${safeId}.eml`), info.message);
    },
    close: () => transporter.close(),
  };
}
