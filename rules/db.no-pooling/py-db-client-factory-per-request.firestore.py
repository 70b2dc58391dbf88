# fixture-path: firebase_client.py
import os

from flask import current_app
from google.cloud import firestore

_shared = None


def get_db():
    # New client every call - Replit restarts were leaving us with a stale client.
    # ruleid: py-db-client-factory-per-request
    return firestore.Client.from_service_account_json(current_app.config["FIREBASE_CREDENTIALS"])


def get_async_client():
    # ruleid: py-db-client-factory-per-request
    return firestore.AsyncClient(project=os.environ["GCP_PROJECT"])


def get_shared_client():
    global _shared
    if _shared is None:
        # ok: py-db-client-factory-per-request (created once)
        _shared = firestore.Client()
    return _shared


def get_firestore():
    from firebase_admin import firestore as admin_fs

    # ok: py-db-client-factory-per-request (firebase_admin caches the client per app)
    return admin_fs.client()
