"""One attribute per API tag, each holding that tag's operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_configuration import (
        AccountConfiguration,
        AccountConfigurationWithRawResponse,
        AsyncAccountConfiguration,
        AsyncAccountConfigurationWithRawResponse,
    )
    from .accounts import (
        Accounts,
        AccountsWithRawResponse,
        AsyncAccounts,
        AsyncAccountsWithRawResponse,
    )
    from .analytics import (
        Analytics,
        AnalyticsWithRawResponse,
        AsyncAnalytics,
        AsyncAnalyticsWithRawResponse,
    )
    from .bundles import (
        AsyncBundles,
        AsyncBundlesWithRawResponse,
        Bundles,
        BundlesWithRawResponse,
    )
    from .comments import (
        AsyncComments,
        AsyncCommentsWithRawResponse,
        Comments,
        CommentsWithRawResponse,
    )
    from .credits_ import (
        AsyncCredits,
        AsyncCreditsWithRawResponse,
        Credits,
        CreditsWithRawResponse,
    )
    from .profile import (
        AsyncProfile,
        AsyncProfileWithRawResponse,
        Profile,
        ProfileWithRawResponse,
    )
    from .reference import (
        AsyncReference,
        AsyncReferenceWithRawResponse,
        Reference,
        ReferenceWithRawResponse,
    )
    from .uploads import (
        AsyncUploads,
        AsyncUploadsWithRawResponse,
        Uploads,
        UploadsWithRawResponse,
    )
    from .videos import (
        AsyncVideos,
        AsyncVideosWithRawResponse,
        Videos,
        VideosWithRawResponse,
    )
    from .webhooks import (
        AsyncWebhooks,
        AsyncWebhooksWithRawResponse,
        Webhooks,
        WebhooksWithRawResponse,
    )


class Resources:
    """The API's resources."""

    _resource_client: Any

    def _attach_resources(self, client: Any) -> None:
        self._resource_client = client

    @cached_property
    def profile(self) -> Profile:
        """Profile operations."""
        from .profile import Profile

        return Profile(self._resource_client)

    @cached_property
    def reference(self) -> Reference:
        """Reference operations."""
        from .reference import Reference

        return Reference(self._resource_client)

    @cached_property
    def credits(self) -> Credits:
        """Credits operations."""
        from .credits_ import Credits

        return Credits(self._resource_client)

    @cached_property
    def bundles(self) -> Bundles:
        """Bundles operations."""
        from .bundles import Bundles

        return Bundles(self._resource_client)

    @cached_property
    def account_configuration(self) -> AccountConfiguration:
        """Account Configuration operations."""
        from .account_configuration import AccountConfiguration

        return AccountConfiguration(self._resource_client)

    @cached_property
    def videos(self) -> Videos:
        """Videos operations."""
        from .videos import Videos

        return Videos(self._resource_client)

    @cached_property
    def accounts(self) -> Accounts:
        """Accounts operations."""
        from .accounts import Accounts

        return Accounts(self._resource_client)

    @cached_property
    def analytics(self) -> Analytics:
        """Analytics operations."""
        from .analytics import Analytics

        return Analytics(self._resource_client)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhooks operations."""
        from .webhooks import Webhooks

        return Webhooks(self._resource_client)

    @cached_property
    def uploads(self) -> Uploads:
        """Uploads operations."""
        from .uploads import Uploads

        return Uploads(self._resource_client)

    @cached_property
    def comments(self) -> Comments:
        """Comments operations."""
        from .comments import Comments

        return Comments(self._resource_client)


class AsyncResources:
    """The API's resources."""

    _resource_client: Any

    def _attach_resources(self, client: Any) -> None:
        self._resource_client = client

    @cached_property
    def profile(self) -> AsyncProfile:
        """Profile operations."""
        from .profile import AsyncProfile

        return AsyncProfile(self._resource_client)

    @cached_property
    def reference(self) -> AsyncReference:
        """Reference operations."""
        from .reference import AsyncReference

        return AsyncReference(self._resource_client)

    @cached_property
    def credits(self) -> AsyncCredits:
        """Credits operations."""
        from .credits_ import AsyncCredits

        return AsyncCredits(self._resource_client)

    @cached_property
    def bundles(self) -> AsyncBundles:
        """Bundles operations."""
        from .bundles import AsyncBundles

        return AsyncBundles(self._resource_client)

    @cached_property
    def account_configuration(self) -> AsyncAccountConfiguration:
        """Account Configuration operations."""
        from .account_configuration import AsyncAccountConfiguration

        return AsyncAccountConfiguration(self._resource_client)

    @cached_property
    def videos(self) -> AsyncVideos:
        """Videos operations."""
        from .videos import AsyncVideos

        return AsyncVideos(self._resource_client)

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """Accounts operations."""
        from .accounts import AsyncAccounts

        return AsyncAccounts(self._resource_client)

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        """Analytics operations."""
        from .analytics import AsyncAnalytics

        return AsyncAnalytics(self._resource_client)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Webhooks operations."""
        from .webhooks import AsyncWebhooks

        return AsyncWebhooks(self._resource_client)

    @cached_property
    def uploads(self) -> AsyncUploads:
        """Uploads operations."""
        from .uploads import AsyncUploads

        return AsyncUploads(self._resource_client)

    @cached_property
    def comments(self) -> AsyncComments:
        """Comments operations."""
        from .comments import AsyncComments

        return AsyncComments(self._resource_client)


class RawResources:
    """The API's resources, returning full responses."""

    _resource_client: Any

    def _attach_resources(self, client: Any) -> None:
        self._resource_client = client

    @cached_property
    def profile(self) -> ProfileWithRawResponse:
        """Profile operations."""
        from .profile import ProfileWithRawResponse

        return ProfileWithRawResponse(self._resource_client)

    @cached_property
    def reference(self) -> ReferenceWithRawResponse:
        """Reference operations."""
        from .reference import ReferenceWithRawResponse

        return ReferenceWithRawResponse(self._resource_client)

    @cached_property
    def credits(self) -> CreditsWithRawResponse:
        """Credits operations."""
        from .credits_ import CreditsWithRawResponse

        return CreditsWithRawResponse(self._resource_client)

    @cached_property
    def bundles(self) -> BundlesWithRawResponse:
        """Bundles operations."""
        from .bundles import BundlesWithRawResponse

        return BundlesWithRawResponse(self._resource_client)

    @cached_property
    def account_configuration(self) -> AccountConfigurationWithRawResponse:
        """Account Configuration operations."""
        from .account_configuration import AccountConfigurationWithRawResponse

        return AccountConfigurationWithRawResponse(self._resource_client)

    @cached_property
    def videos(self) -> VideosWithRawResponse:
        """Videos operations."""
        from .videos import VideosWithRawResponse

        return VideosWithRawResponse(self._resource_client)

    @cached_property
    def accounts(self) -> AccountsWithRawResponse:
        """Accounts operations."""
        from .accounts import AccountsWithRawResponse

        return AccountsWithRawResponse(self._resource_client)

    @cached_property
    def analytics(self) -> AnalyticsWithRawResponse:
        """Analytics operations."""
        from .analytics import AnalyticsWithRawResponse

        return AnalyticsWithRawResponse(self._resource_client)

    @cached_property
    def webhooks(self) -> WebhooksWithRawResponse:
        """Webhooks operations."""
        from .webhooks import WebhooksWithRawResponse

        return WebhooksWithRawResponse(self._resource_client)

    @cached_property
    def uploads(self) -> UploadsWithRawResponse:
        """Uploads operations."""
        from .uploads import UploadsWithRawResponse

        return UploadsWithRawResponse(self._resource_client)

    @cached_property
    def comments(self) -> CommentsWithRawResponse:
        """Comments operations."""
        from .comments import CommentsWithRawResponse

        return CommentsWithRawResponse(self._resource_client)


