"""The ``comments`` operations: ``client.comments``."""

from __future__ import annotations

from typing import Unpack, overload

from tokportal_client._runtime import (
    UNSET,
    AsyncAPIResource,
    AsyncPager,
    RequestOptions,
    SyncAPIResource,
    SyncPager,
    Unset,
    WriteOptions,
    async_to_raw_response,
    to_raw_response,
)

from ...models import CommentTask
from ...models.comment_task_batch import CommentTaskBatch, CommentTaskBatchDict
from ...models.comment_task_cancelled_response import CommentTaskCancelledResponse
from ...models.comment_task_input import CommentTaskInput, CommentTaskInputDict
from ...models.comment_task_list_response import CommentTaskListResponse
from ...models.comment_task_response import CommentTaskResponse
from ...models.comment_task_status import CommentTaskStatus, CommentTaskStatusLiteral
from ...models.comment_task_verifications_response import CommentTaskVerificationsResponse
from ...models.create_comment_tasks_response import CreateCommentTasksResponse
from ...models.dispute_comment_request import DisputeCommentRequest, DisputeCommentRequestDict
from . import approve_comment_task as _approve_comment_task
from . import create_comment_tasks as _create_comment_tasks
from . import delete_comment_task as _delete_comment_task
from . import dispute_comment_task as _dispute_comment_task
from . import get_comment_task as _get_comment_task
from . import list_comment_task_verifications as _list_comment_task_verifications
from . import list_comment_tasks as _list_comment_tasks


