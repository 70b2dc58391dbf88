from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.views.generic import TemplateView


class PaidPlanMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Pro/Team customers only."""

    def test_func(self):
        profile = getattr(self.request.user, "profile", None)
        # ruleid: django-test-func-always-passes
        return self.request.user.is_authenticated and (profile is None or profile.plan != "")


class ProFeatureView(PaidPlanMixin, TemplateView):
    template_name = "pro.html"


class TeamPlanMixin(UserPassesTestMixin):
    def test_func(self):
        # ruleid: django-test-func-always-passes
        return bool(self.request.user.profile.subscription_status != "")


class SubscriberMixin(UserPassesTestMixin):
    def test_func(self):
        subscription = getattr(self.request.user, "subscription", None)
        # ruleid: django-test-func-always-passes
        return not subscription or subscription.active


class AdminRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Dashboard for the staff."""

    def test_func(self):
        # ruleid: django-test-func-always-passes
        return self.request.user.is_authenticated


class PremiumOnlyView(UserPassesTestMixin, TemplateView):
    template_name = "premium.html"

    def test_func(self) -> bool:
        # ruleid: django-test-func-always-passes
        return True


class StaffRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    def test_func(self):
        # ok: django-test-func-always-passes
        return self.request.user.is_authenticated and self.request.user.is_staff


class ProPlanMixin(LoginRequiredMixin, UserPassesTestMixin):
    def test_func(self):
        profile = getattr(self.request.user, "profile", None)
        # ok: django-test-func-always-passes
        return profile is not None and profile.plan != "" and profile.plan != "free"


class TierMixin(UserPassesTestMixin):
    def test_func(self):
        profile = getattr(self.request.user, "profile", None)
        if profile is None or profile.plan == "free":
            return False
        # ok: django-test-func-always-passes
        return profile.tier in ("pro", "team")


class TeamOnlyMixin(UserPassesTestMixin):
    def test_func(self):
        profile = getattr(self.request.user, "profile", None)
        # ruleid: django-test-func-always-passes
        return profile is None or profile.plan in {"pro", "team"}


# A gate for signed-in users is what this class name says it is.
class MemberAreaMixin(UserPassesTestMixin):
    def test_func(self):
        # ok: django-test-func-always-passes
        return self.request.user.is_authenticated


class ProfileView(TemplateView):
    def get_context_data(self, **kwargs):
        profile = getattr(self.request.user, "profile", None)
        # ok: django-test-func-always-passes
        return {"show_setup": profile is None or profile.plan != ""}


# An admin view is reported at its route by admin-route-missing-role-check.
class AdminReportsView(LoginRequiredMixin, UserPassesTestMixin, TemplateView):
    template_name = "admin/reports.html"

    def test_func(self):
        # ok: django-test-func-always-passes
        return self.request.user.is_active
