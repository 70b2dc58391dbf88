from flask import Flask, request, jsonify
from flask_login import login_required, current_user
from marshmallow import Schema, fields

app = Flask(__name__)


class TaskSchema(Schema):
    title = fields.Str(required=True)


# A whole-body write is reported once, at the write, by py-mass-assignment-request-data.
# ok: endpoint-missing-validation
@app.post("/tasks")
@login_required
def create_task():
    task = Task(**request.get_json())
    db.session.add(task)
    db.session.commit()
    return jsonify(id=task.id)


# ok: endpoint-missing-validation
@app.put("/tasks/<int:tid>")
@login_required
def update_task(tid):
    data = TaskSchema().load(request.get_json())
    Task.query.filter_by(id=tid, owner_id=current_user.id).update(data)
    db.session.commit()
    return jsonify(ok=True)
