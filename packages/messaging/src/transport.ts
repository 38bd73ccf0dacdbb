/**
 * What every way of sending a message implements. A transport sends one message and says
 * what the provider called it; it throws when the provider refused or could not be reached
 * (the outbox then retries later and records the error). `reference` is the outbox row's id:
 * it is stable across retries, so a provider (or a reader) can recognise a message sent again
 * after a crash (e-mail: the Message-ID header; SMS gateway: the client reference).
 */
export interface TOutgoingEmail {
  reference: string;
  to: string;
  subject: string;
  text: string;
  /** The one-click opt-out address, also given to mail programs (List-Unsubscribe, RFC 8058). */
  optOutUrl?: string;
}

export interface TOutgoingSms {
  reference: string;
  to: string;
  text: string;
}

export interface TSent {
  /** The provider's id for the message (SMTP's Message-ID, the gateway's id). */
  providerMessageId: string;
}

export interface EmailTransport {
  sendEmail(message: TOutgoingEmail): Promise<TSent>;
  close?(): void;
}

export interface SmsTransport {
  sendSms(message: TOutgoingSms): Promise<TSent>;
}

/** The transports this process has; a channel without one leaves its messages waiting in the outbox. */
export interface Transports {
  email?: EmailTransport;
  sms?: SmsTransport;
}
