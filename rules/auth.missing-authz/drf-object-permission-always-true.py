from rest_framework import permissions


class IsOwnerOrReadOnly(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        # ruleid: drf-object-permission-always-true
        return obj.owner == request.user or request.user.is_authenticated


class IsAuthorOrSignedIn(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        # ruleid: drf-object-permission-always-true
        return request.user.is_authenticated or obj.author_id == request.user.id


class IsMemberOrUser(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        # ruleid: drf-object-permission-always-true
        return (obj.team.members.filter(id=request.user.id).exists() or request.user)


class IsOwner(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        # ok: drf-object-permission-always-true
        return obj.owner == request.user or request.user.is_staff


class IsOwnerOrSafe(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        # ok: drf-object-permission-always-true
        return request.method in permissions.SAFE_METHODS or obj.owner == request.user


class IsOwnerWhenSignedIn(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        # ok: drf-object-permission-always-true
        return obj.owner == request.user or request.user.is_authenticated and request.method == "GET"


class SignedIn(permissions.BasePermission):
    def has_permission(self, request, view):
        # ok: drf-object-permission-always-true
        return request.method in permissions.SAFE_METHODS or request.user.is_authenticated
