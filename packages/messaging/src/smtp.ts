import nodemailer from "nodemailer";
import type { EmailTransport, TOutgoingEmail, TSent } from "./transport";

export interface TSmtpConfig {
  /** smtp://user:password@host:587 or smtps://...:465 (nodemailer's URL form). */
  url: string;
  /** The From address, e.g. "Skridt <skridt@jobcenter.dk>". */
  from: string;
  replyTo?: string;
}

/**
 * E-mail over SMTP with nodemailer. The Message-ID is made from the outbox row's id, so a
 * message sent again after a crash carries the same id and a reader's mail program can tell.
 */
export function smtpTransport(config: TSmtpConfig): EmailTransport {
  // Timeouts well inside the outbox's lease, so a hung server fails the attempt instead of holding the row.
  const transporter = nodemailer.createTransport({ url: config.url, connectionTimeout: 20_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  const domain = config.from.match(/@([^>\s]+)/)?.[1] ?? "skridt.invalid";
  return {
    async sendEmail(message: TOutgoingEmail): Promise<TSent> {
      const info = await transporter.sendMail({
        from: config.from,
        ...(config.replyTo ? { replyTo: config.replyTo } : {}),
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.reference}@${domain}>`,
        ...(message.optOutUrl
          ? { list: { unsubscribe: { url: message.optOutUrl, comment: "Afmeld" } }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
          : {}),
      });
      return { providerMessageId: info.messageId };
    },
    close() {
      transporter.close();
    },
  };
}
