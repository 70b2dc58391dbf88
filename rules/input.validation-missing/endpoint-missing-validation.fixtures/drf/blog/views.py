from rest_framework.decorators import api_view
from rest_framework.response import Response
from .models import Post
from .serializers import PostSerializer


@api_view(["POST"])
# ruleid: endpoint-missing-validation
def create_post(request):
    post = Post.objects.create(author=request.user, title=request.data["title"], body=request.data["body"])
    return Response({"id": post.id})


@api_view(["POST"])
# ok: endpoint-missing-validation
def create_post_validated(request):
    serializer = PostSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    serializer.save(author=request.user)
    return Response(serializer.data)
