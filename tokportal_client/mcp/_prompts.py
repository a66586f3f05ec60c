"""The workflows of TokPortal's bundles guide as MCP prompts. Pure data, no ``mcp`` import.

Each prompt names the tools it uses through the registry (``_t("createBundle")``), so a renamed or removed
operation fails here, at import, instead of in front of a model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..agents import tool

__all__ = ["PROMPTS", "Prompt", "render"]


def _t(operation_id: str) -> str:
    return tool(operation_id).name


@dataclass(frozen=True)
class Prompt:
    description: str
    arguments: Mapping[str, tuple[str, bool]]
    """Argument name -> (description, required)."""
    text: Callable[[Mapping[str, str]], str]


def _launch(args: Mapping[str, str]) -> str:
    bundle_type = args.get("bundle_type") or "account_and_videos"
    platform = args.get("platform") or "tiktok"
    return f"""Launch a TokPortal bundle: a {bundle_type} bundle on {platform} in {args.get("country") or "USA"}.

A bundle moves through pending_setup -> published -> accepted -> completed (with videos: accepted -> in_review ->
finalized -> completed). Work through it step by step:
1. {_t("getCreditCosts")} and {_t("getCreditBalance")}: say what it will cost and what is left.
2. {_t("createBundle")} without confirm: show me the quote. Only after I agree, call it again with confirm=true and
   the same idempotency_key (never a new key for the same order).
3. Follow the bundle's next_action ({_t("getBundle")}):
   - configure_account -> {_t("configureBundleAccount")} (username, visible_name, biography, profile picture:
     upload one with {_t("uploadImageFromUrl")} or {_t("uploadImageDirect")} and use its storage_path);
   - configure_videos -> {_t("batchConfigureBundleVideos")} or {_t("configureBundleVideo")} per slot;
   - publish_bundle -> step 4; null -> nothing left to do.
4. {_t("getBundlePublishReadiness")}: fix every blocker it lists (ACCOUNT_MISSING_FIELDS names the fields), then
   {_t("publishBundle")}.
Report the bundle id, what was charged, and the status at the end."""


def _finish_setup(args: Mapping[str, str]) -> str:
    status = args.get("status") or "pending_setup"
    return f"""Finish the set-up of my TokPortal bundles that are {status}.

List them with {_t("listBundles")} (status={status}, fields="data[].{{id: id, next_action: next_action}}" keeps
the answer short). For each, act on next_action: configure_account ({_t("configureBundleAccount")}),
configure_videos ({_t("batchConfigureBundleVideos")}), publish_bundle ({_t("getBundlePublishReadiness")}, then
{_t("publishBundle")} when ready). Ask me for any content you do not have (usernames, captions, media); never
invent it. Summarise what each bundle still needs."""


def _review(args: Mapping[str, str]) -> str:
    return f"""Review the TokPortal work waiting for me.

1. Accounts: {_t("listBundles")} with account_status=in_review. For each, show the account
   ({_t("getBundleAccount")}) and ask me whether to finalize ({_t("finalizeBundleAccount")}) or request corrections
   ({_t("requestBundleAccountCorrections")} with my comment).
2. Videos: {_t("listBundleVideos")} per bundle; for videos in_review, finalize ({_t("finalizeBundleVideo")}) or
   request corrections ({_t("requestBundleVideoCorrections")}) as I decide.
Finalizing cannot be undone: confirm each one with me first."""


def _monitor(args: Mapping[str, str]) -> str:
    days = args.get("days") or "7"
    return f"""Give me a status report of my TokPortal workspace for the last {days} days.

- Credits: {_t("getCreditBalance")} and the recent {_t("listCreditTransactions")}.
- Bundles: {_t("listBundles")} grouped by status, with the ones whose next_action is not null.
- Delivered accounts: {_t("listAccounts")}.
- Webhooks: {_t("listWebhookEndpoints")} and failed deliveries.
Use max_items and fields to keep answers small. Read only: change nothing."""


PROMPTS: Mapping[str, Prompt] = {
    "launch_bundle": Prompt(
        "Create, configure and publish one bundle, with a quote before spending credits.",
        {
            "country": ("Country code or alias from list_countries (e.g. USA).", False),
            "platform": ("tiktok or instagram.", False),
            "bundle_type": ("account_only, account_and_videos or videos_only.", False),
        },
        _launch,
    ),
    "finish_setup": Prompt(
        "Drive bundles through configure -> publish by their next_action.",
        {"status": ("Bundle status to work on (default pending_setup).", False)},
        _finish_setup,
    ),
    "review_deliveries": Prompt(
        "Finalize or send back accounts and videos waiting in review.",
        {},
        _review,
    ),
    "status_report": Prompt(
        "A read-only report: credits, bundles, accounts and webhooks.",
        {"days": ("How many days back (default 7).", False)},
        _monitor,
    ),
}


def render(name: str, arguments: Mapping[str, str] | None) -> str:
    """The text of prompt ``name`` with its arguments; ``ValueError`` for an unknown prompt or argument."""
    prompt = PROMPTS.get(name)
    if prompt is None:
        raise ValueError(f"prompt: no prompt {name!r}; the prompts are {', '.join(PROMPTS)}")
    given = dict(arguments or {})
    unknown = sorted(set(given) - set(prompt.arguments))
    if unknown:
        raise ValueError(f"{', '.join(unknown)}: not an argument of prompt {name}")
    missing = [arg for arg, (_, required) in prompt.arguments.items() if required and not given.get(arg)]
    if missing:
        raise ValueError(f"{', '.join(missing)}: required by prompt {name}")
    return prompt.text(given)
