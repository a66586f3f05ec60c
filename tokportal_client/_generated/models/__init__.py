"""Every request and response model of the API, imported on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_ban import AccountBan
    from .account_ban_list_response import AccountBanListResponse
    from .account_ban_resolution import AccountBanResolution
    from .account_ban_resolution_filter import AccountBanResolutionFilter, AccountBanResolutionFilterLiteral
    from .account_ban_resolution_kind import AccountBanResolutionKind, AccountBanResolutionKindLiteral
    from .account_ban_status import AccountBanStatus, AccountBanStatusLiteral
    from .account_corrections_request import AccountCorrectionsRequest, AccountCorrectionsRequestDict
    from .account_corrections_request_fields import AccountCorrectionsRequestFields, AccountCorrectionsRequestFieldsDict
    from .account_edit_request import AccountEditRequest, AccountEditRequestDict
    from .account_edit_request_record import AccountEditRequestRecord
    from .account_edit_request_response import AccountEditRequestResponse
    from .account_profile import AccountProfile
    from .account_status import AccountStatus, AccountStatusLiteral
    from .advanced_warming_summary import AdvancedWarmingSummary
    from .analytics_granularity import AnalyticsGranularity, AnalyticsGranularityLiteral
    from .analytics_metric import AnalyticsMetric, AnalyticsMetricLiteral
    from .analytics_mode import AnalyticsMode, AnalyticsModeLiteral
    from .analytics_report import AnalyticsReport
    from .analytics_report_response import AnalyticsReportResponse
    from .analytics_response import AnalyticsResponse
    from .analytics_response_data import AnalyticsResponseData
    from .batch_configure_videos_request import BatchConfigureVideosRequest, BatchConfigureVideosRequestDict
    from .batch_video_configuration import BatchVideoConfiguration, BatchVideoConfigurationDict
    from .bulk_bundles_result import BulkBundlesResult
    from .bundle import Bundle
    from .bundle_account import BundleAccount
    from .bundle_account_response import BundleAccountResponse
    from .bundle_account_summary import BundleAccountSummary
    from .bundle_list_response import BundleListResponse
    from .bundle_publish_state import BundlePublishState
    from .bundle_publish_state_response import BundlePublishStateResponse
    from .bundle_response import BundleResponse
    from .bundle_status import BundleStatus, BundleStatusLiteral
    from .bundle_type import BundleType, BundleTypeLiteral
    from .bundle_update import BundleUpdate
    from .bundle_update_response import BundleUpdateResponse
    from .bundle_video import BundleVideo
    from .bundle_video_list_response import BundleVideoListResponse
    from .bundle_video_response import BundleVideoResponse
    from .bundle_video_summary import BundleVideoSummary
    from .charged_data_response import ChargedDataResponse
    from .charged_data_response_data import ChargedDataResponseData
    from .comment_task import CommentTask
    from .comment_task_batch import CommentTaskBatch, CommentTaskBatchDict
    from .comment_task_cancelled_response import CommentTaskCancelledResponse
    from .comment_task_input import CommentTaskInput, CommentTaskInputDict
    from .comment_task_list_response import CommentTaskListResponse
    from .comment_task_response import CommentTaskResponse
    from .comment_task_status import CommentTaskStatus, CommentTaskStatusLiteral
    from .comment_task_verifications import CommentTaskVerifications
    from .comment_task_verifications_response import CommentTaskVerificationsResponse
    from .comment_tasks_created import CommentTasksCreated
    from .comment_tasks_created_rejected_item import CommentTasksCreatedRejectedItem
    from .configure_account_request import ConfigureAccountRequest, ConfigureAccountRequestDict
    from .configure_video_request import ConfigureVideoRequest, ConfigureVideoRequestDict
    from .cost_breakdown import CostBreakdown
    from .country import Country
    from .country_list_response import CountryListResponse
    from .create_account_edit_request_response import CreateAccountEditRequestResponse
    from .create_analytics_report_request import CreateAnalyticsReportRequest, CreateAnalyticsReportRequestDict
    from .create_bulk_bundles_request import CreateBulkBundlesRequest, CreateBulkBundlesRequestDict
    from .create_bulk_bundles_response import CreateBulkBundlesResponse
    from .create_bundle_request import CreateBundleRequest, CreateBundleRequestDict
    from .create_bundle_response import CreateBundleResponse
    from .create_comment_tasks_response import CreateCommentTasksResponse
    from .create_video_ad_code_request import CreateVideoAdCodeRequest, CreateVideoAdCodeRequestDict
    from .create_webhook_endpoint_request import CreateWebhookEndpointRequest, CreateWebhookEndpointRequestDict
    from .created_bundle import CreatedBundle
    from .credential_reveal_acceptance import CredentialRevealAcceptance, CredentialRevealAcceptanceDict
    from .credit_balance import CreditBalance
    from .credit_balance_response import CreditBalanceResponse
    from .credit_costs_response import CreditCostsResponse
    from .credit_costs_response_data import CreditCostsResponseData
    from .credit_expiration import CreditExpiration
    from .credit_transaction import CreditTransaction
    from .credit_transaction_breakdown import CreditTransactionBreakdown
    from .credit_transaction_list_response import CreditTransactionListResponse
    from .csv_import_error import CsvImportError
    from .csv_import_response import CsvImportResponse
    from .csv_import_result import CsvImportResult
    from .data_response import DataResponse
    from .data_response_data import DataResponseData
    from .dispute_comment_request import DisputeCommentRequest, DisputeCommentRequestDict
    from .error_detail import ErrorDetail
    from .error_detail_details import ErrorDetailDetails
    from .error_response import ErrorResponse
    from .fix_video_download_request import FixVideoDownloadRequest, FixVideoDownloadRequestDict
    from .generate_warming_terms_request import GenerateWarmingTermsRequest, GenerateWarmingTermsRequestDict
    from .instagram_content_type import InstagramContentType, InstagramContentTypeLiteral
    from .managed_subscription import ManagedSubscription
    from .managed_subscription_quote import ManagedSubscriptionQuote
    from .managed_subscription_reactivation_request import (
        ManagedSubscriptionReactivationRequest,
        ManagedSubscriptionReactivationRequestDict,
    )
    from .managed_subscription_response import ManagedSubscriptionResponse
    from .next_action import NextAction, NextActionLiteral
    from .orderable_platform import OrderablePlatform, OrderablePlatformLiteral
    from .pagination import Pagination
    from .patch_bundle_request import PatchBundleRequest, PatchBundleRequestDict
    from .patch_video_request import PatchVideoRequest, PatchVideoRequestDict
    from .platform import Platform, PlatformLiteral
    from .platform_list_response import PlatformListResponse
    from .presigned_image_upload import PresignedImageUpload
    from .presigned_image_upload_response import PresignedImageUploadResponse
    from .presigned_video_upload import PresignedVideoUpload
    from .presigned_video_upload_response import PresignedVideoUploadResponse
    from .publish_all_videos_response import PublishAllVideosResponse
    from .publish_all_videos_result import PublishAllVideosResult
    from .publish_blocker import PublishBlocker
    from .publish_blocker_code import PublishBlockerCode, PublishBlockerCodeLiteral
    from .publish_blocker_details import PublishBlockerDetails
    from .publish_readiness import PublishReadiness
    from .publish_readiness_response import PublishReadinessResponse
    from .quantity_request import QuantityRequest, QuantityRequestDict
    from .refresh_analytics_request import RefreshAnalyticsRequest, RefreshAnalyticsRequestDict
    from .report_template import ReportTemplate, ReportTemplateLiteral
    from .rewarm_account_request import RewarmAccountRequest, RewarmAccountRequestDict
    from .rewarm_account_response import RewarmAccountResponse
    from .saved_account import SavedAccount
    from .saved_account_list_response import SavedAccountListResponse
    from .saved_account_response import SavedAccountResponse
    from .secret_data_response import SecretDataResponse
    from .secret_data_response_data import SecretDataResponseData
    from .slots_added_response import SlotsAddedResponse
    from .slots_added_response_data import SlotsAddedResponseData
    from .stored_image import StoredImage
    from .stored_image_response import StoredImageResponse
    from .update_account_commenting_profile_request import (
        UpdateAccountCommentingProfileRequest,
        UpdateAccountCommentingProfileRequestDict,
    )
    from .update_current_user_settings_request import (
        UpdateCurrentUserSettingsRequest,
        UpdateCurrentUserSettingsRequestDict,
    )
    from .update_webhook_endpoint_request import UpdateWebhookEndpointRequest, UpdateWebhookEndpointRequestDict
    from .upload_image_from_url_request import UploadImageFromUrlRequest, UploadImageFromUrlRequestDict
    from .upload_image_request import UploadImageRequest, UploadImageRequestDict
    from .upload_purpose import UploadPurpose, UploadPurposeLiteral
    from .upload_video_request import UploadVideoRequest, UploadVideoRequestDict
    from .uploaded_image import UploadedImage
    from .uploaded_image_response import UploadedImageResponse
    from .uploaded_video import UploadedVideo
    from .uploaded_video_response import UploadedVideoResponse
    from .user import User
    from .user_response import UserResponse
    from .verification_attempt import VerificationAttempt
    from .verification_outcome import VerificationOutcome, VerificationOutcomeLiteral
    from .video_analytics_list_response import VideoAnalyticsListResponse
    from .video_analytics_list_response_data_item import VideoAnalyticsListResponseDataItem
    from .video_corrections_request import VideoCorrectionsRequest, VideoCorrectionsRequestDict
    from .video_corrections_request_fields import VideoCorrectionsRequestFields, VideoCorrectionsRequestFieldsDict
    from .video_finalize_response import VideoFinalizeResponse
    from .video_finalize_result import VideoFinalizeResult
    from .video_publish_response import VideoPublishResponse
    from .video_publish_result import VideoPublishResult
    from .video_status import VideoStatus, VideoStatusLiteral
    from .video_type import VideoType, VideoTypeLiteral
    from .warming_session import WarmingSession
    from .warming_session_list_response import WarmingSessionListResponse
    from .warming_session_response import WarmingSessionResponse
    from .warming_terms_request import WarmingTermsRequest, WarmingTermsRequestDict
    from .webhook_delivery import WebhookDelivery
    from .webhook_delivery_list_response import WebhookDeliveryListResponse
    from .webhook_endpoint import WebhookEndpoint
    from .webhook_endpoint_created_response import WebhookEndpointCreatedResponse
    from .webhook_endpoint_list_response import WebhookEndpointListResponse
    from .webhook_endpoint_response import WebhookEndpointResponse
    from .webhook_endpoint_with_secret import WebhookEndpointWithSecret
    from .webhook_event_catalog import WebhookEventCatalog
    from .webhook_event_catalog_delivery import WebhookEventCatalogDelivery
    from .webhook_event_catalog_envelope import WebhookEventCatalogEnvelope
    from .webhook_event_catalog_response import WebhookEventCatalogResponse
    from .webhook_event_catalog_signature import WebhookEventCatalogSignature
    from .webhook_event_info import WebhookEventInfo
    from .webhook_event_type import WebhookEventType, WebhookEventTypeLiteral
    from .youtube_visibility import YoutubeVisibility, YoutubeVisibilityLiteral

_MODULES = {
    "AccountBan": ".account_ban",
    "AccountBanListResponse": ".account_ban_list_response",
    "AccountBanResolution": ".account_ban_resolution",
    "AccountBanResolutionFilter": ".account_ban_resolution_filter",
    "AccountBanResolutionFilterLiteral": ".account_ban_resolution_filter",
    "AccountBanResolutionKind": ".account_ban_resolution_kind",
    "AccountBanResolutionKindLiteral": ".account_ban_resolution_kind",
    "AccountBanStatus": ".account_ban_status",
    "AccountBanStatusLiteral": ".account_ban_status",
    "AccountCorrectionsRequest": ".account_corrections_request",
    "AccountCorrectionsRequestDict": ".account_corrections_request",
    "AccountCorrectionsRequestFields": ".account_corrections_request_fields",
    "AccountCorrectionsRequestFieldsDict": ".account_corrections_request_fields",
    "AccountEditRequest": ".account_edit_request",
    "AccountEditRequestDict": ".account_edit_request",
    "AccountEditRequestRecord": ".account_edit_request_record",
    "AccountEditRequestResponse": ".account_edit_request_response",
    "AccountProfile": ".account_profile",
    "AccountStatus": ".account_status",
    "AccountStatusLiteral": ".account_status",
    "AdvancedWarmingSummary": ".advanced_warming_summary",
    "AnalyticsGranularity": ".analytics_granularity",
    "AnalyticsGranularityLiteral": ".analytics_granularity",
    "AnalyticsMetric": ".analytics_metric",
    "AnalyticsMetricLiteral": ".analytics_metric",
    "AnalyticsMode": ".analytics_mode",
    "AnalyticsModeLiteral": ".analytics_mode",
    "AnalyticsReport": ".analytics_report",
    "AnalyticsReportResponse": ".analytics_report_response",
    "AnalyticsResponse": ".analytics_response",
    "AnalyticsResponseData": ".analytics_response_data",
    "BatchConfigureVideosRequest": ".batch_configure_videos_request",
    "BatchConfigureVideosRequestDict": ".batch_configure_videos_request",
    "BatchVideoConfiguration": ".batch_video_configuration",
    "BatchVideoConfigurationDict": ".batch_video_configuration",
    "BulkBundlesResult": ".bulk_bundles_result",
    "Bundle": ".bundle",
    "BundleAccount": ".bundle_account",
    "BundleAccountResponse": ".bundle_account_response",
    "BundleAccountSummary": ".bundle_account_summary",
    "BundleListResponse": ".bundle_list_response",
    "BundlePublishState": ".bundle_publish_state",
    "BundlePublishStateResponse": ".bundle_publish_state_response",
    "BundleResponse": ".bundle_response",
    "BundleStatus": ".bundle_status",
    "BundleStatusLiteral": ".bundle_status",
    "BundleType": ".bundle_type",
    "BundleTypeLiteral": ".bundle_type",
    "BundleUpdate": ".bundle_update",
    "BundleUpdateResponse": ".bundle_update_response",
    "BundleVideo": ".bundle_video",
    "BundleVideoListResponse": ".bundle_video_list_response",
    "BundleVideoResponse": ".bundle_video_response",
    "BundleVideoSummary": ".bundle_video_summary",
    "ChargedDataResponse": ".charged_data_response",
    "ChargedDataResponseData": ".charged_data_response_data",
    "CommentTask": ".comment_task",
    "CommentTaskBatch": ".comment_task_batch",
    "CommentTaskBatchDict": ".comment_task_batch",
    "CommentTaskCancelledResponse": ".comment_task_cancelled_response",
    "CommentTaskInput": ".comment_task_input",
    "CommentTaskInputDict": ".comment_task_input",
    "CommentTaskListResponse": ".comment_task_list_response",
    "CommentTaskResponse": ".comment_task_response",
    "CommentTaskStatus": ".comment_task_status",
    "CommentTaskStatusLiteral": ".comment_task_status",
    "CommentTaskVerifications": ".comment_task_verifications",
    "CommentTaskVerificationsResponse": ".comment_task_verifications_response",
    "CommentTasksCreated": ".comment_tasks_created",
    "CommentTasksCreatedRejectedItem": ".comment_tasks_created_rejected_item",
    "ConfigureAccountRequest": ".configure_account_request",
    "ConfigureAccountRequestDict": ".configure_account_request",
    "ConfigureVideoRequest": ".configure_video_request",
    "ConfigureVideoRequestDict": ".configure_video_request",
    "CostBreakdown": ".cost_breakdown",
    "Country": ".country",
    "CountryListResponse": ".country_list_response",
    "CreateAccountEditRequestResponse": ".create_account_edit_request_response",
    "CreateAnalyticsReportRequest": ".create_analytics_report_request",
    "CreateAnalyticsReportRequestDict": ".create_analytics_report_request",
    "CreateBulkBundlesRequest": ".create_bulk_bundles_request",
    "CreateBulkBundlesRequestDict": ".create_bulk_bundles_request",
    "CreateBulkBundlesResponse": ".create_bulk_bundles_response",
    "CreateBundleRequest": ".create_bundle_request",
    "CreateBundleRequestDict": ".create_bundle_request",
    "CreateBundleResponse": ".create_bundle_response",
    "CreateCommentTasksResponse": ".create_comment_tasks_response",
    "CreateVideoAdCodeRequest": ".create_video_ad_code_request",
    "CreateVideoAdCodeRequestDict": ".create_video_ad_code_request",
    "CreateWebhookEndpointRequest": ".create_webhook_endpoint_request",
    "CreateWebhookEndpointRequestDict": ".create_webhook_endpoint_request",
    "CreatedBundle": ".created_bundle",
    "CredentialRevealAcceptance": ".credential_reveal_acceptance",
    "CredentialRevealAcceptanceDict": ".credential_reveal_acceptance",
    "CreditBalance": ".credit_balance",
    "CreditBalanceResponse": ".credit_balance_response",
    "CreditCostsResponse": ".credit_costs_response",
    "CreditCostsResponseData": ".credit_costs_response_data",
    "CreditExpiration": ".credit_expiration",
    "CreditTransaction": ".credit_transaction",
    "CreditTransactionBreakdown": ".credit_transaction_breakdown",
    "CreditTransactionListResponse": ".credit_transaction_list_response",
    "CsvImportError": ".csv_import_error",
    "CsvImportResponse": ".csv_import_response",
    "CsvImportResult": ".csv_import_result",
    "DataResponse": ".data_response",
    "DataResponseData": ".data_response_data",
    "DisputeCommentRequest": ".dispute_comment_request",
    "DisputeCommentRequestDict": ".dispute_comment_request",
    "ErrorDetail": ".error_detail",
    "ErrorDetailDetails": ".error_detail_details",
    "ErrorResponse": ".error_response",
    "FixVideoDownloadRequest": ".fix_video_download_request",
    "FixVideoDownloadRequestDict": ".fix_video_download_request",
    "GenerateWarmingTermsRequest": ".generate_warming_terms_request",
    "GenerateWarmingTermsRequestDict": ".generate_warming_terms_request",
    "InstagramContentType": ".instagram_content_type",
    "InstagramContentTypeLiteral": ".instagram_content_type",
    "ManagedSubscription": ".managed_subscription",
    "ManagedSubscriptionQuote": ".managed_subscription_quote",
    "ManagedSubscriptionReactivationRequest": ".managed_subscription_reactivation_request",
    "ManagedSubscriptionReactivationRequestDict": ".managed_subscription_reactivation_request",
    "ManagedSubscriptionResponse": ".managed_subscription_response",
    "NextAction": ".next_action",
    "NextActionLiteral": ".next_action",
    "OrderablePlatform": ".orderable_platform",
    "OrderablePlatformLiteral": ".orderable_platform",
    "Pagination": ".pagination",
    "PatchBundleRequest": ".patch_bundle_request",
    "PatchBundleRequestDict": ".patch_bundle_request",
    "PatchVideoRequest": ".patch_video_request",
    "PatchVideoRequestDict": ".patch_video_request",
    "Platform": ".platform",
    "PlatformLiteral": ".platform",
    "PlatformListResponse": ".platform_list_response",
    "PresignedImageUpload": ".presigned_image_upload",
    "PresignedImageUploadResponse": ".presigned_image_upload_response",
    "PresignedVideoUpload": ".presigned_video_upload",
    "PresignedVideoUploadResponse": ".presigned_video_upload_response",
    "PublishAllVideosResponse": ".publish_all_videos_response",
    "PublishAllVideosResult": ".publish_all_videos_result",
    "PublishBlocker": ".publish_blocker",
    "PublishBlockerCode": ".publish_blocker_code",
    "PublishBlockerCodeLiteral": ".publish_blocker_code",
    "PublishBlockerDetails": ".publish_blocker_details",
    "PublishReadiness": ".publish_readiness",
    "PublishReadinessResponse": ".publish_readiness_response",
    "QuantityRequest": ".quantity_request",
    "QuantityRequestDict": ".quantity_request",
    "RefreshAnalyticsRequest": ".refresh_analytics_request",
    "RefreshAnalyticsRequestDict": ".refresh_analytics_request",
    "ReportTemplate": ".report_template",
    "ReportTemplateLiteral": ".report_template",
    "RewarmAccountRequest": ".rewarm_account_request",
    "RewarmAccountRequestDict": ".rewarm_account_request",
    "RewarmAccountResponse": ".rewarm_account_response",
    "SavedAccount": ".saved_account",
    "SavedAccountListResponse": ".saved_account_list_response",
    "SavedAccountResponse": ".saved_account_response",
    "SecretDataResponse": ".secret_data_response",
    "SecretDataResponseData": ".secret_data_response_data",
    "SlotsAddedResponse": ".slots_added_response",
    "SlotsAddedResponseData": ".slots_added_response_data",
    "StoredImage": ".stored_image",
    "StoredImageResponse": ".stored_image_response",
    "UpdateAccountCommentingProfileRequest": ".update_account_commenting_profile_request",
    "UpdateAccountCommentingProfileRequestDict": ".update_account_commenting_profile_request",
    "UpdateCurrentUserSettingsRequest": ".update_current_user_settings_request",
    "UpdateCurrentUserSettingsRequestDict": ".update_current_user_settings_request",
    "UpdateWebhookEndpointRequest": ".update_webhook_endpoint_request",
    "UpdateWebhookEndpointRequestDict": ".update_webhook_endpoint_request",
    "UploadImageFromUrlRequest": ".upload_image_from_url_request",
    "UploadImageFromUrlRequestDict": ".upload_image_from_url_request",
    "UploadImageRequest": ".upload_image_request",
    "UploadImageRequestDict": ".upload_image_request",
    "UploadPurpose": ".upload_purpose",
    "UploadPurposeLiteral": ".upload_purpose",
    "UploadVideoRequest": ".upload_video_request",
    "UploadVideoRequestDict": ".upload_video_request",
    "UploadedImage": ".uploaded_image",
    "UploadedImageResponse": ".uploaded_image_response",
    "UploadedVideo": ".uploaded_video",
    "UploadedVideoResponse": ".uploaded_video_response",
    "User": ".user",
    "UserResponse": ".user_response",
    "VerificationAttempt": ".verification_attempt",
    "VerificationOutcome": ".verification_outcome",
    "VerificationOutcomeLiteral": ".verification_outcome",
    "VideoAnalyticsListResponse": ".video_analytics_list_response",
    "VideoAnalyticsListResponseDataItem": ".video_analytics_list_response_data_item",
    "VideoCorrectionsRequest": ".video_corrections_request",
    "VideoCorrectionsRequestDict": ".video_corrections_request",
    "VideoCorrectionsRequestFields": ".video_corrections_request_fields",
    "VideoCorrectionsRequestFieldsDict": ".video_corrections_request_fields",
    "VideoFinalizeResponse": ".video_finalize_response",
    "VideoFinalizeResult": ".video_finalize_result",
    "VideoPublishResponse": ".video_publish_response",
    "VideoPublishResult": ".video_publish_result",
    "VideoStatus": ".video_status",
    "VideoStatusLiteral": ".video_status",
    "VideoType": ".video_type",
    "VideoTypeLiteral": ".video_type",
    "WarmingSession": ".warming_session",
    "WarmingSessionListResponse": ".warming_session_list_response",
    "WarmingSessionResponse": ".warming_session_response",
    "WarmingTermsRequest": ".warming_terms_request",
    "WarmingTermsRequestDict": ".warming_terms_request",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookDeliveryListResponse": ".webhook_delivery_list_response",
    "WebhookEndpoint": ".webhook_endpoint",
    "WebhookEndpointCreatedResponse": ".webhook_endpoint_created_response",
    "WebhookEndpointListResponse": ".webhook_endpoint_list_response",
    "WebhookEndpointResponse": ".webhook_endpoint_response",
    "WebhookEndpointWithSecret": ".webhook_endpoint_with_secret",
    "WebhookEventCatalog": ".webhook_event_catalog",
    "WebhookEventCatalogDelivery": ".webhook_event_catalog_delivery",
    "WebhookEventCatalogEnvelope": ".webhook_event_catalog_envelope",
    "WebhookEventCatalogResponse": ".webhook_event_catalog_response",
    "WebhookEventCatalogSignature": ".webhook_event_catalog_signature",
    "WebhookEventInfo": ".webhook_event_info",
    "WebhookEventType": ".webhook_event_type",
    "WebhookEventTypeLiteral": ".webhook_event_type",
    "YoutubeVisibility": ".youtube_visibility",
    "YoutubeVisibilityLiteral": ".youtube_visibility",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccountBan",
    "AccountBanListResponse",
    "AccountBanResolution",
    "AccountBanResolutionFilter",
    "AccountBanResolutionFilterLiteral",
    "AccountBanResolutionKind",
    "AccountBanResolutionKindLiteral",
    "AccountBanStatus",
    "AccountBanStatusLiteral",
    "AccountCorrectionsRequest",
    "AccountCorrectionsRequestDict",
    "AccountCorrectionsRequestFields",
    "AccountCorrectionsRequestFieldsDict",
    "AccountEditRequest",
    "AccountEditRequestDict",
    "AccountEditRequestRecord",
    "AccountEditRequestResponse",
    "AccountProfile",
    "AccountStatus",
    "AccountStatusLiteral",
    "AdvancedWarmingSummary",
    "AnalyticsGranularity",
    "AnalyticsGranularityLiteral",
    "AnalyticsMetric",
    "AnalyticsMetricLiteral",
    "AnalyticsMode",
    "AnalyticsModeLiteral",
    "AnalyticsReport",
    "AnalyticsReportResponse",
    "AnalyticsResponse",
    "AnalyticsResponseData",
    "BatchConfigureVideosRequest",
    "BatchConfigureVideosRequestDict",
    "BatchVideoConfiguration",
    "BatchVideoConfigurationDict",
    "BulkBundlesResult",
    "Bundle",
    "BundleAccount",
    "BundleAccountResponse",
    "BundleAccountSummary",
    "BundleListResponse",
    "BundlePublishState",
    "BundlePublishStateResponse",
    "BundleResponse",
    "BundleStatus",
    "BundleStatusLiteral",
    "BundleType",
    "BundleTypeLiteral",
    "BundleUpdate",
    "BundleUpdateResponse",
    "BundleVideo",
    "BundleVideoListResponse",
    "BundleVideoResponse",
    "BundleVideoSummary",
    "ChargedDataResponse",
    "ChargedDataResponseData",
    "CommentTask",
    "CommentTaskBatch",
    "CommentTaskBatchDict",
    "CommentTaskCancelledResponse",
    "CommentTaskInput",
    "CommentTaskInputDict",
    "CommentTaskListResponse",
    "CommentTaskResponse",
    "CommentTasksCreated",
    "CommentTasksCreatedRejectedItem",
    "CommentTaskStatus",
    "CommentTaskStatusLiteral",
    "CommentTaskVerifications",
    "CommentTaskVerificationsResponse",
    "ConfigureAccountRequest",
    "ConfigureAccountRequestDict",
    "ConfigureVideoRequest",
    "ConfigureVideoRequestDict",
    "CostBreakdown",
    "Country",
    "CountryListResponse",
    "CreateAccountEditRequestResponse",
    "CreateAnalyticsReportRequest",
    "CreateAnalyticsReportRequestDict",
    "CreateBulkBundlesRequest",
    "CreateBulkBundlesRequestDict",
    "CreateBulkBundlesResponse",
    "CreateBundleRequest",
    "CreateBundleRequestDict",
    "CreateBundleResponse",
    "CreateCommentTasksResponse",
    "CreatedBundle",
    "CreateVideoAdCodeRequest",
    "CreateVideoAdCodeRequestDict",
    "CreateWebhookEndpointRequest",
    "CreateWebhookEndpointRequestDict",
    "CredentialRevealAcceptance",
    "CredentialRevealAcceptanceDict",
    "CreditBalance",
    "CreditBalanceResponse",
    "CreditCostsResponse",
    "CreditCostsResponseData",
    "CreditExpiration",
    "CreditTransaction",
    "CreditTransactionBreakdown",
    "CreditTransactionListResponse",
    "CsvImportError",
    "CsvImportResponse",
    "CsvImportResult",
    "DataResponse",
    "DataResponseData",
    "DisputeCommentRequest",
    "DisputeCommentRequestDict",
    "ErrorDetail",
    "ErrorDetailDetails",
    "ErrorResponse",
    "FixVideoDownloadRequest",
    "FixVideoDownloadRequestDict",
    "GenerateWarmingTermsRequest",
    "GenerateWarmingTermsRequestDict",
    "InstagramContentType",
    "InstagramContentTypeLiteral",
    "ManagedSubscription",
    "ManagedSubscriptionQuote",
    "ManagedSubscriptionReactivationRequest",
    "ManagedSubscriptionReactivationRequestDict",
    "ManagedSubscriptionResponse",
    "NextAction",
    "NextActionLiteral",
    "OrderablePlatform",
    "OrderablePlatformLiteral",
    "Pagination",
    "PatchBundleRequest",
    "PatchBundleRequestDict",
    "PatchVideoRequest",
    "PatchVideoRequestDict",
    "Platform",
    "PlatformListResponse",
    "PlatformLiteral",
    "PresignedImageUpload",
    "PresignedImageUploadResponse",
    "PresignedVideoUpload",
    "PresignedVideoUploadResponse",
    "PublishAllVideosResponse",
    "PublishAllVideosResult",
    "PublishBlocker",
    "PublishBlockerCode",
    "PublishBlockerCodeLiteral",
    "PublishBlockerDetails",
    "PublishReadiness",
    "PublishReadinessResponse",
    "QuantityRequest",
    "QuantityRequestDict",
    "RefreshAnalyticsRequest",
    "RefreshAnalyticsRequestDict",
    "ReportTemplate",
    "ReportTemplateLiteral",
    "RewarmAccountRequest",
    "RewarmAccountRequestDict",
    "RewarmAccountResponse",
    "SavedAccount",
    "SavedAccountListResponse",
    "SavedAccountResponse",
    "SecretDataResponse",
    "SecretDataResponseData",
    "SlotsAddedResponse",
    "SlotsAddedResponseData",
    "StoredImage",
    "StoredImageResponse",
    "UpdateAccountCommentingProfileRequest",
    "UpdateAccountCommentingProfileRequestDict",
    "UpdateCurrentUserSettingsRequest",
    "UpdateCurrentUserSettingsRequestDict",
    "UpdateWebhookEndpointRequest",
    "UpdateWebhookEndpointRequestDict",
    "UploadedImage",
    "UploadedImageResponse",
    "UploadedVideo",
    "UploadedVideoResponse",
    "UploadImageFromUrlRequest",
    "UploadImageFromUrlRequestDict",
    "UploadImageRequest",
    "UploadImageRequestDict",
    "UploadPurpose",
    "UploadPurposeLiteral",
    "UploadVideoRequest",
    "UploadVideoRequestDict",
    "User",
    "UserResponse",
    "VerificationAttempt",
    "VerificationOutcome",
    "VerificationOutcomeLiteral",
    "VideoAnalyticsListResponse",
    "VideoAnalyticsListResponseDataItem",
    "VideoCorrectionsRequest",
    "VideoCorrectionsRequestDict",
    "VideoCorrectionsRequestFields",
    "VideoCorrectionsRequestFieldsDict",
    "VideoFinalizeResponse",
    "VideoFinalizeResult",
    "VideoPublishResponse",
    "VideoPublishResult",
    "VideoStatus",
    "VideoStatusLiteral",
    "VideoType",
    "VideoTypeLiteral",
    "WarmingSession",
    "WarmingSessionListResponse",
    "WarmingSessionResponse",
    "WarmingTermsRequest",
    "WarmingTermsRequestDict",
    "WebhookDelivery",
    "WebhookDeliveryListResponse",
    "WebhookEndpoint",
    "WebhookEndpointCreatedResponse",
    "WebhookEndpointListResponse",
    "WebhookEndpointResponse",
    "WebhookEndpointWithSecret",
    "WebhookEventCatalog",
    "WebhookEventCatalogDelivery",
    "WebhookEventCatalogEnvelope",
    "WebhookEventCatalogResponse",
    "WebhookEventCatalogSignature",
    "WebhookEventInfo",
    "WebhookEventType",
    "WebhookEventTypeLiteral",
    "YoutubeVisibility",
    "YoutubeVisibilityLiteral",
)
