"""Words a page uses to say that what it stands for does not work now — down for maintenance, a channel taking
nothing in, a soft error page (页面不存在, 建设中: answered 200) —: one vocabulary for every check.

Said as the page's state (a short page, the channel's own text), not in a notice's title: the checks that read
these words decide where they count.
"""

from __future__ import annotations

import re

from govweb.htmlstd import visible_text

# Down for maintenance (系统维护中, 平台升级维护，暂停访问, 暂停使用).
MAINTENANCE = re.compile(r"维护中|(?:升级|系统|正在)维护|暂停(?:访问|服务|使用)")
# A channel that takes nothing in (主任信箱自2022年12月1日起暂停受理, 停止接收来信, 暂停开放, 停止服务, 暂不受理,
# 该系统已停用), or a retired system saying so (网上审批系统已于2025年12月31日起停止运行，不再受理网上申请).
SUSPENDED = re.compile(r"(?:暂停|停止|暂不|不再)(?:受理|接收|办理|服务|使用|开放)|已停用|(?:停止|暂停)运行")
# A channel never opened for this unit (该部门暂未开通网上信箱, 本单位尚未开放在线咨询, 功能未启用).
NOT_OPENED = re.compile(r"(?:暂|尚|还)?未(?:开通|开放|启用)")
# What a page says when its column or service moved to another address (该栏目已迁移, 本栏目已于10月迁至新版专栏,
# 办事事项已统一迁移至网上办事大厅, 该服务已整合至省政务服务网): the subject, then the moving words.
MOVED = re.compile(r"(?:栏目|频道|专栏|专题|页面|网页|版块|板块|内容|服务|事项|系统|平台)[^。；;，,\n]{0,12}?"
                   r"(?:已|已经|现已)[^。；;，,\n]{0,10}?(?:迁移|迁至|搬迁|移至|转至|转移至|整合至|并入)")
# Under construction (栏目建设中, 页面正在建设中) — not a name that holds the words: 建设中路 and 建设中街 (a street in a
# footer's address), 建设中学 (a school), 城乡建设中心 (a body), 建设中国式现代化 (a headline).
BUILDING = r"建设中(?![路街巷道心学国])"
# The page a web server or hosting panel puts at a site it created, before anything is deployed there (宝塔's
# 恭喜，站点创建成功！, nginx's Welcome to nginx!, IIS, Apache's test page): no system of the site's behind it.
_DEFAULT_PAGE = (r"恭喜\W{0,2}站点创建成功|默认index\.html|Welcome to nginx|IIS Windows Server|Apache2? \w+ Default Page"
                 r"|Test Page for the \w+ HTTP")
# What a page says when the system behind it failed (系统错误, 服务器内部错误, a web server's 5xx reason phrase) — not
# a column's placeholder (建设中, 敬请期待): part of a soft error page's words (`_ERROR_TEXT`), and what
# `page_kinds.system_failure` reads an error page's message by.
FAILURE = (r"Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out"
           r"|系统(?:错误|异常)|服务器(?:内部)?错误|访问出错")
# A page that answers 200 but says it is an error or a placeholder (a soft 404).
_ERROR_TITLE = re.compile(r"^\s*404|404\s*$|页面不存在|页面未找到|找不到(?:页面|网页)|出错了|错误页|Not Found|not found|无法访问|已删除|"
                          + _DEFAULT_PAGE)
_ERROR_TEXT = re.compile(
    r"(?:页面|网页)(?:不存在|未找到|走丢|不见了|找不回|丢失了|去火星)|找不到(?:该|您要访问的|您所访问的|您要找的|您要的)?(?:页面|网页)"
    r"|您(?:所|要)?(?:访问|请求|查看)的(?:页面|网页|内容|信息|栏目|文章|资源)(?:不存在|已被?删除|出错|已下线|已失效)"
    r"|(?:页面|网页)(?:暂时)?无法(?:访问|显示|打开)|(?i:not found)|" + FAILURE
    + r"|404|页面已删除|(?:栏目|页面|网站)(?:正在)?" + BUILDING + r"|正在建设|敬请期待|系统繁忙"
    # the database behind the page failed (an ASP or PHP CMS printing its conn include's message and stopping there)
    r"|数据库(?:连接|访问|读取|查询)?(?:失败|异常|出错|错误)"
    r"|(?:该|此)(?:栏目|文章|信息|内容|页面|链接|事项)(?:不存在|已被?删除|已下线|已失效)|网址是否正确|地址有误"
    # a CMS's message page answering a link it no longer serves (EmpireCMS's 信息提示: 您来自的链接不存在)
    r"|您(?:来自|访问|点击)的链接(?:不存在|已失效)"
    # a system under maintenance says so as its state (系统维护中, 平台正在进行维护升级，请稍后再试), not in a
    # notice's title (关于系统维护的公告)
    r"|(?:系统|网站|平台|页面)(?:正在(?:进行)?)?(?:维护|升级)+中|(?:维护|升级)中?[，,。！!~\s]*请稍后"
    r"|" + _DEFAULT_PAGE
)
_ERROR_TEXT_MAX = 400      # a soft-error page prints little more than the message (plus the site template)


