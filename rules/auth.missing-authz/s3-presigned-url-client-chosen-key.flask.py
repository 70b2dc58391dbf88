import boto3
from flask import Blueprint, abort, current_app, redirect, request
from flask_login import current_user, login_required

from .models import LabResult

bp = Blueprint("labs", __name__)


def presigned_download_url(key, expires_in=300):
    # ok: s3-presigned-url-client-chosen-key
    return boto3.client("s3").generate_presigned_url("get_object", Params={"Bucket": current_app.config["S3_BUCKET"], "Key": key}, ExpiresIn=expires_in)


@bp.route("/file")
@login_required
def open_file():
    key = request.args.get("key", "")
    if not key.startswith("lab-results/"):
        abort(404)
    # ruleid: s3-presigned-url-client-chosen-key
    return redirect(presigned_download_url(key))


@bp.route("/<int:result_id>/download")
@login_required
def download(result_id):
    result = LabResult.query.filter_by(id=result_id, patient_id=current_user.id).first_or_404()
    # ok: s3-presigned-url-client-chosen-key
    return redirect(presigned_download_url(result.s3_key))


@bp.route("/mine")
@login_required
def mine():
    key = request.args.get("key", "")
    if not key.startswith(f"lab-results/{current_user.id}/"):
        abort(403)
    # ok: s3-presigned-url-client-chosen-key
    return redirect(presigned_download_url(key))
