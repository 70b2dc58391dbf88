import functools
import hmac
import json
import pickle

import redis.asyncio as aioredis

redis = aioredis.from_url(REDIS_URL)


def cached(ttl: int = 300):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            key = f"dv:{fn.__name__}:{kwargs.get('doc_id', '')}"
            raw = await redis.get(key)
            if raw is not None:
                # ruleid: py-pickle-loads-from-shared-cache
                return pickle.loads(raw)
            result = await fn(*args, **kwargs)
            await redis.set(key, pickle.dumps(result), ex=ttl)
            return result

        return wrapper

    return decorator


class SessionStore:
    def load(self, sid):
        # ruleid: py-pickle-loads-from-shared-cache
        return pickle.loads(self.redis_client.hget("sessions", sid))


async def load_json(key):
    raw = await redis.get(key)
    # ok: py-pickle-loads-from-shared-cache
    return json.loads(raw) if raw else None


async def load_signed(key):
    raw = await redis.get(key)
    sig = await redis.get(key + ":sig")
    if not hmac.compare_digest(sig, hmac.new(CACHE_KEY, raw, "sha256").digest()):
        return None
    # ok: py-pickle-loads-from-shared-cache
    return pickle.loads(raw)


def load_model():
    with open(MODEL_PATH, "rb") as fh:
        blob = fh.read()
    # ok: py-pickle-loads-from-shared-cache
    return pickle.loads(blob)


def from_settings(settings):
    raw = settings.get("state")
    # ok: py-pickle-loads-from-shared-cache
    return pickle.loads(raw)


@app.get("/report/{rid}")
async def report(rid: int):
    raw = await redis.get(f"report:{rid}")
    # ruleid: py-pickle-loads-from-shared-cache
    return pickle.loads(raw)
