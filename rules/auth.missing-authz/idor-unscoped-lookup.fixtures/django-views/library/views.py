from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render

from .models import Comment, Document


@login_required
def document_detail(request, pk):
    # ruleid: idor-unscoped-lookup
    document = Document.objects.get(pk=pk)
    return render(request, "detail.html", {"document": document})


@login_required
def document_comment(request, pk):
    # ruleid: idor-unscoped-lookup (the caller is the comment author, not the document owner)
    document = Document.objects.get(pk=pk)
    if request.method == "POST":
        Comment.objects.create(document=document, author=request.user, text=request.POST.get("text", ""))
        return redirect("document_detail", pk=pk)
    return render(request, "detail.html", {"document": document})


@login_required
def my_document(request, pk):
    # ok: idor-unscoped-lookup
    document = get_object_or_404(Document, pk=pk, owner=request.user)
    return render(request, "detail.html", {"document": document})


@login_required
def shared_document(request, pk):
    # ok: idor-unscoped-lookup (checked against the caller below)
    document = get_object_or_404(Document, pk=pk)
    if document.owner != request.user:
        raise PermissionDenied
    return render(request, "detail.html", {"document": document})


@login_required
def related_document(request, pk):
    # ok: idor-unscoped-lookup (through the caller's own relation)
    document = request.user.documents.get(pk=pk)
    return render(request, "detail.html", {"document": document})
