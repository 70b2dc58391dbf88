from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models.expressions import RawSQL
from django.shortcuts import render
from django.views.generic import ListView

from .models import Document

ALLOWED_SORTS = {"created_at", "-created_at", "title", "-title"}


class DocumentListView(LoginRequiredMixin, ListView):
    model = Document
    template_name = "documents/list.html"

    def get_queryset(self):
        qs = Document.objects.filter(owner=self.request.user)
        sort = self.request.GET.get("sort", "created_at")
        # ruleid: django-extra-request-data
        return qs.extra(order_by=[sort])


@login_required
def search(request):
    qs = Document.objects.filter(owner=request.user)
    # ruleid: django-extra-request-data
    ranked = qs.extra(select={"rank": request.GET.get("rank_expr", "0")}, order_by=["-rank"])
    column = request.GET.get("column", "title")
    # ruleid: django-extra-request-data
    by_column = qs.extra(order_by=["-pinned", column])
    # ruleid: django-extra-request-data
    scored = qs.annotate(score=RawSQL(request.GET["score"], []))
    # ok: django-extra-request-data
    newest = qs.extra(order_by=["-created_at"])
    # ok: django-extra-request-data
    ordered = qs.order_by(request.GET.get("sort", "-created_at"))
    # ok: django-extra-request-data
    recent = qs.extra(where=["created_at > %s"], params=[request.GET.get("since")])
    # ok: django-extra-request-data
    shared = qs.extra(select={"is_shared": "share_token IS NOT NULL"})
    # ok: django-extra-request-data
    priced = qs.annotate(total=RawSQL("SELECT SUM(amount) FROM app_line WHERE doc_id = %s", (column,)))
    return render(request, "documents/search.html", {"docs": [ranked, by_column, scored, newest, ordered, recent, shared, priced]})


@login_required
def sorted_list(request):
    sort = request.GET.get("sort", "-created_at")
    if sort not in ALLOWED_SORTS:
        sort = "-created_at"
    # ok: django-extra-request-data
    docs = Document.objects.filter(owner=request.user).extra(order_by=[sort])
    return render(request, "documents/list.html", {"docs": docs})
