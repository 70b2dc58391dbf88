from firebase_admin import auth as fb_auth
from flask import Flask, jsonify, request

app = Flask(__name__)


def send_email(to, subject, text):
    print(to, subject, text)


@app.post("/api/auth/reset-password")
def reset_password():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    if not email:
        return jsonify(error="email required"), 400
    link = fb_auth.generate_password_reset_link(email)
    send_email(email, "Reset your password", f"Click here to reset: {link}")
    # returning the link lets the SPA show an "open reset page" button on previews
    # ruleid: firebase-action-link-in-response
    return jsonify(ok=True, link=link)


@app.post("/api/auth/magic")
def magic():
    email = request.json["email"]
    # ruleid: firebase-action-link-in-response
    return {"ok": True, "url": fb_auth.generate_sign_in_with_email_link(email, settings)}


@app.post("/api/auth/verify")
def verify():
    email = request.json["email"]
    action_url = fb_auth.generate_email_verification_link(email)
    send_email(email, "Verify", action_url)
    # ruleid: firebase-action-link-in-response
    return {"sent": True, "action_url": action_url}


@app.post("/api/auth/reset-safe")
def reset_safe():
    email = request.json["email"]
    link = fb_auth.generate_password_reset_link(email)
    send_email(email, "Reset your password", link)
    # ok: firebase-action-link-in-response
    return jsonify(message="If that address has an account, a reset e-mail is on its way.")


@app.get("/api/share")
def share():
    url = f"https://example.com/courses/{request.args['id']}"
    # ok: firebase-action-link-in-response (not an auth link)
    return jsonify(url=url)


@app.post("/admin/users/<uid>/reset-link")
@admin_required
def admin_reset_link(uid):
    user = fb_auth.get_user(uid)
    link = fb_auth.generate_password_reset_link(user.email)
    # ok: firebase-action-link-in-response (an admin tool)
    return jsonify(link=link)


@app.post("/api/auth/reset-dev")
def reset_dev():
    email = request.json["email"]
    link = fb_auth.generate_password_reset_link(email)
    if app.debug:
        # ok: firebase-action-link-in-response (development only)
        return jsonify(link=link)
    send_email(email, "Reset", link)
    return jsonify(ok=True)