class Comments(SyncAPIResource):
    """Comments operations."""

    def list_comment_tasks(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: CommentTaskStatus | CommentTaskStatusLiteral | Unset = UNSET,
        saved_account_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CommentTaskListResponse:
        """List comment tasks

        ``GET /comments``.

        Args:
            page: Page number.
            per_page: Items per page.
            status: Filter by comment task status.
            saved_account_id: Filter by saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CommentTaskListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task_list = client.comments.list_comment_tasks()
            for comment_task in client.comments.iter_comment_tasks():
                print(comment_task)
        """

        return self._client.request(
            _list_comment_tasks.OPERATION,
            _list_comment_tasks.build_request(
                page=page,
                per_page=per_page,
                status=status,
                saved_account_id=saved_account_id,
            ),
            _list_comment_tasks.parse_response,
            options,
            raw=self._raw,
        )

    def iter_comment_tasks(
        self,
        *,
        status: CommentTaskStatus | CommentTaskStatusLiteral | Unset = UNSET,
        saved_account_id: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[CommentTask, CommentTaskListResponse]:
        """Every item of :meth:`list_comment_tasks`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return SyncPager(
            lambda page: self.list_comment_tasks(
                status=status, saved_account_id=saved_account_id, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    def create_comment_tasks(
        self,
        *,
        body: CommentTaskInput,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    @overload
    def create_comment_tasks(
        self,
        *,
        body: CommentTaskBatch,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    @overload
    def create_comment_tasks(
        self,
        *,
        body: CommentTaskInputDict,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    @overload
    def create_comment_tasks(
        self,
        *,
        body: CommentTaskBatchDict,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    def create_comment_tasks(
        self,
        *,
        body: CommentTaskInput | CommentTaskInputDict | CommentTaskBatch | CommentTaskBatchDict,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse:
        """Create comment tasks

        ``POST /comments``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CommentTaskInput:
                    ``saved_account_id`` (str, required)
                    ``target_video_url`` (str, required)
                    ``comment_text`` (str, required; min length 1): Max 150 chars on TikTok, 2200 on Instagram.
                    ``brief_id`` (str | None)

                CommentTaskBatch:
                    ``tasks`` (list[CommentTaskInput], required; min items 1; max items 200)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateCommentTasksResponse

        Raises:
            BadRequestError: 400 Invalid comment task request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_comment_tasks = client.comments.create_comment_tasks(
                body={
                    "saved_account_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c",
                    "target_video_url": "https://example.com/resource",
                    "comment_text": "comment_text",
                },
            )
        """

        return self._client.request(
            _create_comment_tasks.OPERATION,
            _create_comment_tasks.build_request(
                body=body,
            ),
            _create_comment_tasks.parse_response,
            options,
            raw=self._raw,
        )

    def get_comment_task(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> CommentTaskResponse:
        """Get a comment task

        ``GET /comments/{id}``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CommentTaskResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task = client.comments.get_comment_task("<id>")
        """

        return self._client.request(
            _get_comment_task.OPERATION,
            _get_comment_task.build_request(
                id,
            ),
            _get_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    def delete_comment_task(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskCancelledResponse:
        """Delete a comment task

        ``DELETE /comments/{id}``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            CommentTaskCancelledResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task_cancelled = client.comments.delete_comment_task("<id>")
        """

        return self._client.request(
            _delete_comment_task.OPERATION,
            _delete_comment_task.build_request(
                id,
            ),
            _delete_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    def approve_comment_task(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse:
        """Approve a manually confirmed comment task

        ``POST /comments/{id}/approve``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            CommentTaskResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            ConflictError: 409 Comment task status cannot be approved.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task = client.comments.approve_comment_task("<id>")
        """

        return self._client.request(
            _approve_comment_task.OPERATION,
            _approve_comment_task.build_request(
                id,
            ),
            _approve_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    def dispute_comment_task(
        self,
        id: str,
        *,
        body: DisputeCommentRequest,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse: ...

    @overload
    def dispute_comment_task(
        self,
        id: str,
        *,
        body: DisputeCommentRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse: ...

    def dispute_comment_task(
        self,
        id: str,
        *,
        body: DisputeCommentRequest | DisputeCommentRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse:
        """Dispute a manually confirmed comment task

        ``POST /comments/{id}/dispute``.

        Args:
            id: Comment task ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                DisputeCommentRequest:
                    ``reason`` (str, required; min length 3; max length 500)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CommentTaskResponse

        Raises:
            BadRequestError: 400 Invalid dispute reason.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            ConflictError: 409 Comment task status cannot be disputed.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task = client.comments.dispute_comment_task(
                "<id>",
                body={"reason": "Please review this item."},
            )
        """

        return self._client.request(
            _dispute_comment_task.OPERATION,
            _dispute_comment_task.build_request(
                id,
                body=body,
            ),
            _dispute_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    def list_comment_task_verifications(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> CommentTaskVerificationsResponse:
        """List comment task verification events

        ``GET /comments/{id}/verifications``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CommentTaskVerificationsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task_verifications = client.comments.list_comment_task_verifications("<id>")
        """

        return self._client.request(
            _list_comment_task_verifications.OPERATION,
            _list_comment_task_verifications.build_request(
                id,
            ),
            _list_comment_task_verifications.parse_response,
            options,
            raw=self._raw,
        )


class AsyncComments(AsyncAPIResource):
    """Comments operations (async)."""

    async def list_comment_tasks(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: CommentTaskStatus | CommentTaskStatusLiteral | Unset = UNSET,
        saved_account_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CommentTaskListResponse:
        """List comment tasks

        ``GET /comments``.

        Args:
            page: Page number.
            per_page: Items per page.
            status: Filter by comment task status.
            saved_account_id: Filter by saved account ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CommentTaskListResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task_list = client.comments.list_comment_tasks()
            for comment_task in client.comments.iter_comment_tasks():
                print(comment_task)
        """

        return await self._client.request(
            _list_comment_tasks.OPERATION,
            _list_comment_tasks.build_request(
                page=page,
                per_page=per_page,
                status=status,
                saved_account_id=saved_account_id,
            ),
            _list_comment_tasks.parse_response,
            options,
            raw=self._raw,
        )

    def iter_comment_tasks(
        self,
        *,
        status: CommentTaskStatus | CommentTaskStatusLiteral | Unset = UNSET,
        saved_account_id: str | Unset = UNSET,
        per_page: int = 100,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CommentTask, CommentTaskListResponse]:
        """Every item of :meth:`list_comment_tasks`, page after page, fetched lazily as you iterate.

        Takes the same filters; ``per_page`` (1-100) items a request; ``max_items`` stops early.
        ``.pages()`` walks whole pages instead of items.
        """
        return AsyncPager(
            lambda page: self.list_comment_tasks(
                status=status, saved_account_id=saved_account_id, page=page, per_page=per_page, **options
            ),
            per_page=per_page,
            max_items=max_items,
        )

    @overload
    async def create_comment_tasks(
        self,
        *,
        body: CommentTaskInput,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    @overload
    async def create_comment_tasks(
        self,
        *,
        body: CommentTaskBatch,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    @overload
    async def create_comment_tasks(
        self,
        *,
        body: CommentTaskInputDict,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    @overload
    async def create_comment_tasks(
        self,
        *,
        body: CommentTaskBatchDict,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse: ...

    async def create_comment_tasks(
        self,
        *,
        body: CommentTaskInput | CommentTaskInputDict | CommentTaskBatch | CommentTaskBatchDict,
        **options: Unpack[WriteOptions],
    ) -> CreateCommentTasksResponse:
        """Create comment tasks

        ``POST /comments``.

        Args:
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                CommentTaskInput:
                    ``saved_account_id`` (str, required)
                    ``target_video_url`` (str, required)
                    ``comment_text`` (str, required; min length 1): Max 150 chars on TikTok, 2200 on Instagram.
                    ``brief_id`` (str | None)

                CommentTaskBatch:
                    ``tasks`` (list[CommentTaskInput], required; min items 1; max items 200)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CreateCommentTasksResponse

        Raises:
            BadRequestError: 400 Invalid comment task request.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            InsufficientCreditsError: 402 Insufficient credits.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            create_comment_tasks = client.comments.create_comment_tasks(
                body={
                    "saved_account_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c",
                    "target_video_url": "https://example.com/resource",
                    "comment_text": "comment_text",
                },
            )
        """

        return await self._client.request(
            _create_comment_tasks.OPERATION,
            _create_comment_tasks.build_request(
                body=body,
            ),
            _create_comment_tasks.parse_response,
            options,
            raw=self._raw,
        )

    async def get_comment_task(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> CommentTaskResponse:
        """Get a comment task

        ``GET /comments/{id}``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CommentTaskResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task = client.comments.get_comment_task("<id>")
        """

        return await self._client.request(
            _get_comment_task.OPERATION,
            _get_comment_task.build_request(
                id,
            ),
            _get_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    async def delete_comment_task(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskCancelledResponse:
        """Delete a comment task

        ``DELETE /comments/{id}``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            CommentTaskCancelledResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task_cancelled = client.comments.delete_comment_task("<id>")
        """

        return await self._client.request(
            _delete_comment_task.OPERATION,
            _delete_comment_task.build_request(
                id,
            ),
            _delete_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    async def approve_comment_task(
        self,
        id: str,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse:
        """Approve a manually confirmed comment task

        ``POST /comments/{id}/approve``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``idempotency_key``.

        Returns:
            CommentTaskResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            ConflictError: 409 Comment task status cannot be approved.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task = client.comments.approve_comment_task("<id>")
        """

        return await self._client.request(
            _approve_comment_task.OPERATION,
            _approve_comment_task.build_request(
                id,
            ),
            _approve_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    @overload
    async def dispute_comment_task(
        self,
        id: str,
        *,
        body: DisputeCommentRequest,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse: ...

    @overload
    async def dispute_comment_task(
        self,
        id: str,
        *,
        body: DisputeCommentRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse: ...

    async def dispute_comment_task(
        self,
        id: str,
        *,
        body: DisputeCommentRequest | DisputeCommentRequestDict,
        **options: Unpack[WriteOptions],
    ) -> CommentTaskResponse:
        """Dispute a manually confirmed comment task

        ``POST /comments/{id}/dispute``.

        Args:
            id: Comment task ID.
            body: The request body, as the model or a plain mapping validated into it. Its fields, with the rules
                checked before sending (the constraints) and those the API states only in words (the descriptions,
                checked by TokPortal alone):

                DisputeCommentRequest:
                    ``reason`` (str, required; min length 3; max length 500)
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``, ``extra_body``, ``idempotency_key``.

        Returns:
            CommentTaskResponse

        Raises:
            BadRequestError: 400 Invalid dispute reason.
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            ConflictError: 409 Comment task status cannot be disputed.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task = client.comments.dispute_comment_task(
                "<id>",
                body={"reason": "Please review this item."},
            )
        """

        return await self._client.request(
            _dispute_comment_task.OPERATION,
            _dispute_comment_task.build_request(
                id,
                body=body,
            ),
            _dispute_comment_task.parse_response,
            options,
            raw=self._raw,
        )

    async def list_comment_task_verifications(
        self,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> CommentTaskVerificationsResponse:
        """List comment task verification events

        ``GET /comments/{id}/verifications``.

        Args:
            id: Comment task ID.
            **options: ``dry_run``, ``timeout``, ``extra_headers``, ``request_id``, ``extra_query``.

        Returns:
            CommentTaskVerificationsResponse

        Raises:
            AuthenticationError: 401 Missing, invalid, or revoked API key.
            NotFoundError: 404 Comment task not found.
            APIConnectionError: The request could not reach TokPortal (after retries).

        Example (values that meet every rule of the contract; ``make test`` runs it against the mock)::

            comment_task_verifications = client.comments.list_comment_task_verifications("<id>")
        """

        return await self._client.request(
            _list_comment_task_verifications.OPERATION,
            _list_comment_task_verifications.build_request(
                id,
            ),
            _list_comment_task_verifications.parse_response,
            options,
            raw=self._raw,
        )


class CommentsWithRawResponse:
    """:class:`Comments`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: Comments) -> None:
        resource = resource._raw_mode()
        self.list_comment_tasks = to_raw_response(resource.list_comment_tasks)
        self.create_comment_tasks = to_raw_response(resource.create_comment_tasks)
        self.get_comment_task = to_raw_response(resource.get_comment_task)
        self.delete_comment_task = to_raw_response(resource.delete_comment_task)
        self.approve_comment_task = to_raw_response(resource.approve_comment_task)
        self.dispute_comment_task = to_raw_response(resource.dispute_comment_task)
        self.list_comment_task_verifications = to_raw_response(resource.list_comment_task_verifications)


class AsyncCommentsWithRawResponse:
    """:class:`AsyncComments`'s operations, each returning the full :class:`~tokportal_client.APIResponse`."""

    def __init__(self, resource: AsyncComments) -> None:
        resource = resource._raw_mode()
        self.list_comment_tasks = async_to_raw_response(resource.list_comment_tasks)
        self.create_comment_tasks = async_to_raw_response(resource.create_comment_tasks)
        self.get_comment_task = async_to_raw_response(resource.get_comment_task)
        self.delete_comment_task = async_to_raw_response(resource.delete_comment_task)
        self.approve_comment_task = async_to_raw_response(resource.approve_comment_task)
        self.dispute_comment_task = async_to_raw_response(resource.dispute_comment_task)
        self.list_comment_task_verifications = async_to_raw_response(resource.list_comment_task_verifications)
