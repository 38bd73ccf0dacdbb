// A local HTTP server standing in for an SMS gateway: it takes the JSON POSTs of
// packages/messaging/src/sms-gateway.ts, checks the key, and keeps what it was asked to send.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface GatewaySms {
  to: string;
  from: string;
  text: string;
  reference: string;
}

export interface SmsGatewayStandIn {
  url: string;
  key: string;
  received: GatewaySms[];
  /** Answer the next `n` requests with HTTP 503 (a gateway having a bad minute). */
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startSmsGatewayStandIn(key = "test-gateway-key"): Promise<SmsGatewayStandIn> {
  let failures = 0;
  const received: GatewaySms[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.headers.authorization !== `Bearer ${key}`) return void response.writeHead(401).end("bad key");
      if (failures > 0) {
        failures -= 1;
        return void response.writeHead(503).end("try later");
      }
      const sms = JSON.parse(Buffer.concat(chunks).toString("utf8")) as GatewaySms;
      received.push(sms);
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `gw-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/messages`,
    key,
    received,
    failNext: (n) => void (failures = n),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
