from fastapi_users import FastAPIUsers

from auth import auth_backend, get_user_manager

fastapi_users = FastAPIUsers(get_user_manager, [auth_backend])
current_active_user = fastapi_users.current_user(active=True)
current_superuser = fastapi_users.current_user(active=True, superuser=True)
optional_user = fastapi_users.current_user(optional=True)
