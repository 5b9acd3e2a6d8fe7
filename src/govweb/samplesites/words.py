"""Seeded generation of plausible Chinese government text: titles per column type, body paragraphs, names.

Everything is drawn from a `random.Random` the caller seeds, so the same seed gives the same words.
"""

from __future__ import annotations

import random

TOPICS = (
    "优化营商环境", "乡村振兴", "安全生产", "常态化疫情防控", "河长制", "生活垃圾分类", "全国文明城市创建",
    "脱贫攻坚", "生态环境保护", "城乡居民医疗保险", "消防安全", "防汛抗旱", "农村人居环境整治", "双拥共建",
    "减税降费", "政务公开", "“放管服”改革", "森林防火", "食品安全", "根治欠薪", "义务教育均衡发展",
    "老旧小区改造", "扫黑除恶专项斗争", "高标准农田建设", "秋冬季大气污染防治", "社会信用体系建设",
    "“互联网+政务服务”", "工程建设项目审批制度改革", "退役军人服务保障", "全民健身", "冬春火灾防控",
    "重点项目建设", "招商引资", "新型城镇化", "水污染防治", "林长制", "民营经济发展", "就业创业",
    "养老服务体系建设", "粮食安全", "城市管理", "交通运输安全", "文化旅游融合发展", "数字政府建设",
)
EVENTS = (
    "全体会议", "常务会议", "专题会议", "推进会", "现场会", "座谈会", "工作部署会", "培训班", "调度会", "动员大会",
)
VERBS_STUDY = ("调研", "督导", "检查", "暗访", "专题调研")
ACTIONS = ("做好", "开展", "加强", "进一步做好", "组织开展", "切实做好", "扎实推进")
DOC_KINDS = ("实施方案", "管理办法", "实施意见", "工作方案", "行动计划", "若干措施", "暂行办法", "考核办法")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = (
    "建国", "志强", "海燕", "晓东", "丽华", "国庆", "卫东", "红梅", "文斌", "建华", "明辉", "秀英", "永刚", "春生",
    "德胜", "玉兰", "振华", "立新", "桂芳", "堃", "镕基", "子堃", "锦镕", "海堃", "晓镕", "雪梅", "伟", "敏", "静",
)
POSTS = ("区长", "副区长", "县长", "副县长", "市长", "副市长", "常务副市长", "局长", "主任", "秘书长", "党组书记")
DEPTS = (
    "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
    "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
    "商务局", "文化广电旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局",
    "统计局", "医疗保障局", "城市管理局", "行政审批局", "信访局", "政务服务数据管理局",
)
SENTENCES = (
    "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神。",
    "要进一步提高政治站位，切实增强责任感和紧迫感，把{t}工作摆在更加突出的位置。",
    "各地各部门要压实工作责任，细化工作措施，确保各项任务落地见效。",
    "今年以来，{p}围绕{t}这一中心任务，坚持问题导向，狠抓工作落实，取得了阶段性成效。",
    "会上，相关部门负责同志分别汇报了{t}工作推进情况及下一步工作打算。",
    "要加强统筹协调，形成工作合力，建立健全长效机制，推动{t}工作常态化、制度化。",
    "要坚持以人民为中心的发展思想，着力解决群众反映强烈的突出问题，不断增强人民群众的获得感、幸福感、安全感。",
    "要严格落实属地管理责任、部门监管责任和企业主体责任，坚决防范和遏制重特大事故发生。",
    "截至目前，全{k}已累计完成投资{n}亿元，占年度计划的{m}%。",
    "下一步，{p}将继续深化{t}，加大督查考核力度，以钉钉子精神抓好各项工作落实。",
    "各乡镇（街道）、各有关部门主要负责同志参加会议。",
    "要加强宣传引导，营造全社会共同关心、支持和参与{t}的良好氛围。",
    "调研中，{p}详细了解了项目建设进度、存在的困难和问题，并现场研究解决办法。",
    "要聚焦重点领域和关键环节，持续开展排查整治，确保不留死角、不留盲区。",
    "本次活动共发放宣传资料{n}00余份，现场解答群众咨询{m}人次。",
)
MSG_SUBJECTS = (
    "关于小区门口道路破损的反映", "咨询新生儿医保办理流程", "关于农村低保申请条件的咨询", "反映某路段路灯不亮问题",
    "咨询公租房申请材料", "关于企业开办时间的咨询", "反映学校周边交通拥堵", "咨询灵活就业人员社保缴纳",
    "关于老旧小区加装电梯的建议", "咨询不动产登记办理地点", "反映噪音扰民问题", "关于公交线路调整的建议",
    "咨询退役军人优待证办理", "关于农民工工资拖欠的反映", "咨询营业执照变更事项", "关于垃圾清运不及时的反映",
)
GUIDE_SUBJECTS = (
    "个体工商户设立登记", "城乡居民基本养老保险参保登记", "最低生活保障申请", "建设工程施工许可证核发",
    "食品经营许可", "道路运输经营许可", "失业保险金申领", "婚姻登记", "残疾人证办理", "公共场所卫生许可",
    "药品零售企业许可", "不动产登记", "医疗机构执业登记", "生育登记服务",
)


