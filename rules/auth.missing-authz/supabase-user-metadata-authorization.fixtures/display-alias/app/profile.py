def avatar(user):
    # ok: supabase-user-metadata-authorization
    meta = user.user_metadata or {}
    return meta.get("avatar_url")
