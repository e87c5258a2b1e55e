/**
 * A real SMTP server on loopback for tests: it receives what the outbox
 * worker sends and parses each mail with mailparser. It can be stopped and
 * started again on the same port, to play a mail server that is down for a while.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './postgres-cluster.js';

export interface SmtpSink {
  port: number;
  url: string;
  mails: ParsedMail[];
  /** Resolves when at least `count` mails have arrived (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Mails to one address. */
  to(address: string): ParsedMail[];
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startSmtpSink(options: { port?: number; rejectRecipients?: RegExp } = {}): Promise<SmtpSink> {
  const port = options.port ?? (await freePort());
  const mails: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  let waiters: Array<() => void> = [];

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Loopback has no reverse DNS worth asking; the lookup alone costs ~100 ms per connection.
      disableReverseLookup: true,
      // Stopping drops open (pooled) client connections at once, as a crashed server would.
      closeTimeout: 50,
      onRcptTo(address, _session, callback) {
        if (options.rejectRecipients?.test(address.address)) {
          const error = Object.assign(new Error('No such mailbox'), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            mails.push(mail);
            for (const wake of waiters) wake();
            callback();
          })
          .catch(callback);
      },
    });

  const sink: SmtpSink = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    to: (address) => mails.filter((m) => addressesOf(m).includes(address)),
    async start() {
      server = create();
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (mails.length >= count) {
            clearTimeout(timer);
            waiters = waiters.filter((w) => w !== check);
            resolve(mails);
          }
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== check);
          reject(new Error(`expected ${count} mails, got ${mails.length} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(check);
        check();
      });
    },
  };
  await sink.start();
  return sink;
}

export function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((a) => a.address ?? ''));
}
