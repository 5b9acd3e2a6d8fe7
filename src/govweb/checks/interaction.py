"""Messages (留言/咨询/信件): submission and reply dates from message pages and message lists; reply-time
statistics; late or unanswered messages (国办秘函〔2019〕19号: a valid message within the past year unanswered for
more than 3 months — we count 90 days)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from govweb.checks.column_entries import entry_address
from govweb.checks.columns import ctx_columns
from govweb.checks.context import SiteContext
from govweb.checks.model import Evidence, Finding


@dataclass(frozen=True)
class Message:
    url: str
    submitted: dt.date
    replied: dt.date | None
    evidence: Evidence


def collect_messages(ctx: SiteContext) -> list[Message]:
    found: dict[str, Message] = {}
    # detail pages carry labelled dates (留言时间 / 回复时间)
    for url, f in sorted(ctx.pages.items()):
        m = f.message
        if m is None or m.submitted is None or ctx.of_member_site(url):
            continue   # (a letter of another website of the 站群 on the portal's host — a department's 局长信箱 — is
            # that website's, not the portal's)
        sub = ctx.resolve_date(m.submitted, url)
        if sub is None:
            continue
        rep = ctx.resolve_date(m.replied, url) if m.replied else None
        found[url] = Message(url, sub, rep, Evidence(url, m.excerpt, f.warc_record))
    # list rows on interaction columns: submission date, reply date or a status word
    for col in ctx_columns(ctx):
        if col.type != "互动":
            continue
        for page_url in col.pages:
            f = ctx.pages[page_url]
            if f.threads:
                # a forum's threads: a count of 0 replies is the one sure sign of no answer (a floor by anyone counts,
                # and the last-post time is anyone's): others are not judged from the list, only from the thread's
                # page showing every floor an ordinary member's (`messages.floors_all_ordinary`)
                for t in f.threads:
                    d = ctx.resolve_date(t.posted, page_url)
                    if d is None or t.href in found:
                        continue
                    thread = ctx.pages.get(t.href)
                    if t.replies == 0:
                        found[t.href] = Message(t.href, d, None, Evidence(page_url, f"{t.href} 回复 0", f.warc_record))
                    elif thread is not None and thread.no_official_floor:
                        found[t.href] = Message(t.href, d, None, Evidence(
                            t.href, f"回复 {t.replies}，均为普通会员跟帖，无部门答复", thread.warc_record))
                continue
            here = ctx.canonical(page_url)
            for i, it in enumerate(f.items):
                u = entry_address(ctx, it)   # (an app's letters: one each)
                if u == here:   # a letter printed whole on the list, or linking a place of it: each one a message
                    u = f"{here}#row-{i}"
                if u in found:
                    continue
                full = [d for d in (ctx.resolve_date(r, page_url) for r in it.dates) if d is not None]
                if not full:
                    continue
                sub = min(full)
                rep = max(full) if len(full) >= 2 else None
                if rep is None and it.status != "unanswered":
                    continue  # answered on an unknown day, or no status: cannot judge from the list
                found[u] = Message(u, sub, rep, Evidence(page_url, it.row, f.warc_record))
    return [found[k] for k in sorted(found)]


def ctx_messages(ctx: SiteContext) -> list[Message]:
    got: list[Message] = ctx.derived("messages", collect_messages)
    return got


def _in_window(ctx: SiteContext, m: Message) -> bool:
    return 0 <= ctx.days_since(m.submitted) <= ctx.limits.message_window


def is_late(ctx: SiteContext, m: Message) -> bool:
    if not _in_window(ctx, m):
        return False
    if m.replied is not None:
        return (m.replied - m.submitted).days > ctx.limits.reply
    return ctx.days_since(m.submitted) > ctx.limits.reply


def unanswered_message_findings(ctx: SiteContext) -> list[Finding]:
    out: list[Finding] = []
    for m in ctx_messages(ctx):
        if not is_late(ctx, m):
            continue
        if m.replied is not None:
            msg = f"留言 {m.submitted} 提交，{m.replied} 才答复（{(m.replied - m.submitted).days} 天）"
        else:
            msg = f"留言 {m.submitted} 提交，至 {ctx.as_of} 仍未答复（{ctx.days_since(m.submitted)} 天）"
        out.append(Finding(
            "unanswered-message", "互动交流", {"url": m.url}, m.evidence, msg,
            {"submitted": m.submitted.isoformat(), "replied": m.replied.isoformat() if m.replied else None},
        ))
    return out


def reply_stats(ctx: SiteContext, fixed: frozenset[str] = frozenset()) -> dict[str, float | int | None]:
    """Median and p90 reply time in days over answered messages of the past year; answered-in-time share.
    Messages in `fixed` (urls) count as answered at the latest within the limit (the cause of their finding
    removed): in time, with a reply time of at most the limit."""
    msgs = [m for m in ctx_messages(ctx) if _in_window(ctx, m)]
    limit = ctx.limits.reply
    def waited(m: Message) -> int:
        if m.replied is None:
            return limit   # fixed: answered on the last day allowed
        took = (m.replied - m.submitted).days
        return min(took, limit) if m.url in fixed else took

    days = sorted(waited(m) for m in msgs if m.replied is not None or m.url in fixed)
    median = p90 = None
    if days:
        median = float(_quantile(days, 0.5))
        p90 = float(_quantile(days, 0.9))
    on_time = sum(1 for m in msgs if m.url in fixed or not is_late(ctx, m))
    return {
        "messages": len(msgs),
        "reply_median_days": median,
        "reply_p90_days": p90,
        "answered_in_time_share": on_time / len(msgs) if msgs else None,
    }


def _quantile(sorted_values: list[int], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)
