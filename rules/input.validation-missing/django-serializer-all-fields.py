from django import forms
from rest_framework import serializers

from django.contrib.auth import get_user_model

from .models import Invoice, Organization, User


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        # ruleid: django-serializer-all-fields
        fields = "__all__"


class InvoiceForm(forms.ModelForm):
    class Meta:
        model = Invoice
        # ruleid: django-serializer-all-fields
        fields = '__all__'


class OrganizationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organization
        # ok: django-serializer-all-fields
        fields = "__all__"
        read_only_fields = ["owner", "plan", "created_at"]


class InvoiceReadSerializer(serializers.ModelSerializer):
    class Meta:
        model = Invoice
        # A read-only (output) serializer.
        # ok: django-serializer-all-fields
        fields = "__all__"


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        # ok: django-serializer-all-fields
        fields = ["id", "first_name", "last_name"]


class Exported:
    # Not a serializer's Meta.
    # ok: django-serializer-all-fields
    fields = "__all__"


class MeSerializer(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        # ruleid: django-serializer-all-fields
        fields = "__all__"


class ClientSerializer(serializers.ModelSerializer):
    class Meta:
        model = Client
        fields = ["id", "name", "email"]
        read_only_fields = ["id"]


class InvoiceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Invoice
        # ruleid: django-serializer-all-fields (the read_only_fields above belong to another serializer)
        fields = "__all__"


class PaymentSerializer(serializers.ModelSerializer):
    class Meta:
        # ok: django-serializer-all-fields (its own read_only_fields, after the fields)
        fields = "__all__"
        model = Payment
        read_only_fields = ["owner", "status", "amount"]
