handler500 = "proj.views.server_error"
