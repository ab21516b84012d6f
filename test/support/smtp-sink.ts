import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** The X-REX587-Kind header: the reminder kind. */
  kind: string;
}

/**
 * A real SMTP server, in-process, that records every message it accepts. It can
 * be told to refuse messages (temporarily) to exercise retries.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** While set, every message is refused with this SMTP error. */
  refuseWith: string | null = null;
  /** While set, messages are read but never answered: the sender hangs mid-send (until it dies). */
  hold = false;
  held = 0;
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.hold) {
          this.held += 1;
          stream.resume();
          return;
        }
        if (this.refuseWith) {
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error(this.refuseWith!), { responseCode: 451 })));
          return;
        }
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
            this.messages.push({
              to,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              messageId: mail.messageId ?? '',
              kind: String(mail.headers.get('x-rex587-kind') ?? ''),
            });
            callback();
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
  }
}
