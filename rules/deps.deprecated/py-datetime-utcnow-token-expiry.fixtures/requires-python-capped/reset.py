from datetime import datetime, timedelta


async def store_reset(db, user_id, code_hash):
    await db.password_resets.insert_one(
        # ok: py-datetime-utcnow-token-expiry
        {"user_id": user_id, "code_hash": code_hash, "expires": datetime.utcnow() + timedelta(minutes=30)}
    )
