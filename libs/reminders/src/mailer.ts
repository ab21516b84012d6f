import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '#config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Deterministic, so a copy that slips through after a crash can be recognised as the same message. */
  messageId: string;
  /** The reminder kind, as a header that mail rules (and tests) can sort by. */
  kind: string;
}

/**
 * Sends mail through SMTP_URL; without it, writes each message as an .eml file
 * under DATA_DIR/mail (demo mode), where it can be opened in any mail client.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  // nodemailer is loaded with the first message: a process that never sends mail (most API replicas) skips it.
  private transport: Promise<Transporter> | null = null;
  private readonly folder: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.folder = config.mail.smtpUrl ? null : path.join(config.dataDir, 'mail');
  }

  private async createTransport(): Promise<Transporter> {
    const { default: nodemailer } = await import('nodemailer');
    const { config } = this;
    if (config.mail.smtpUrl) {
      // A pool of connections: delivery runs several sends at once.
      const smtp = new URL(config.mail.smtpUrl);
      smtp.searchParams.set('pool', 'true');
      if (!smtp.searchParams.has('maxConnections')) smtp.searchParams.set('maxConnections', '10');
      return nodemailer.createTransport(smtp.toString());
    }
    return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<string> {
    const transport = await (this.transport ??= this.createTransport());
    const info = await transport.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: { 'X-REX587-Kind': mail.kind },
    });
    if (this.folder) {
      await mkdir(this.folder, { recursive: true });
      const name = mail.messageId.replace(/[^A-Za-z0-9._-]/g, '_');
      await writeFile(path.join(this.folder, `${name}.eml`), (info as unknown as { message: Buffer }).message);
    }
    return mail.messageId;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.transport) (await this.transport.catch(() => null))?.close();
  }
}
