import json

from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.urls import reverse_lazy
from django.views.generic import CreateView, DeleteView

from .models import Book, Rating


# ok: endpoint-missing-validation (a DeleteView reads no fields)
class BookDeleteView(LoginRequiredMixin, DeleteView):
    model = Book
    success_url = reverse_lazy("book_list")

    def get_queryset(self):
        return Book.objects.filter(owner=self.request.user)


# ok: endpoint-missing-validation (the ModelForm built from `fields` validates the POST)
class BookCreateView(LoginRequiredMixin, CreateView):
    model = Book
    fields = ["title", "author"]
    success_url = reverse_lazy("book_list")


@login_required
# ruleid: endpoint-missing-validation
def rate_book(request, pk):
    data = json.loads(request.body)
    Rating.objects.create(book_id=pk, user=request.user, stars=data["stars"], comment=data["comment"])
    return JsonResponse({"ok": True})
