REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "config.exceptions.verbose_exception_handler",
}
