import logging
import traceback

from fastapi import FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from flask import Flask, jsonify

logger = logging.getLogger(__name__)
app = FastAPI()
flask_app = Flask(__name__)


@flask_app.route("/a")
def a():
    try:
        return do_work()
    except Exception as e:
        # ruleid: py-exception-details-in-response
        return jsonify({"error": str(e)}), 500


@flask_app.route("/b")
def b():
    try:
        return do_work()
    except Exception as err:
        logger.exception("b failed")
        # ruleid: py-exception-details-in-response
        return jsonify(error=f"Failed: {err}", trace=traceback.format_exc()), 500


@app.post("/c")
def c():
    try:
        return do_work()
    except Exception as e:
        # ruleid: py-exception-details-in-response
        raise HTTPException(status_code=500, detail=str(e))


@app.post("/d")
def d():
    try:
        return do_work()
    except Exception as e:
        return {
            # ruleid: py-exception-details-in-response
            "error": repr(e),
        }


@app.post("/ok")
def ok():
    try:
        return do_work()
    except Exception as e:
        # ok: py-exception-details-in-response
        logger.error("failed: %s", str(e))
        # ok: py-exception-details-in-response
        print(f"failed: {e}")
        return {"error": "Internal error"}


@app.post("/validation")
def validation(value: str):
    try:
        return int(value)
    except ValueError as e:
        # ok: py-exception-details-in-response
        raise HTTPException(status_code=400, detail=str(e))


def job(task):
    try:
        task.run()
    except Exception as e:
        # ok: py-exception-details-in-response
        task.error = str(e)
        task.save()


@flask_app.route("/e")
def e_view():
    try:
        return do_work()
    except Exception as exc:
        # ruleid: py-exception-details-in-response
        flash(f"Something failed: {exc}")
        return "failed", 500


@flask_app.post("/chat/stream")
def chat_stream():
    def events():
        try:
            for chunk in llm_stream(request.json["prompt"]):
                yield f"data: {chunk}\n\n"
        except Exception as err:
            # ruleid: py-exception-details-in-response
            yield f"data: {json.dumps({'type': 'error', 'detail': str(err)})}\n\n"
    return Response(events(), mimetype="text/event-stream")


def read_rows(path):
    try:
        with open(path) as fh:
            yield from fh
    except OSError as exc:
        # ok: py-exception-details-in-response
        logger.warning("cannot read %s: %s", path, str(exc))


@app.get("/feeds/refresh")
def refresh_feeds():
    try:
        return {"saved": pull_feeds()}
    except Exception as refresh_error:
        # ruleid: py-exception-details-in-response
        raise HTTPException(status_code=500, detail=f"Refresh failed: {str(refresh_error)}")


@app.get("/feeds/top")
def top_feeds():
    try:
        return list_top()
    except Exception as lookup_exc:
        # ok: py-exception-details-in-response
        logger.error("top feeds failed: %s", str(lookup_exc))
        # ok: py-exception-details-in-response
        raise HTTPException(status_code=500, detail="Could not load feeds")


@app.post("/relay/stream")
async def relay_stream(body: dict):
    def frames():
        try:
            for part in upstream(body):
                yield f"data: {part}\n\n"
        except Exception as e:
            # The error dict is built first and yielded on the next line: the assignment is not
            # followed to the yield (no declarative link between the two statements).
            # todoruleid: py-exception-details-in-response
            problem = {"error": {"message": str(e)}}
            yield f"data: {json.dumps(problem)}\n\n"
    return StreamingResponse(frames(), media_type="text/event-stream")


def staff_report(request):
    conn = get_connection()
    try:
        rows = conn.cursor().execute("SELECT studio_id, COUNT(*) FROM bookings GROUP BY studio_id").fetchall()
        return render(request, "report.html", {"rows": rows})
    except Exception:
        # ruleid: py-exception-details-in-response
        return HttpResponse("<pre>" + traceback.format_exc() + "</pre>", status=500)
    finally:
        conn.close()


def export_csv(request):
    try:
        return build_csv(request.user)
    except:
        logger.error("export failed: %s", traceback.format_exc())
        # ok: py-exception-details-in-response
        return HttpResponse("Export failed", status=500)


def parse_amount(request):
    try:
        return JsonResponse({"amount": int(request.GET["amount"])})
    except ValueError:
        # ok: py-exception-details-in-response (a validation error, no traceback)
        return JsonResponse({"error": "amount must be a whole number"}, status=400)


def _run_tool(name, arguments):
    try:
        return str(TOOLS[name](**arguments))
    except Exception as exc:
        # ok: py-exception-details-in-response (the tool result goes back to the model)
        return f"error: {exc}"


def summary_view(request):
    try:
        return JsonResponse(build_summary(request.user))
    except Exception as exc:
        # ruleid: py-exception-details-in-response
        return JsonResponse({"error": f"failed: {exc}"}, status=500)
