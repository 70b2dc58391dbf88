from flask import Flask, jsonify
from flask_login import login_required, current_user
import psycopg2

app = Flask(__name__)
conn = psycopg2.connect("")


@app.get("/api/invoices/<int:invoice_id>")
@login_required
def get_invoice(invoice_id):
    cur = conn.cursor()
    # ruleid: idor-unscoped-lookup
    cur.execute("SELECT * FROM invoices WHERE id = %s", (invoice_id,))
    return jsonify(cur.fetchone())


@app.get("/api/mine/<int:invoice_id>")
@login_required
def get_mine(invoice_id):
    cur = conn.cursor()
    # ok: idor-unscoped-lookup
    cur.execute("SELECT * FROM invoices WHERE id = %s AND user_id = %s", (invoice_id, current_user.id))
    return jsonify(cur.fetchone())
