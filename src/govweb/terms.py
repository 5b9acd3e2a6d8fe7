"""The one mapping between the Chinese terms users see and the English identifiers code uses.

Keys in files and JSON (methodology YAML, findings.json, tables) stay Chinese as the contracts say;
code that needs an identifier looks it up here.
"""

from __future__ import annotations

# First-level indices, in publication order.
INDICES: dict[str, str] = {
    "信息发布": "info_release",
    "数据开放": "data_openness",
    "解读回应": "interpretation",
    "办事服务": "online_services",
    "互动交流": "interaction",
    "管理保障": "management",
    "功能推广": "functions",
    "创新案例": "innovation",
}
INDEX_COLUMN_SUFFIX = "指数"  # a table column is the index name + 指数: 信息发布指数


def index_column(index: str) -> str:
    return index + INDEX_COLUMN_SUFFIX


# Tiers (级别), in the order the 2020 publication lists its tables.
TIERS: dict[str, str] = {
    "直辖市": "municipality",
    "省、自治区": "province",
    "副省级城市": "sub_provincial_city",
    "省会城市": "provincial_capital",
    "地市": "prefecture",
    "区县": "county",
}

# Column types with their update limits in days (methodology.md §2.1); None = no limit.
COLUMN_TYPES: dict[str, str] = {
    "动态要闻": "news",
    "通知公告": "notices",
    "政策文件": "policy_documents",
    "人事": "personnel",
    "规划计划": "plans",
    "政策解读": "interpretations",
    "互动": "interaction",
    "办事": "services",
    "其他": "other",
}

# Elements a government website must carry (findings.json "elements").
ELEMENTS: tuple[str, ...] = (
    "网站标识码", "ICP备案号", "公安机关备案号", "党政机关网站标识", "网站主办单位", "联系方式",
    "我为政府网站找错", "站内搜索", "政府信息公开指南", "政府信息公开目录", "政府信息公开年报", "概况信息",
    "机构职能", "负责人信息", "政策文件", "政策解读", "办事服务", "互动交流", "数据开放", "无障碍浏览",
)

# Veto rules (单项否决) with the Chinese label users see.
VETO_RULES: dict[str, str] = {
    "site-unreachable": "站点无法访问",
    "homepage-stale": "首页长期不更新",
    "columns-stale": "栏目不更新",
    "interaction-poor": "互动回应差",
    "service-unusable": "服务不实用",
    "serious-error": "严重表述错误等",
}

# Table columns (级别 … 总分) used by rank/score/report tables.
COL_TIER = "级别"
COL_RANK = "排名"
COL_NAME = "名称"
COL_CITY = "所属城市"
COL_ADMIN_CODE = "行政区划代码"
COL_TOTAL = "总分"
# Columns a round adds to its results table (also read from a user's table when present).
COL_SITE_CODE = "网站标识码"
COL_URL = "首页网址"
COL_RESULT = "检查结果"                # 合格 / 不合格
COL_VETOES = "单项否决"                # veto labels joined by 、
COL_NOTE = "备注"
