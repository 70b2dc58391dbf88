# fixture-path: api/settings.py
REST_FRAMEWORK = {
    # ruleid: drf-default-permission-allow-any
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
}
REST_FRAMEWORK_OK = {
    # ok: drf-default-permission-allow-any
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}
