// An outside client: Node 20's global fetch, no packages, written from docs/api.md alone.
// Pages through every public claim by the Link header (checking it against the body's next),
// checks the total against the list's one-page answer, revalidates with If-None-Match (304) and
// reads gzip. Prints one JSON line of findings; exits 1 on the first broken promise.
const base = process.argv[2];
const fail = (message) => { console.error(message); process.exit(1); };
const check = (ok, message) => { if (!ok) fail(message); };

function linkTo(header, rel) {
  for (const part of (header || "").split(",")) {
    const match = part.trim().match(/^<([^>]*)>\s*;\s*rel="?([^";]+)"?/);
    if (match && match[2].split(/\s+/).includes(rel)) return match[1];
  }
  return null;
}

const seen = new Set();
let url = `${base}/api/v1/claims/?page_size=1`;
let pages = 0;
while (url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  check(response.status === 200, `${url}: ${response.status}`);
  const body = await response.json();
  const next = linkTo(response.headers.get("link"), "next");
  check(next === body.next, `Link next ${next} is not the body's ${body.next}`);
  for (const claim of body.results) {
    check(!seen.has(claim.id), `claim ${claim.id} came twice`);
    seen.add(claim.id);
  }
  pages += 1;
  url = next;
}
const all = await (await fetch(`${base}/api/v1/claims/?page_size=200`)).json();
check(all.next === null, "200 claims should fit one page here");
check(all.results.length === seen.size, `walked ${seen.size}, listed ${all.results.length}`);

const first = await fetch(`${base}/api/v1/claims/`);
const etag = first.headers.get("etag");
check(etag && etag.startsWith('W/"'), `weak ETag expected, got ${etag}`);
check(first.headers.get("content-encoding") === "gzip", "fetch sends Accept-Encoding gzip: answer gzipped");
await first.arrayBuffer();
const again = await fetch(`${base}/api/v1/claims/`, { headers: { "If-None-Match": etag } });
check(again.status === 304, `If-None-Match: ${again.status}`);
check((await again.text()) === "", "a 304 has no body");

const plain = await fetch(`${base}/api/v1/claims/`, { headers: { "Accept-Encoding": "identity" } });
check(!plain.headers.get("content-encoding"), "identity asked, gzip sent");
check(plain.headers.get("etag") !== etag, "gzip and identity share an ETag");
const crossed = await fetch(`${base}/api/v1/claims/`, { headers: { "Accept-Encoding": "identity", "If-None-Match": etag } });
check(crossed.status === 200, "the gzip ETag revalidated the identity answer");
const vary = plain.headers.get("vary").split(",").map((name) => name.trim());
check(new Set(vary.map((name) => name.toLowerCase())).size === vary.length, `Vary repeats a name: ${vary}`);

console.log(JSON.stringify({ claims: seen.size, pages, etag: etag.length > 0, gzip: true }));