class AsyncRawResources:
    """The API's resources, returning full responses."""

    _resource_client: Any

    def _attach_resources(self, client: Any) -> None:
        self._resource_client = client

    @cached_property
    def profile(self) -> AsyncProfileWithRawResponse:
        """Profile operations."""
        from .profile import AsyncProfileWithRawResponse

        return AsyncProfileWithRawResponse(self._resource_client)

    @cached_property
    def reference(self) -> AsyncReferenceWithRawResponse:
        """Reference operations."""
        from .reference import AsyncReferenceWithRawResponse

        return AsyncReferenceWithRawResponse(self._resource_client)

    @cached_property
    def credits(self) -> AsyncCreditsWithRawResponse:
        """Credits operations."""
        from .credits_ import AsyncCreditsWithRawResponse

        return AsyncCreditsWithRawResponse(self._resource_client)

    @cached_property
    def bundles(self) -> AsyncBundlesWithRawResponse:
        """Bundles operations."""
        from .bundles import AsyncBundlesWithRawResponse

        return AsyncBundlesWithRawResponse(self._resource_client)

    @cached_property
    def account_configuration(self) -> AsyncAccountConfigurationWithRawResponse:
        """Account Configuration operations."""
        from .account_configuration import AsyncAccountConfigurationWithRawResponse

        return AsyncAccountConfigurationWithRawResponse(self._resource_client)

    @cached_property
    def videos(self) -> AsyncVideosWithRawResponse:
        """Videos operations."""
        from .videos import AsyncVideosWithRawResponse

        return AsyncVideosWithRawResponse(self._resource_client)

    @cached_property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        """Accounts operations."""
        from .accounts import AsyncAccountsWithRawResponse

        return AsyncAccountsWithRawResponse(self._resource_client)

    @cached_property
    def analytics(self) -> AsyncAnalyticsWithRawResponse:
        """Analytics operations."""
        from .analytics import AsyncAnalyticsWithRawResponse

        return AsyncAnalyticsWithRawResponse(self._resource_client)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithRawResponse:
        """Webhooks operations."""
        from .webhooks import AsyncWebhooksWithRawResponse

        return AsyncWebhooksWithRawResponse(self._resource_client)

    @cached_property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        """Uploads operations."""
        from .uploads import AsyncUploadsWithRawResponse

        return AsyncUploadsWithRawResponse(self._resource_client)

    @cached_property
    def comments(self) -> AsyncCommentsWithRawResponse:
        """Comments operations."""
        from .comments import AsyncCommentsWithRawResponse

        return AsyncCommentsWithRawResponse(self._resource_client)
