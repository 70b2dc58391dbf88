from django.urls import path
from accounts.views import LoginView, PasswordResetRequest

urlpatterns = [
    path("api/login/", LoginView.as_view()),
    path("api/password-reset/", PasswordResetRequest.as_view()),
]
