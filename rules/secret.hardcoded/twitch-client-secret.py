# ruleid: twitch-client-secret
twitch_secret = "ka88nxpq6fflqzc9vj4w00dem4xayu"
# ok: twitch-client-secret
twitch_secret = os.environ["TWITCH_CLIENT_SECRET"]
