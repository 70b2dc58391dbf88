import os

import psycopg2
import redis
from fastapi import Depends, FastAPI
from flask import Flask, jsonify
from pymongo import MongoClient
from sqlalchemy import create_engine

app = Flask(__name__)
api = FastAPI()
# ok: py-db-connection-per-request
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
# ok: py-db-connection-per-request
mongo = MongoClient(os.environ["MONGO_URL"])


@app.route("/users")
def users():
    # ruleid: py-db-connection-per-request
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users")
    return jsonify(cur.fetchall())


@api.get("/items")
async def items():
    # ruleid: py-db-connection-per-request
    client = MongoClient(os.environ["MONGO_URL"])
    # ruleid: py-db-connection-per-request
    cache = redis.Redis.from_url(os.environ["REDIS_URL"])
    return list(client.app.items.find({}, {"_id": 0})), cache


def report_view(request):
    # ruleid: py-db-connection-per-request
    eng = create_engine(os.environ["DATABASE_URL"])
    return eng


def get_db():
    # ok: py-db-connection-per-request
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    try:
        yield conn
    finally:
        conn.close()


@api.get("/orders")
def orders(conn=Depends(get_db)):
    # ok: py-db-connection-per-request
    return conn.cursor().execute("SELECT 1")
