# fixture-path: accounts/views.py
from django.shortcuts import get_object_or_404, redirect, render

from .forms import SetPasswordForm
from .models import PasswordResetCode


def reset_confirm(request, code):
    # ruleid: reset-token-without-expiry
    entry = get_object_or_404(PasswordResetCode, code=code)
    form = SetPasswordForm(entry.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("login")
    return render(request, "accounts/reset_confirm.html", {"form": form})
