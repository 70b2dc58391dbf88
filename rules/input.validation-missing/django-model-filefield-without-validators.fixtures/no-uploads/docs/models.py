from django.db import models


class Export(models.Model):
    # Written by a management command, never uploaded by a user: nothing takes request.FILES.
    # ok: django-model-filefield-without-validators
    file = models.FileField(upload_to="exports/")
