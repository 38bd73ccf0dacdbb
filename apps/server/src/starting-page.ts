// What a browser gets while the server is starting (migrations, the demo seed on first start):
// a short page that says so and looks again by itself, rather than a connection that hangs.
// No script and no inline style, so it passes the strict CSP like every other page.

/** Seconds a browser or load balancer should wait before asking again. */
export const STARTING_RETRY_SECONDS = 5;

export const STARTING_PAGE = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${STARTING_RETRY_SECONDS}">
<title>Skridt starter</title>
</head>
<body>
<main>
<h1>Skridt starter …</h1>
<p>Siden kommer om et øjeblik og opdaterer sig selv.</p>
<p lang="en">Skridt is starting … The page will reload by itself in a moment.</p>
</main>
</body>
</html>
`;
