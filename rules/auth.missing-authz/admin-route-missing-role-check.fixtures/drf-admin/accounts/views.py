from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

User = get_user_model()


# IsAdminUser is DRF's staff check.
class UserAdminListView(APIView):
    permission_classes = [IsAdminUser]

    # ok: admin-route-missing-role-check
    def get(self, request):
        return Response(list(User.objects.values("id", "email")))


class DeactivateUserView(APIView):
    permission_classes = [IsAdminUser]

    # ok: admin-route-missing-role-check
    def post(self, request, user_id):
        user = get_object_or_404(User, pk=user_id)
        user.is_active = False
        user.save(update_fields=["is_active"])
        return Response(status=status.HTTP_204_NO_CONTENT)


# Signed in is not staff.
class PromoteUserView(APIView):
    permission_classes = [IsAuthenticated]

    # ruleid: admin-route-missing-role-check
    def post(self, request, user_id):
        user = get_object_or_404(User, pk=user_id)
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        return Response(status=status.HTTP_204_NO_CONTENT)
