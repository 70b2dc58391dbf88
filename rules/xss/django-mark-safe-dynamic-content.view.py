from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from .models import Room


@login_required
def transcript_html(request, room_id):
    room = get_object_or_404(Room, pk=room_id, members=request.user)
    lines = [f"<p><b>{m.sender.username}</b>: {m.body}</p>" for m in room.messages.select_related("sender")]
    page = f"<html><body><h1>{room.name}</h1>{''.join(lines)}</body></html>"
    # ruleid: django-mark-safe-dynamic-content
    return HttpResponse(mark_safe(page))


@login_required
def transcript_safe(request, room_id):
    room = get_object_or_404(Room, pk=room_id, members=request.user)
    lines = format_html_join("", "<p><b>{}</b>: {}</p>", ((m.sender.username, m.body) for m in room.messages.all()))
    # ok: django-mark-safe-dynamic-content
    return HttpResponse(mark_safe("<html><body>") + lines + mark_safe("</body></html>"))
