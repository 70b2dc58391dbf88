import Discord from "next-auth/providers/discord";

export const providers = [
  // ruleid: discord-client-secret
  Discord({ clientId: "454039565792588197", discordSecret: "Hx1YnnpgDG7S_V2Wbl__D8ppK1-hBbpW" }),
  // ok: discord-client-secret
  Discord({ clientId: process.env.DISCORD_CLIENT_ID!, clientSecret: process.env.DISCORD_CLIENT_SECRET! }),
];
