export type { EmailTransport, SmsTransport, Transports, TOutgoingEmail, TOutgoingSms, TSent } from "./transport";
