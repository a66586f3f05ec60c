"""One attribute per API tag, each holding that tag's operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tokportal_client._runtime import AsyncTransport, Transport

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
    from .warming import (
        AsyncWarming,
        AsyncWarmingWithRawResponse,
        Warming,
        WarmingWithRawResponse,
    )
    from .webhooks import (
        AsyncWebhooks,
        AsyncWebhooksWithRawResponse,
        Webhooks,
        WebhooksWithRawResponse,
    )


class Resources:
    """The API's resources: ``client.<tag>.<operation>(...)``."""

    def __init__(self, client: Transport) -> None:
        self._client = client

    @cached_property
    def profile(self) -> Profile:
        """Profile operations."""
        from .profile import Profile

        return Profile(self._client)

    @cached_property
    def reference(self) -> Reference:
        """Reference operations."""
        from .reference import Reference

        return Reference(self._client)

    @cached_property
    def credits(self) -> Credits:
        """Credits operations."""
        from .credits_ import Credits

        return Credits(self._client)

    @cached_property
    def bundles(self) -> Bundles:
        """Bundles operations."""
        from .bundles import Bundles

        return Bundles(self._client)

    @cached_property
    def account_configuration(self) -> AccountConfiguration:
        """Account Configuration operations."""
        from .account_configuration import AccountConfiguration

        return AccountConfiguration(self._client)

    @cached_property
    def videos(self) -> Videos:
        """Videos operations."""
        from .videos import Videos

        return Videos(self._client)

    @cached_property
    def accounts(self) -> Accounts:
        """Accounts operations."""
        from .accounts import Accounts

        return Accounts(self._client)

    @cached_property
    def analytics(self) -> Analytics:
        """Analytics operations."""
        from .analytics import Analytics

        return Analytics(self._client)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhooks operations."""
        from .webhooks import Webhooks

        return Webhooks(self._client)

    @cached_property
    def uploads(self) -> Uploads:
        """Uploads operations."""
        from .uploads import Uploads

        return Uploads(self._client)

    @cached_property
    def comments(self) -> Comments:
        """Comments operations."""
        from .comments import Comments

        return Comments(self._client)

    @cached_property
    def warming(self) -> Warming:
        """Warming operations."""
        from .warming import Warming

        return Warming(self._client)


class RawResources:
    """The same resources, each operation returning the full response (``client.with_raw_response``)."""

    def __init__(self, resources: Resources) -> None:
        self._resources = resources

    @cached_property
    def profile(self) -> ProfileWithRawResponse:
        """Profile operations, returning full responses."""
        from .profile import ProfileWithRawResponse

        return ProfileWithRawResponse(self._resources.profile)

    @cached_property
    def reference(self) -> ReferenceWithRawResponse:
        """Reference operations, returning full responses."""
        from .reference import ReferenceWithRawResponse

        return ReferenceWithRawResponse(self._resources.reference)

    @cached_property
    def credits(self) -> CreditsWithRawResponse:
        """Credits operations, returning full responses."""
        from .credits_ import CreditsWithRawResponse

        return CreditsWithRawResponse(self._resources.credits)

    @cached_property
    def bundles(self) -> BundlesWithRawResponse:
        """Bundles operations, returning full responses."""
        from .bundles import BundlesWithRawResponse

        return BundlesWithRawResponse(self._resources.bundles)

    @cached_property
    def account_configuration(self) -> AccountConfigurationWithRawResponse:
        """Account Configuration operations, returning full responses."""
        from .account_configuration import AccountConfigurationWithRawResponse

        return AccountConfigurationWithRawResponse(self._resources.account_configuration)

    @cached_property
    def videos(self) -> VideosWithRawResponse:
        """Videos operations, returning full responses."""
        from .videos import VideosWithRawResponse

        return VideosWithRawResponse(self._resources.videos)

    @cached_property
    def accounts(self) -> AccountsWithRawResponse:
        """Accounts operations, returning full responses."""
        from .accounts import AccountsWithRawResponse

        return AccountsWithRawResponse(self._resources.accounts)

    @cached_property
    def analytics(self) -> AnalyticsWithRawResponse:
        """Analytics operations, returning full responses."""
        from .analytics import AnalyticsWithRawResponse

        return AnalyticsWithRawResponse(self._resources.analytics)

    @cached_property
    def webhooks(self) -> WebhooksWithRawResponse:
        """Webhooks operations, returning full responses."""
        from .webhooks import WebhooksWithRawResponse

        return WebhooksWithRawResponse(self._resources.webhooks)

    @cached_property
    def uploads(self) -> UploadsWithRawResponse:
        """Uploads operations, returning full responses."""
        from .uploads import UploadsWithRawResponse

        return UploadsWithRawResponse(self._resources.uploads)

    @cached_property
    def comments(self) -> CommentsWithRawResponse:
        """Comments operations, returning full responses."""
        from .comments import CommentsWithRawResponse

        return CommentsWithRawResponse(self._resources.comments)

    @cached_property
    def warming(self) -> WarmingWithRawResponse:
        """Warming operations, returning full responses."""
        from .warming import WarmingWithRawResponse

        return WarmingWithRawResponse(self._resources.warming)


class AsyncResources:
    """The API's resources: ``client.<tag>.<operation>(...)``."""

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    @cached_property
    def profile(self) -> AsyncProfile:
        """Profile operations."""
        from .profile import AsyncProfile

        return AsyncProfile(self._client)

    @cached_property
    def reference(self) -> AsyncReference:
        """Reference operations."""
        from .reference import AsyncReference

        return AsyncReference(self._client)

    @cached_property
    def credits(self) -> AsyncCredits:
        """Credits operations."""
        from .credits_ import AsyncCredits

        return AsyncCredits(self._client)

    @cached_property
    def bundles(self) -> AsyncBundles:
        """Bundles operations."""
        from .bundles import AsyncBundles

        return AsyncBundles(self._client)

    @cached_property
    def account_configuration(self) -> AsyncAccountConfiguration:
        """Account Configuration operations."""
        from .account_configuration import AsyncAccountConfiguration

        return AsyncAccountConfiguration(self._client)

    @cached_property
    def videos(self) -> AsyncVideos:
        """Videos operations."""
        from .videos import AsyncVideos

        return AsyncVideos(self._client)

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """Accounts operations."""
        from .accounts import AsyncAccounts

        return AsyncAccounts(self._client)

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        """Analytics operations."""
        from .analytics import AsyncAnalytics

        return AsyncAnalytics(self._client)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Webhooks operations."""
        from .webhooks import AsyncWebhooks

        return AsyncWebhooks(self._client)

    @cached_property
    def uploads(self) -> AsyncUploads:
        """Uploads operations."""
        from .uploads import AsyncUploads

        return AsyncUploads(self._client)

    @cached_property
    def comments(self) -> AsyncComments:
        """Comments operations."""
        from .comments import AsyncComments

        return AsyncComments(self._client)

    @cached_property
    def warming(self) -> AsyncWarming:
        """Warming operations."""
        from .warming import AsyncWarming

        return AsyncWarming(self._client)


class AsyncRawResources:
    """The same resources, each operation returning the full response (``client.with_raw_response``)."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def profile(self) -> AsyncProfileWithRawResponse:
        """Profile operations, returning full responses."""
        from .profile import AsyncProfileWithRawResponse

        return AsyncProfileWithRawResponse(self._resources.profile)

    @cached_property
    def reference(self) -> AsyncReferenceWithRawResponse:
        """Reference operations, returning full responses."""
        from .reference import AsyncReferenceWithRawResponse

        return AsyncReferenceWithRawResponse(self._resources.reference)

    @cached_property
    def credits(self) -> AsyncCreditsWithRawResponse:
        """Credits operations, returning full responses."""
        from .credits_ import AsyncCreditsWithRawResponse

        return AsyncCreditsWithRawResponse(self._resources.credits)

    @cached_property
    def bundles(self) -> AsyncBundlesWithRawResponse:
        """Bundles operations, returning full responses."""
        from .bundles import AsyncBundlesWithRawResponse

        return AsyncBundlesWithRawResponse(self._resources.bundles)

    @cached_property
    def account_configuration(self) -> AsyncAccountConfigurationWithRawResponse:
        """Account Configuration operations, returning full responses."""
        from .account_configuration import AsyncAccountConfigurationWithRawResponse

        return AsyncAccountConfigurationWithRawResponse(self._resources.account_configuration)

    @cached_property
    def videos(self) -> AsyncVideosWithRawResponse:
        """Videos operations, returning full responses."""
        from .videos import AsyncVideosWithRawResponse

        return AsyncVideosWithRawResponse(self._resources.videos)

    @cached_property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        """Accounts operations, returning full responses."""
        from .accounts import AsyncAccountsWithRawResponse

        return AsyncAccountsWithRawResponse(self._resources.accounts)

    @cached_property
    def analytics(self) -> AsyncAnalyticsWithRawResponse:
        """Analytics operations, returning full responses."""
        from .analytics import AsyncAnalyticsWithRawResponse

        return AsyncAnalyticsWithRawResponse(self._resources.analytics)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithRawResponse:
        """Webhooks operations, returning full responses."""
        from .webhooks import AsyncWebhooksWithRawResponse

        return AsyncWebhooksWithRawResponse(self._resources.webhooks)

    @cached_property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        """Uploads operations, returning full responses."""
        from .uploads import AsyncUploadsWithRawResponse

        return AsyncUploadsWithRawResponse(self._resources.uploads)

    @cached_property
    def comments(self) -> AsyncCommentsWithRawResponse:
        """Comments operations, returning full responses."""
        from .comments import AsyncCommentsWithRawResponse

        return AsyncCommentsWithRawResponse(self._resources.comments)

    @cached_property
    def warming(self) -> AsyncWarmingWithRawResponse:
        """Warming operations, returning full responses."""
        from .warming import AsyncWarmingWithRawResponse

        return AsyncWarmingWithRawResponse(self._resources.warming)
