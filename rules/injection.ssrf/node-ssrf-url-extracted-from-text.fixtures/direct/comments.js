const got = require("got");

const LINK_REGEX = /https?:\/\/\S+/g;

async function attachPreview(comment) {
  const link = comment.body.match(LINK_REGEX)?.[0];
  if (!link) return comment;
  // ruleid: node-ssrf-url-extracted-from-text
  const html = await got(link, { timeout: { request: 4000 } }).text();
  comment.preview = html.slice(0, 300);
  return comment;
}

async function attachDocs(comment) {
  const link = comment.body.match(LINK_REGEX)?.[0];
  // ok: node-ssrf-url-extracted-from-text (a fixed preview service; the link is a query value)
  const res = await got(`${process.env.PREVIEW_API}/?url=${encodeURIComponent(link)}`).json();
  comment.preview = res.title;
  return comment;
}

async function ping(comment) {
  const words = comment.body.match(/\w+/g);
  // ok: node-ssrf-url-extracted-from-text (the fetched URL is a constant)
  await got(process.env.STATS_URL, { json: { words: words.length } });
}

module.exports = { attachPreview, attachDocs, ping };