def is_error_page(title: str, text: str, content: bool) -> bool:
    """A soft error page; `content`: the page lists items, is an article or shows a form to write in (then its
    maintenance words are a notice — 系统维护期间提交的信件将在恢复后统一处理 above a letter form —, not its state)."""
    if title and _ERROR_TITLE.search(title) and len(title) < 40:
        return True
    # out of service for maintenance only on a page that lists nothing and is no article: a notice row or an article
    # about a coming maintenance says the same words
    return says_error(text) or not content and len(text) <= _ERROR_TEXT_MAX and MAINTENANCE.search(text) is not None


def says_error(text: str) -> bool:
    """A short text saying the page is an error or a placeholder (页面不存在, 系统维护中, 建设中 …)."""
    return len(text) <= _ERROR_TEXT_MAX and _ERROR_TEXT.search(text) is not None


def says_out_of_service(text: str) -> bool:
    """A short text saying the service it stands for is stopped (平台升级维护，暂停使用; 信箱暂停受理)."""
    return len(text) <= _ERROR_TEXT_MAX and (MAINTENANCE.search(text) or SUSPENDED.search(text)) is not None


# A channel's own words naming what stopped (网上留言功能暂停受理, 本信箱停止接收来信): the clause names the channel before the
# stopping words and nothing after them but what it takes in — not 本信箱暂不受理信访事项 (one kind of letter turned
# away: the box works), nor 排污申报系统已停用 (another system).
_CHANNEL_WORD = r"(?:留言|信箱|来信|写信|信件|咨询|诉求|建言)"
_CHANNEL_STOPPED = re.compile(
    _CHANNEL_WORD + r"[^，,。；;！!]{0,12}?(?:" + SUSPENDED.pattern + r")(?:" + _CHANNEL_WORD + r")?(?=$|[，,。；;！!\s])")


def says_channel_stopped(line: str) -> bool:
    """A line saying the channel itself takes nothing in now (网站迁移升级期间，网上留言功能暂停受理，恢复时间另行通知)."""
    return _CHANNEL_STOPPED.search(line) is not None


def says_not_opened(text: str) -> bool:
    """A short text saying the channel it stands for was never opened here (该部门暂未开通网上信箱)."""
    return len(text) <= _ERROR_TEXT_MAX and NOT_OPENED.search(text) is not None


# The web server's own 403 page (nginx's `403 Forbidden` over its name, Apache's `Forbidden — You don't have permission
# to access this resource` over its signature): what a folder left without an index file answers every visitor
# (autoindex off), not a firewall's page turning one visitor away (访问受限, 境外IP禁止访问, a challenge: words of its own).
_SERVER_REFUSAL = re.compile(
    r"(?:403\s*)?forbidden(?:\s*403)?(?:\s*forbidden)?"
    r"(?:\s*you don't have permission to access [^.]{0,200}\.)?"
    r"(?:\s*(?:nginx|openresty|tengine|apache|microsoft-iis)\b[\w/.()\-: ]{0,80})?", re.I)
_SERVER_PAGE_MAX = 4096    # characters of markup a server's error page stays under (nginx pads it with comments)


def server_refusal(html: str) -> bool:
    """A 403 answer that is the web server's default Forbidden page, nothing of a firewall's or the site's own."""
    if len(html) > _SERVER_PAGE_MAX:
        return False
    return _SERVER_REFUSAL.fullmatch(visible_text(html)) is not None
