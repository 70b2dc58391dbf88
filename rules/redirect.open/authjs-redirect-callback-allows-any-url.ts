// fixture-path: auth.ts
import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [GitHub],
  callbacks: {
    // ruleid: authjs-redirect-callback-allows-any-url
    async redirect({ url }) {
      return url;
    },
  },
});

export const relativeThenAnything = {
  callbacks: {
    // ruleid: authjs-redirect-callback-allows-any-url
    async redirect({ url, baseUrl }: { url: string; baseUrl: string }) {
      if (url.startsWith("/")) return `${baseUrl}${url}`;
      return url;
    },
  },
};

export const arrow = {
  callbacks: {
    // ruleid: authjs-redirect-callback-allows-any-url
    redirect: async ({ url }) => url,
  },
};

export const sameOrigin = {
  callbacks: {
    // ok: authjs-redirect-callback-allows-any-url
    async redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return `${baseUrl}${url}`;
      if (new URL(url).origin === baseUrl) return url;
      return baseUrl;
    },
  },
};

export const relativeOnly = {
  callbacks: {
    // ok: authjs-redirect-callback-allows-any-url
    async redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return url;
      return baseUrl;
    },
  },
};

export const prefixCheck = {
  callbacks: {
    // ok: authjs-redirect-callback-allows-any-url
    redirect: async ({ url, baseUrl }) => {
      if (!url.startsWith(baseUrl)) return baseUrl;
      return url;
    },
  },
};

export const alwaysHome = {
  callbacks: {
    // ok: authjs-redirect-callback-allows-any-url
    redirect: async ({ baseUrl }) => baseUrl,
  },
};
