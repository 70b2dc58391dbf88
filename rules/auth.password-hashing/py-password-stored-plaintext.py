import hashlib
from flask import request


def signup(db, users):
    data = request.get_json()
    # ruleid: py-password-stored-plaintext
    user = User(username=data["username"], password=data["password"])
    # ruleid: py-password-stored-plaintext
    u2 = User(email=request.form["email"], password=request.form["password"])
    password = request.form["password"]
    # ruleid: py-password-stored-plaintext
    users.insert_one({"username": data["username"], "password": password})
    # ruleid: py-password-stored-plaintext
    Account.objects.create(email=data["email"], password=password)
    # ok: py-password-stored-plaintext
    conn = psycopg2.connect(host="db", user="app", password=password)
    # ok: py-password-stored-plaintext
    form = LoginForm(username="a", password=password)
    db.session.add(user)
    return user, u2, conn, form


def signup_hashed(data):
    password = data["password"]
    # ok: py-password-stored-plaintext
    return User(username=data["username"], password=generate_password_hash(password))


def signup_hashed2(data):
    hashed = bcrypt.hashpw(data["password"].encode(), bcrypt.gensalt())
    # ok: py-password-stored-plaintext
    return User(username=data["username"], password=hashed)


def django_signup(request):
    # ok: py-password-stored-plaintext
    return User.objects.create_user(username=request.POST["u"], password=request.POST["password"])


def update_password(user, body):
    # ruleid: py-password-stored-plaintext
    user.password = body.password
    return user


def raw_sql_signup(db, data):
    # ruleid: py-password-stored-plaintext
    db.execute("INSERT INTO users (username, password) VALUES (?, ?)", (data["username"], data["password"]))
    # ruleid: py-password-stored-plaintext
    db.execute("UPDATE users SET password = ? WHERE id = ?", (data["password"], data["id"]))
    # ok: py-password-stored-plaintext
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (data["username"], data["password"]))
    return db


def raw_sql_in_variable(cursor, data):
    # ruleid: py-password-stored-plaintext
    sql = """INSERT INTO users (email, username, password, created)
             VALUES (?, ?, ?, ?)"""
    cursor.execute(sql, (data["email"], data["username"], data["password"], data["created"]))
    # ok: py-password-stored-plaintext
    sql_log = "INSERT INTO audit (event, detail) VALUES (?, ?)"
    cursor.execute(sql_log, ("signup", data["email"]))


def raw_sql_in_variable_hashed(cursor, data):
    pw_hash = generate_password_hash(data["password"])
    # ok: py-password-stored-plaintext
    sql = "INSERT INTO users (email, password) VALUES (?, ?)"
    cursor.execute(sql, (data["email"], pw_hash))


def raw_sql_hashed(db, data):
    # ok: py-password-stored-plaintext
    db.execute("INSERT INTO users (username, password) VALUES (?, ?)", (data["username"], generate_password_hash(data["password"])))


def multi_line(db, data):
    new_user = User(
        email=data["email"],
        # ruleid: py-password-stored-plaintext
        password=data["password"],
    )
    # ok: py-password-stored-plaintext
    password = data.get("password")
    resp = backend.admin_create_user(
        user_name=data["u"],
        # ok: py-password-stored-plaintext
        password=password,
    )
    return new_user, resp


class Connector:
    def __init__(self, password):
        # ok: py-password-stored-plaintext
        self.password = password


class Member(db.Model):
    def __init__(self, email, password):
        self.email = email
        # ruleid: py-password-stored-plaintext
        self.password = password


class LoginPayload(BaseModel):
    def with_password(self, password):
        # ok: py-password-stored-plaintext
        self.password = password


@app.route("/join", methods=["POST"])
def join_with_digest():
    digest = hashlib.sha256(request.form["password"].encode()).hexdigest()
    # ok: py-password-stored-plaintext
    get_db().execute("INSERT INTO members (handle, password) VALUES (?, ?)", (request.form["handle"], digest))


@app.route("/join-raw", methods=["POST"])
def join_raw():
    # ruleid: py-password-stored-plaintext
    get_db().execute("INSERT INTO members (handle, password) VALUES (?, ?)", (request.form["handle"], request.form["password"]))
