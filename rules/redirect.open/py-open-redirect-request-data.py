from django.http import HttpResponseRedirect
from django.shortcuts import redirect as dj_redirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    # ruleid: py-open-redirect-request-data
    return redirect(request.args.get("next") or url_for("index"))


@app.route("/go")
def go():
    target = request.args["url"]
    # ruleid: py-open-redirect-request-data
    return redirect(target)


def django_login(request):
    # ruleid: py-open-redirect-request-data
    return HttpResponseRedirect(request.GET["next"])


def django_login_safe(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    # ok: py-open-redirect-request-data
    return HttpResponseRedirect(next_url)


@app.route("/logout")
def logout():
    # ok: py-open-redirect-request-data
    return redirect(url_for("login", next=request.args.get("next")))


@app.route("/back")
def back():
    # ok: py-open-redirect-request-data
    return redirect(request.headers.get("Referer", "/"))


@app.route("/home")
def home():
    # ok: py-open-redirect-request-data
    return redirect(url_for("index"))


@app.route("/after-login")
def after_login():
    next_url = request.args.get("next")
    # ruleid: py-open-redirect-request-data
    return redirect(next_url or "/")


@app.route("/after-logout")
def after_logout():
    target = "/goodbye"
    # ok: py-open-redirect-request-data
    return redirect(target or "/")


@app.route("/auth/login", methods=["POST"])
def login_next():
    next_url = request.args.get("next")
    # ruleid: py-open-redirect-request-data
    return redirect(next_url or url_for("index"))


@app.route("/auth/logout")
def logout_next():
    home = url_for("index")
    # ok: py-open-redirect-request-data
    return redirect(home or url_for("index"))


@app.route("/auth/continue")
def continue_next():
    next_url = request.args.get("next")
    # ruleid: py-open-redirect-request-data
    return redirect(next_url if next_url else url_for("index"))


@app.route("/auth/back")
def back():
    home = url_for("index")
    # ok: py-open-redirect-request-data
    return redirect(home if home else "/")


def _is_local(target):
    host = urlparse(request.host_url)
    test = urlparse(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and host.netloc == test.netloc


@app.route("/logout")
def logout_checked():
    dest = request.args.get("to", "/")
    if not _is_local(dest):
        dest = "/"
    # ok: py-open-redirect-request-data (checked by the project's helper)
    return redirect(dest)


def _safe_next(target, default="/"):
    """Only allow same-site relative paths like /courses/abc."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlparse(target)
    if parts.scheme or parts.netloc:
        return default
    return target


@app.route("/signout")
def signout():
    # ok: py-open-redirect-request-data (passed through the project's safe-target helper)
    resp = make_response(redirect(_safe_next(request.args.get("next"))))
    resp.delete_cookie("__session")
    return resp


@app.route("/continue")
def continue_to():
    nxt = get_safe_redirect(request.args.get("next", ""))
    # ok: py-open-redirect-request-data (the helper's name says it returns a safe target)
    return redirect(nxt)


@app.route("/jump")
def jump():
    # ruleid: py-open-redirect-request-data
    return redirect(normalize_url(request.args.get("next", "/")))


class MagicLinkLoginView(APIView):
    def get(self, request):
        refresh = RefreshToken.for_user(request.user)
        destination = request.GET.get("next", "/")
        # ruleid: py-open-redirect-request-data
        return redirect(f"{destination}?access={refresh.access_token}")


class CallbackView(APIView):
    def get(self, request):
        back_to = request.query_params.get("return_to")
        # ruleid: py-open-redirect-request-data
        return HttpResponseRedirect(f"{back_to}#token={make_token(request.user)}")


class ProfileRedirectView(APIView):
    def get(self, request):
        section = request.GET.get("section", "overview")
        # ok: py-open-redirect-request-data
        return redirect(f"/profile/{section}")


class HomeRedirectView(APIView):
    def get(self, request):
        base = settings.FRONTEND_URL
        # ok: py-open-redirect-request-data
        return redirect(f"{base}/welcome?next={request.GET.get('next', '')}")


@app.route("/tenant")
def tenant():
    # ruleid: py-open-redirect-request-data
    return redirect(f"https://{request.args['tenant']}/dashboard")


@app.route("/section")
def section():
    # ok: py-open-redirect-request-data
    return redirect("/profile/" + request.args.get("tab", "overview"))
