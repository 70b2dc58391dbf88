from django.conf import settings
from django.db import models


class Document(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=255)
    s3_key = models.CharField(max_length=512)


class Category(models.Model):
    name = models.CharField(max_length=80)
