// fixture-path: auth.ts
import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";

export const { handlers, auth, signIn, signOut } = NextAuth({
  // ruleid: session-max-age-too-long
  session: { strategy: "jwt", maxAge: 365 * 24 * 60 * 60 },
  providers: [GitHub],
});

export const legacyOptions = {
  jwt: {
    // ruleid: session-max-age-too-long
    maxAge: 60 * 60 * 24 * 90,
  },
  // ok: session-max-age-too-long (the 30-day default)
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
};

export const tenYears = {
  session: {
    strategy: "jwt",
    // ruleid: session-max-age-too-long
    maxAge: 60 * 60 * 24 * 365 * 10, // keep people signed in
  },
};

export const yearOfMonths = {
  // ruleid: session-max-age-too-long
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 30 * 12 },
};

export const weekMillis = {
  // ok: session-max-age-too-long (seven days; the 1000 is a unit, not a day count)
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 7 * 1000 },
};

export const twoWeeks = {
  // ok: session-max-age-too-long
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 7 * 2 },
};

export const monthOfDays = {
  // ok: session-max-age-too-long
  session: { strategy: "jwt", maxAge: 10 * 3 * 24 * 60 * 60 },
};
