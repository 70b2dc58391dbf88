import os
from pymongo import MongoClient

# ruleid: mongodb-atlas-connection-string
client = MongoClient("mongodb+srv://admin:JULrKCbP4c1c5O@prod.4u1nr.mongodb.net/?appName=prod")
# ok: mongodb-atlas-connection-string
client = MongoClient(os.environ["MONGODB_URI"])
