from django import forms
from django.core.validators import FileExtensionValidator
from django.db import models
from django.http import JsonResponse


def validate_size(f):
    if f.size > 10 * 1024 * 1024:
        raise ValueError("too large")


class ClinicDocument(models.Model):
    title = models.CharField(max_length=200)
    # ruleid: django-model-filefield-without-validators
    file = models.FileField(upload_to="clinic_documents/")
    # ok: django-model-filefield-without-validators
    scan = models.FileField(
        upload_to="scans/",
        validators=[FileExtensionValidator(["pdf"]), validate_size],
    )
    # ok: django-model-filefield-without-validators
    attachment = models.FileField(upload_to="attachments/")
    # ok: django-model-filefield-without-validators
    photo = models.ImageField(upload_to="photos/")


class ClinicDocumentForm(forms.ModelForm):
    class Meta:
        model = ClinicDocument
        fields = ["title", "file", "scan", "attachment", "photo"]

    def clean_attachment(self):
        f = self.cleaned_data["attachment"]
        if not f.name.lower().endswith(".pdf") or f.size > 5_000_000:
            raise forms.ValidationError("PDF up to 5 MB")
        return f


def upload(request):
    form = ClinicDocumentForm(request.POST, request.FILES)
    if form.is_valid():
        form.save()
    return JsonResponse({"ok": form.is_valid()})
