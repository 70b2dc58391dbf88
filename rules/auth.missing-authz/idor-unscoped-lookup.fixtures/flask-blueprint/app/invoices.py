from flask import Blueprint, abort, jsonify
from flask_jwt_extended import get_jwt_identity, jwt_required

from .models import Invoice

bp = Blueprint("invoices", __name__)


@bp.get("/<int:invoice_id>")
@jwt_required()
def get_invoice(invoice_id):
    # ruleid: idor-unscoped-lookup (the route names no noun; the model says whose data it is)
    invoice = Invoice.query.get_or_404(invoice_id)
    return jsonify(invoice.to_dict())


@bp.get("/<int:invoice_id>/summary")
@jwt_required()
def invoice_summary(invoice_id):
    # ok: idor-unscoped-lookup
    invoice = Invoice.query.filter_by(id=invoice_id, user_id=get_jwt_identity()).first()
    if invoice is None:
        abort(404)
    return jsonify(total=invoice.total)