class Words:
    """Text generator bound to one seeded RNG and one place name (used in titles)."""

    def __init__(self, rng: random.Random, place: str, short: str) -> None:
        self.rng = rng
        self.place = place  # full name, e.g. 赣州市章贡区
        self.short = short  # e.g. 章贡区

    def pick(self, seq: tuple[str, ...] | str) -> str:
        return self.rng.choice(seq)

    def person(self) -> str:
        return self.pick(SURNAMES) + self.pick(GIVEN)

    def doc_number(self, year: int) -> str:
        prefix = self.short[:1]
        kind = self.pick(("政办发", "政发", "政办函", "政规"))
        return f"{prefix}{kind}〔{year}〕{self.rng.randint(1, 60)}号"

    def title(self, ctype: str, year: int) -> str:
        r, p, t = self.rng, self.short, self.pick(TOPICS)
        forms: tuple[str, ...]
        if ctype == "动态要闻":
            forms = (
                f"{p}召开{t}{self.pick(EVENTS)}",
                f"{self.person()}{self.pick(VERBS_STUDY)}{t}工作",
                f"{p}{t}工作取得阶段性成效",
                f"{p}扎实推进{t}",
                f"{p}部署{t}相关工作",
                f"{self.pick(DEPTS)}开展{t}专项行动",
                f"{p}举行{t}{self.pick(('现场观摩会', '集中签约活动', '主题宣传活动'))}",
            )
        elif ctype == "通知公告":
            forms = (
                f"关于{self.pick(ACTIONS)}{year}年{t}工作的通知",
                f"{p}{self.pick(DEPTS)}关于{t}有关事项的公告",
                f"关于开展{t}专项检查的通知",
                f"关于{t}领域拟表彰对象的公示",
                f"{p}关于{year}年{t}项目申报的通知",
            )
        elif ctype == "政策文件":
            forms = (
                f"{p}人民政府办公室关于印发《{p}{t}{self.pick(DOC_KINDS)}》的通知",
                f"{p}人民政府关于进一步加强{t}工作的意见",
                f"关于印发{p}{t}{self.pick(DOC_KINDS)}的通知",
            )
        elif ctype == "人事":
            forms = (
                f"{p}{year}年公开招聘事业单位工作人员公告",
                f"关于{self.person()}等同志任职前公示",
                f"{p}人民政府关于{self.person()}等同志职务任免的通知",
                f"{p}{year}年公开遴选公务员拟遴选人员公示",
            )
        elif ctype == "规划计划":
            forms = (
                f"{p}{t}“十三五”规划",
                f"{p}{year}年{t}工作计划",
                f"{p}{year}年{t}工作要点",
                f"{p}{t}专项规划（{year}—{year + 5}年）",
            )
        elif ctype == "政策解读":
            forms = (f"《{p}{t}{self.pick(DOC_KINDS)}》政策解读", f"一图读懂《{p}{t}{self.pick(DOC_KINDS)}》")
        else:
            forms = (f"{p}{t}情况介绍", f"{p}{year}年{t}工作总结", f"{t}知识问答")
        return r.choice(forms)

    def trap_title(self) -> str:
        """A headline that names an entry without being one (政务服务中心, 领导调研)."""
        t = self.pick(TOPICS)
        return self.rng.choice((
            f"{self.short}政务服务中心开展“{t}”主题服务活动",
            f"{self.short}领导调研{t}工作",
            f"县领导督导检查{t}工作",
            f"{self.short}召开政务公开工作推进会",
            f"市领导到{self.short}调研指导{t}",
        ))

    def paragraphs(self, count: int, topic: str | None = None) -> list[str]:
        t = topic or self.pick(TOPICS)
        out = []
        for _ in range(count):
            sents = [
                self.pick(SENTENCES).format(
                    t=t, p=self.short, k=self.short[-1:], n=self.rng.randint(2, 90), m=self.rng.randint(20, 99)
                )
                for _ in range(self.rng.randint(3, 6))
            ]
            out.append("".join(sents))
        return out
