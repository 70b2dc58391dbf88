import json

from django.http import JsonResponse

from .tasks import fetch_avatar, import_remote_file, mirror_page, refresh_feed


def import_from_url(request):
    project_id = int(request.POST["project_id"])
    import_remote_file.delay(project_id, request.POST["url"])
    return JsonResponse({"queued": True}, status=202)


def refresh(request):
    feed_id = int(request.POST["feed_id"])
    refresh_feed.delay(feed_id, "https://status.example.com/feed.xml")
    return JsonResponse({"queued": True}, status=202)


def set_avatar(request):
    avatar_url = request.POST["avatar_url"]
    fetch_avatar.delay(request.user.id, avatar_url)
    return JsonResponse({"queued": True}, status=202)


def mirror(request):
    data = json.loads(request.body)
    mirror_page.delay(data["page_link"])
    return JsonResponse({"queued": True}, status=202)
