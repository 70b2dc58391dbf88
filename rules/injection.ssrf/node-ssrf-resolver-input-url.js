import axios from 'axios';

const ALLOWED_HOSTS = new Set(['example.org']);

export const resolvers = {
  Query: {
    async linkPreview(_p, { url }) {
      // ruleid: node-ssrf-resolver-input-url
      const { data: html } = await axios.get(url, { timeout: 5000 });
      return { title: (html.match(/<title>([^<]*)<\/title>/i) || [])[1] || null };
    },
    feed: async (_parent, args, ctx) => {
      // ruleid: node-ssrf-resolver-input-url
      const res = await fetch(args.feedUrl);
      return res.text();
    },
    async safePreview(_p, { url }) {
      const u = new URL(url);
      if (!ALLOWED_HOSTS.has(u.hostname)) throw new Error('URL not allowed');
      // ok: node-ssrf-resolver-input-url
      const { data } = await axios.get(u.href);
      return data;
    },
    async weather(_p, { city }) {
      // ok: node-ssrf-resolver-input-url
      const res = await fetch(`https://api.weather.example/v1?q=${encodeURIComponent(city)}`);
      return res.json();
    },
    async avatar(_p, { userId }, ctx) {
      const user = await ctx.db.user.findUnique({ where: { id: userId } });
      // ok: node-ssrf-resolver-input-url (a stored URL, not an argument)
      const res = await fetch(process.env.AVATAR_CDN + user.avatarPath);
      return res.url;
    },
  },
};
