from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Order, Refund


@login_required
# ruleid: admin-route-missing-role-check
def staff_dashboard(request):
    orders = Order.objects.select_related("user").order_by("-created_at")[:100]
    return render(request, "staff_dashboard.html", {"orders": orders})


@staff_member_required
# ok: admin-route-missing-role-check
def refunds(request):
    return render(request, "refunds.html", {"refunds": Refund.objects.all()[:100]})
