"""Help and usage errors in Chinese, readable at 80 columns: each option with its help wrapped beside or under it
(lines measured in terminal cells, so CJK text breaks between characters and never runs past the edge), nothing
cut with "…", and typer's English boilerplate ("Usage", "Options", "[default: …]", "Show this message and exit",
"Missing option …") said in Chinese.

`localize(app)` gives every command registered on the app these classes; called once the command modules are loaded.
"""

from __future__ import annotations

import pathlib
import re
import typing
from typing import Any

import typer
from rich.cells import cell_len
from rich.console import Console
from typer import rich_utils
from typer._click.exceptions import UsageError  # typer vendors click; its usage errors are this class
from typer.core import TyperCommand, TyperGroup

INDENT = 2
NAME_COLUMN = 28          # help starts here; longer option names get their own line
MAX_WIDTH = 100
HELP_TEXT = "显示本帮助并退出。"
TYPE_NAMES: dict[Any, str] = {pathlib.Path: "路径", int: "整数", float: "数值", str: "文本"}
NO_LINE_START = set("，。、；：？！）」』》】,.;:?!)]")   # punctuation that must not begin a line
NO_LINE_END = set("（「『《【([")                        # … nor end one
# Usage errors as click words them → Chinese.
ERRORS = (
    (re.compile(r"^Missing option '(.+?)'\.?"), r"缺少必需的选项 \1。"),
    (re.compile(r"^Missing argument '(.+?)'\.?"), r"缺少必需的参数 \1。"),
    (re.compile(r"^No such option: (\S+)"), r"没有选项 \1。"),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)"), r"多余的参数：\1。"),
    (re.compile(r"^Invalid value for '?(.+?)'?: (.+)"), r"\1 的值无效：\2"),
    (re.compile(r"^Option '(.+?)' requires an argument\.?"), r"选项 \1 需要一个值。"),
    (re.compile(r"^No such command '(.+?)'\.?"), r"没有命令「\1」。"),
)
VALUE_ERRORS = (
    (re.compile(r"Input should be a valid integer.*"), "应为整数。"),
    (re.compile(r"Input should be a valid number.*"), "应为数值。"),
    (re.compile(r"Input should be greater than or equal to (\S+)"), r"应不小于 \1。"),
    (re.compile(r"Input should be less than or equal to (\S+)"), r"应不大于 \1。"),
    (re.compile(r"'(.+?)' is not a valid integer( range)?\.?"), r"「\1」不是整数。"),
    (re.compile(r"'(.+?)' is not a valid float( range)?\.?"), r"「\1」不是数值。"),
    (re.compile(r"\s*\(Possible options: (.+?)\)"), r"（可能是：\1）"),
    (re.compile(r"\s*Did you mean (\S+?)\?"), r"（是否要用 \1？）"),
)
_TOKEN = re.compile(r"[A-Za-z0-9_./:@%+=#|<>\-\[\]*]+|\s+|.")


