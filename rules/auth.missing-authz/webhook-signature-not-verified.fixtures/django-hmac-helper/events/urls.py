from django.urls import path

from . import webhooks

urlpatterns = [path("webhooks/mailgun/", webhooks.mailgun_webhook)]
