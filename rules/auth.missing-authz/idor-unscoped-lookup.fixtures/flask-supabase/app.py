import os

import jwt
from flask import Flask, abort, jsonify, request
from supabase import create_client

app = Flask(__name__)
admin = create_client(os.environ["SUPABASE_URL"], os.environ["SUPABASE_SERVICE_ROLE_KEY"])


def caller():
    token = request.headers.get("Authorization", "").replace("Bearer ", "")
    try:
        return jwt.decode(token, os.environ["SUPABASE_JWT_SECRET"], algorithms=["HS256"], audience="authenticated")
    except jwt.InvalidTokenError:
        abort(401)


@app.route("/api/me")
def me():
    claims = jwt.decode(
        request.headers.get("Authorization", "").replace("Bearer ", ""),
        os.environ["SUPABASE_JWT_SECRET"],
        algorithms=["HS256"],
        audience="authenticated",
    )
    # ok: idor-unscoped-lookup
    row = admin.table("users").select("id,email").eq("id", claims["sub"]).execute()
    return jsonify(row.data[0] if row.data else {})


@app.route("/api/invoices/<invoice_id>")
def invoice(invoice_id):
    claims = jwt.decode(
        request.headers.get("Authorization", "").replace("Bearer ", ""),
        os.environ["SUPABASE_JWT_SECRET"],
        algorithms=["HS256"],
        audience="authenticated",
    )
    # ruleid: idor-unscoped-lookup
    row = admin.table("invoices").select("*").eq("id", invoice_id).execute()
    return jsonify({"invoice": row.data, "viewer": claims["email"]})
