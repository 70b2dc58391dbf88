import sqlite3

from flask import abort, jsonify, request


def login_sqlite(cursor, username, password):
    # ruleid: py-password-matched-in-query
    cursor.execute("SELECT * FROM users WHERE username = ? AND password = ?", (username, password))
    return cursor.fetchone()


def login_pg(conn, data):
    cur = conn.cursor()
    # ruleid: py-password-matched-in-query
    query = "SELECT id, role FROM accounts WHERE email = %s AND password = %s"
    cur.execute(query, (data["email"], data["password"]))
    return cur.fetchone()


def login_multiline(db, email, pwd):
    # ruleid: py-password-matched-in-query
    row = db.execute(
        """
        SELECT id FROM members
        WHERE email = :email AND passwd = :pwd
        """,
        {"email": email, "pwd": pwd},
    ).fetchone()
    return row


def login_orm(email, password):
    # ruleid: py-password-matched-in-query
    user = User.query.filter_by(email=email, password=password).first()
    return user


def login_django(form):
    # ruleid: py-password-matched-in-query
    return Account.objects.get(username=form.cleaned_data["username"], password=form.cleaned_data["password"])


def login_mongo(db):
    body = request.get_json()
    # ruleid: py-password-matched-in-query
    user = db.users.find_one({"email": body["email"], "password": body["password"]})
    return jsonify(ok=bool(user))


def login_supabase(supabase, email, password):
    # ruleid: py-password-matched-in-query
    res = supabase.table("users").select("*").eq("email", email).eq("password", password).execute()
    return res.data


def login_hashed(cursor, username, password):
    # ok: py-password-matched-in-query
    cursor.execute("SELECT id, password_hash FROM users WHERE username = ?", (username,))
    row = cursor.fetchone()
    if row is None or not check_password_hash(row[1], password):
        abort(401)
    return row


def login_fast_hash(cursor, username, password):
    digest = hashlib.sha256(password.encode()).hexdigest()
    # ok: py-password-matched-in-query
    cursor.execute("SELECT * FROM users WHERE username = ? AND password = ?", (username, digest))
    return cursor.fetchone()


def change_password(cursor, user_id, new_password):
    # ok: py-password-matched-in-query
    cursor.execute("SELECT * FROM users WHERE id = ? AND password_hash IS NOT NULL", (user_id,))
    # ok: py-password-matched-in-query
    cursor.execute("SELECT user_id FROM password_resets WHERE reset_token = ?", (new_password,))
    # ok: py-password-matched-in-query
    users = User.query.filter_by(active=True).all()
    return users
