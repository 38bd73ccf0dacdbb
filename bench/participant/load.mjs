// The load generator for bench/participant, run as its own process so it never shares an
// event loop with the server it measures. Reads its settings as JSON from argv[2], prints
// autocannon's result (plus how many saves were really applied) as JSON on stdout.
//
// Each connection answers its own questionnaire (its own link token), every request a new
// answer: a new clientMutationId and a later answeredAt, so every save is a real write.
import autocannon from "autocannon";

const settings = JSON.parse(process.argv[2]);
const { url, path, tokens, connections, duration, tag } = settings;

let nextClient = 0;
let sent = 0;
let applied = 0;

function setupClient(client) {
  const token = tokens[nextClient++ % tokens.length];
  const clientId = nextClient;
  let n = 0;
  client.setRequests([
    {
      method: "POST",
      path,
      headers: { "content-type": "application/json" },
      setupRequest(request) {
        n++;
        sent++;
        request.body = JSON.stringify({
          token,
          instrumentId: "who5",
          itemId: `who5_${(n % 5) + 1}`,
          value: (n * 7 + clientId) % 6,
          clientMutationId: `${tag}-${clientId}-${n}`.padEnd(8, "0"),
          answeredAt: new Date().toISOString(),
        });
        return request;
      },
      onResponse(status, body) {
        if (status >= 200 && status < 300 && body.includes('"applied":true')) applied++;
      },
    },
  ]);
}

const result = await autocannon({ url, connections, duration, setupClient, timeout: 10 });
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    requestsTotal: result.requests.total,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
    duration: result.duration,
    ok2xx: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    sent,
    applied,
  }),
);