def translate_error(message: str) -> str:
    for pattern, chinese in ERRORS:
        if pattern.search(message):
            message = pattern.sub(chinese, message)
            break
    for pattern, chinese in VALUE_ERRORS:
        message = pattern.sub(chinese, message)
    return message


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` cells: CJK breaks between characters, ASCII words stay whole when they fit,
    closing punctuation never starts a line and opening brackets never end one (their neighbour moves with them)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        for token in _TOKEN.findall(paragraph):
            if not line and token.isspace():
                continue
            if cell_len("".join(line) + token) <= width:
                line.append(token)
                continue
            if cell_len(token) > width:           # a word longer than a line: fold it
                for char in token:
                    if cell_len("".join(line) + char) > width and line:
                        lines.append("".join(line).rstrip())
                        line = []
                    line.append(char)
                continue
            carried: list[str] = []
            if token in NO_LINE_START:                      # the word before the punctuation comes down too
                while len(line) > 1 and (not carried or carried[0] in NO_LINE_START):
                    carried.insert(0, line.pop())
            while len(line) > 1 and line[-1] in NO_LINE_END:  # an opening bracket goes down with its word
                carried.insert(0, line.pop())
            lines.append("".join(line).rstrip())
            line = carried + ([] if token.isspace() else [token])
        lines.append("".join(line).rstrip())
    return lines


def _type_name(param: Any) -> str:
    annotation = param.type_descriptor.annotation
    if typing.get_origin(annotation) is list:
        annotation = typing.get_args(annotation)[0]
    return TYPE_NAMES.get(annotation, "值")


def _repeatable(param: Any) -> bool:
    return bool(getattr(param, "multiple", False)) or typing.get_origin(param.type_descriptor.annotation) is list


def _label(param: Any) -> str:
    if param.param_type_name == "argument":
        return str(param.metavar or param.name.upper())
    names = " / ".join(["、".join(param.opts), *(["、".join(param.secondary_opts)] if param.secondary_opts else [])])
    if param.is_flag:
        return names
    return f"{names} {param.metavar or _type_name(param)}"


def _notes(param: Any, ctx: typer.Context) -> str:
    """（必填） / （默认：4；取值 ≥ 1；可重复） after a parameter's help."""
    notes = []
    if param.required:
        notes.append("必填")
    default = None if param.required else param.get_default(ctx, call=False)
    if getattr(param, "secondary_opts", None) and isinstance(default, bool):
        notes.append("默认：" + (param.opts[0] if default else param.secondary_opts[0]))
    elif default not in (None, False, (), []) and not getattr(param, "is_flag", False) and not callable(default) \
            and getattr(param, "show_default", True) is not False:
        notes.append(f"默认：{default}")
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None or high is not None:
        notes.append("取值 " + "，".join(part for part in (f"≥ {low}" if low is not None else "",
                                                           f"≤ {high}" if high is not None else "") if part))
    if _repeatable(param) and "可重复" not in (param.help or ""):
        notes.append("可重复")
    return f"（{'；'.join(notes)}）" if notes else ""


def _entry(name: str, text: str, width: int) -> list[str]:
    """One option or command: its name, its help wrapped in the column beside it (or under it when long)."""
    pad = " " * NAME_COLUMN
    body = wrap(text, max(20, width - NAME_COLUMN)) if text else [""]
    head = " " * INDENT + name
    if cell_len(head) + 2 > NAME_COLUMN:
        return [head, *(pad + line for line in body if line)]
    return [head + " " * (NAME_COLUMN - cell_len(head)) + body[0], *(pad + line for line in body[1:])]


def usage(command: Any, ctx: typer.Context) -> str:
    pieces = ["[选项]", *(str(p.metavar or p.name.upper()) for p in command.get_params(ctx)
                         if p.param_type_name == "argument")]
    if isinstance(command, TyperGroup):
        pieces.append("命令 [参数]")
    return f"用法：{ctx.command_path} {' '.join(pieces)}"


def help_text(command: Any, ctx: typer.Context, width: int) -> str:
    lines = wrap(usage(command, ctx), width)
    if command.help:
        lines += ["", *wrap(command.help.strip(), width)]
    params = command.get_params(ctx)
    for title, kind in (("参数：", "argument"), ("选项：", "option")):
        chosen = [p for p in params if p.param_type_name == kind]
        if chosen:
            lines += ["", title]
            for param in chosen:
                text = HELP_TEXT if param.name == "help" else f"{param.help or ''}{_notes(param, ctx)}"
                lines += _entry(_label(param), text, width)
    if isinstance(command, TyperGroup):
        lines += ["", "命令："]
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                lines += _entry(name, (sub.help or "").strip().split("\n\n")[0].replace("\n", ""), width)
        lines += ["", *wrap(f"运行「{ctx.command_path} 命令 --help」查看各命令的帮助。", width)]
    return "\n".join(lines)


class _Chinese:
    """Mixed into typer's command classes: Chinese help and usage errors."""

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:
        console = Console(highlight=False)
        width = min(console.width, MAX_WIDTH)
        console.print(help_text(self, ctx, width), markup=False, emoji=False, soft_wrap=True)

    def get_usage(self, ctx: typer.Context) -> str:
        return usage(self, ctx)

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]
        except UsageError as exc:  # its subclasses word their message late (format_message): take the final text
            raise UsageError(translate_error(exc.format_message()), ctx=exc.ctx or ctx) from None


class HelpCommand(_Chinese, TyperCommand):
    pass


class HelpGroup(_Chinese, TyperGroup):
    pass


def localize(app: typer.Typer) -> None:
    """Chinese help for `app` and every command registered on it so far, and Chinese usage-error chrome."""
    rich_utils.RICH_HELP = "运行「{command_path} {help_option}」查看帮助。"
    rich_utils.ERRORS_PANEL_TITLE = "错误"
    rich_utils.ABORTED_TEXT = "已中止。"
    app.info.cls = HelpGroup
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):
            info.cls = HelpCommand
    for group in app.registered_groups:
        if group.typer_instance is not None:
            localize(group.typer_instance)
