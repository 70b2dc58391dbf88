from flask import abort, request


def login(db, username, password):
    user = db.get_user(username)
    # ruleid: py-password-plaintext-comparison
    if user and user.password == password:
        return user
    row = db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    # ruleid: py-password-plaintext-comparison
    if row["password"] != request.form["password"]:
        abort(401)
    # ruleid: py-password-plaintext-comparison
    if password == user.password:
        return user
    # ok: py-password-plaintext-comparison
    if request.form["password"] != request.form["confirm_password"]:
        abort(400)
    # ok: py-password-plaintext-comparison
    if form.password.data != form.password2.data:
        abort(400)
    # ok: py-password-plaintext-comparison
    if user.password == hash_password(password):
        return user
    # ok: py-password-plaintext-comparison
    if user.password is None or user.password == "":
        abort(400)
    # ok: py-password-plaintext-comparison
    if check_password_hash(user.password, password):
        return user
    # ok: py-password-plaintext-comparison
    if user.password_hash == other:
        return user
    return None
