import nh3
from django import forms

from .models import Document


class UploadForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["title", "description"]

    def clean_description(self):
        return nh3.clean(self.cleaned_data["description"])
