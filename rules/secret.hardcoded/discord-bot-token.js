const { Client, GatewayIntentBits } = require("discord.js");
const client = new Client({ intents: [GatewayIntentBits.Guilds] });
// ruleid: discord-bot-token
client.login("Nzc2MjY3MTY1MTE2NDAzNzg2.RPKm4N.TvL8-lpdnku12e8y22We0aogQw153gF61Q24vD");
// ok: discord-bot-token
client.login(process.env.DISCORD_TOKEN);
