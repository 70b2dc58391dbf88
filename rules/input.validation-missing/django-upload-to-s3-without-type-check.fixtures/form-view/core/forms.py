from django import forms

from .models import Document


class UploadForm(forms.ModelForm):
    file = forms.FileField()

    class Meta:
        model = Document
        fields = ["title", "description"]
