export type { EmailTransport, SmsTransport, Transports, TOutgoingEmail, TOutgoingSms, TSent } from "./transport";
export { smtpTransport, type TSmtpConfig } from "./smtp";
export { smsGatewayTransport, normaliseDanishPhone, type TSmsGatewayConfig } from "./sms-gateway";
export { buildMessage, type TMessageInput, type TMessageText, type TMessageKind, type TChannel, type TLocale, type TRecipient } from "./texts";
export { isDaytime, nextDaytime, parseHours, DAYTIME, type THours } from "./quiet-hours";
