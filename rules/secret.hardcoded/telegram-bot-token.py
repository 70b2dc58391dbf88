import os
from telegram.ext import ApplicationBuilder

# ruleid: telegram-bot-token
app = ApplicationBuilder().token("4147968767:AAlkWg8Af9EYgqy5o9xnarwGulHpmCcrizE").build()
# ok: telegram-bot-token
app = ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).build()
# ok: telegram-bot-token
HINT = "123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
