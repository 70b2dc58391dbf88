from rest_framework import viewsets
from .models import Order, Address
from .serializers import OrderSerializer, AddressSerializer


# ruleid: idor-unscoped-lookup
class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer


# ok: idor-unscoped-lookup
class AddressViewSet(viewsets.ModelViewSet):
    queryset = Address.objects.all()
    serializer_class = AddressSerializer

    def get_queryset(self):
        return Address.objects.filter(user=self.request.user)
