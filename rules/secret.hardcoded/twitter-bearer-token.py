import tweepy
# ruleid: twitter-bearer-token
client = tweepy.Client(bearer_token="AAAAAAAAAAAAAAAAAAAAAATRxRoeBxfLBQRqvTpPuWyVhAJTuomqwbbY0DCQluSXaXV6kKu9rylHvIF5uHpBxq3mWcbzSgRwKDZy7IEliEt6mdD3")
# ok: twitter-bearer-token
client = tweepy.Client(bearer_token=os.environ["X_BEARER_TOKEN"])
