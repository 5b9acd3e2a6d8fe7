"""Words a page uses to say that what it stands for does not work now: one vocabulary for every check.

Said as the page's state (a short page, the channel's own text), not in a notice's title: the checks that read
these words decide where they count.
"""

from __future__ import annotations

import re

# Down for maintenance (系统维护中, 平台升级维护，暂停访问, 暂停使用).
MAINTENANCE = re.compile(r"维护中|(?:升级|系统|正在)维护|暂停(?:访问|服务|使用)")
# A channel that takes nothing in (主任信箱自2022年12月1日起暂停受理, 停止接收来信, 暂停开放, 停止服务, 暂不受理,
# 该系统已停用).
SUSPENDED = re.compile(r"(?:暂停|停止|暂不)(?:受理|接收|办理|服务|使用|开放)|已停用")
