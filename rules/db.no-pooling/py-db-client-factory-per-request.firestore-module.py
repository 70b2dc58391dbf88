# fixture-path: app/firestore.py
from google.cloud import firestore

# ok: py-db-client-factory-per-request (module level: once per process)
client = firestore.Client()


def get_collection(name):
    return client.collection(name)
