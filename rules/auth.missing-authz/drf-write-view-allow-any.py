from rest_framework import generics, permissions, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny, IsAuthenticated


class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer
    # ruleid: drf-write-view-allow-any
    permission_classes = [AllowAny]


class ProductUpdate(generics.RetrieveUpdateDestroyAPIView):
    # ruleid: drf-write-view-allow-any
    permission_classes = (permissions.AllowAny,)


class ProductList(generics.ListAPIView):
    # ok: drf-write-view-allow-any
    permission_classes = [AllowAny]


class RegisterView(generics.CreateAPIView):
    # ok: drf-write-view-allow-any
    permission_classes = [AllowAny]


class SecureViewSet(viewsets.ModelViewSet):
    # ok: drf-write-view-allow-any
    permission_classes = [IsAuthenticated]


@api_view(["POST"])
# ruleid: drf-write-view-allow-any
@permission_classes([AllowAny])
def delete_everything(request):
    return None


@api_view(["POST"])
# ok: drf-write-view-allow-any
@permission_classes([AllowAny])
def signup(request):
    return None
