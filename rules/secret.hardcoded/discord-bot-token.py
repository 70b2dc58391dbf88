import os
import discord

client = discord.Client(intents=discord.Intents.default())
# ruleid: discord-bot-token
DISCORD_TOKEN = "MjMwMDE2MzA0MjMyNzc5NTk4Mg.RWOvZZ.WNey7QS5XmUhum1DMejBMBUbYcw91YZaTrezsp"
# ok: discord-bot-token
client.run(os.environ["DISCORD_TOKEN"])
# ok: discord-bot-token
GUILD_ID = "474343617995549177"
