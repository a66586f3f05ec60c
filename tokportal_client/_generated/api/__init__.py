"""One attribute per API tag, each holding that tag's operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from tokportal_client._client import AsyncTokPortal, TokPortal


class Resources:
    """The API's resources."""

    profile: Profile
    reference: Reference
    credits: Credits
    bundles: Bundles
    account_configuration: AccountConfiguration
    videos: Videos
    accounts: Accounts
    analytics: Analytics
    webhooks: Webhooks
    uploads: Uploads
    comments: Comments

    def _attach_resources(self, client: TokPortal) -> None:
        self.profile = Profile(client)
        self.reference = Reference(client)
        self.credits = Credits(client)
        self.bundles = Bundles(client)
        self.account_configuration = AccountConfiguration(client)
        self.videos = Videos(client)
        self.accounts = Accounts(client)
        self.analytics = Analytics(client)
        self.webhooks = Webhooks(client)
        self.uploads = Uploads(client)
        self.comments = Comments(client)


class AsyncResources:
    """The API's resources."""

    profile: AsyncProfile
    reference: AsyncReference
    credits: AsyncCredits
    bundles: AsyncBundles
    account_configuration: AsyncAccountConfiguration
    videos: AsyncVideos
    accounts: AsyncAccounts
    analytics: AsyncAnalytics
    webhooks: AsyncWebhooks
    uploads: AsyncUploads
    comments: AsyncComments

    def _attach_resources(self, client: AsyncTokPortal) -> None:
        self.profile = AsyncProfile(client)
        self.reference = AsyncReference(client)
        self.credits = AsyncCredits(client)
        self.bundles = AsyncBundles(client)
        self.account_configuration = AsyncAccountConfiguration(client)
        self.videos = AsyncVideos(client)
        self.accounts = AsyncAccounts(client)
        self.analytics = AsyncAnalytics(client)
        self.webhooks = AsyncWebhooks(client)
        self.uploads = AsyncUploads(client)
        self.comments = AsyncComments(client)


class RawResources:
    """The API's resources, returning full responses."""

    profile: ProfileWithRawResponse
    reference: ReferenceWithRawResponse
    credits: CreditsWithRawResponse
    bundles: BundlesWithRawResponse
    account_configuration: AccountConfigurationWithRawResponse
    videos: VideosWithRawResponse
    accounts: AccountsWithRawResponse
    analytics: AnalyticsWithRawResponse
    webhooks: WebhooksWithRawResponse
    uploads: UploadsWithRawResponse
    comments: CommentsWithRawResponse

    def _attach_resources(self, client: TokPortal) -> None:
        self.profile = ProfileWithRawResponse(client)
        self.reference = ReferenceWithRawResponse(client)
        self.credits = CreditsWithRawResponse(client)
        self.bundles = BundlesWithRawResponse(client)
        self.account_configuration = AccountConfigurationWithRawResponse(client)
        self.videos = VideosWithRawResponse(client)
        self.accounts = AccountsWithRawResponse(client)
        self.analytics = AnalyticsWithRawResponse(client)
        self.webhooks = WebhooksWithRawResponse(client)
        self.uploads = UploadsWithRawResponse(client)
        self.comments = CommentsWithRawResponse(client)


class AsyncRawResources:
    """The API's resources, returning full responses."""

    profile: AsyncProfileWithRawResponse
    reference: AsyncReferenceWithRawResponse
    credits: AsyncCreditsWithRawResponse
    bundles: AsyncBundlesWithRawResponse
    account_configuration: AsyncAccountConfigurationWithRawResponse
    videos: AsyncVideosWithRawResponse
    accounts: AsyncAccountsWithRawResponse
    analytics: AsyncAnalyticsWithRawResponse
    webhooks: AsyncWebhooksWithRawResponse
    uploads: AsyncUploadsWithRawResponse
    comments: AsyncCommentsWithRawResponse

    def _attach_resources(self, client: AsyncTokPortal) -> None:
        self.profile = AsyncProfileWithRawResponse(client)
        self.reference = AsyncReferenceWithRawResponse(client)
        self.credits = AsyncCreditsWithRawResponse(client)
        self.bundles = AsyncBundlesWithRawResponse(client)
        self.account_configuration = AsyncAccountConfigurationWithRawResponse(client)
        self.videos = AsyncVideosWithRawResponse(client)
        self.accounts = AsyncAccountsWithRawResponse(client)
        self.analytics = AsyncAnalyticsWithRawResponse(client)
        self.webhooks = AsyncWebhooksWithRawResponse(client)
        self.uploads = AsyncUploadsWithRawResponse(client)
        self.comments = AsyncCommentsWithRawResponse(client)
