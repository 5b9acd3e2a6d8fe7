"""Reading and validating expert files (CSV in UTF-8 and GBK, XLSX)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from govweb.errors import BadInput
from govweb.review import read_expert
from govweb.scoring.methodology import load_methodology

METHODOLOGY = load_methodology("cstc-2020")
KNOWN = {"1100000088": {"f-aa01", "f-aa02", "f-aa03"}, "3201000001": {"f-bb01"}, "3201000002": set()}

HEADER = "网站标识码,创新案例指数,核减问题编号,核减理由,评审人,评审日期,备注\n"


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "expert.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_scores_removals_and_merges_rows(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER
                 + "1100000088,0.85,f-aa01；f-aa02,页面为镜像站，链接实际有效,张三,2020-11-30,\n"
                 + "1100000088,,f-aa03,栏目已撤并,李四,2020/12/01,复核\n"
                 + "3201000001,0.4,,,王五,2020年12月2日,\n")
    expert = read_expert(path, METHODOLOGY, KNOWN)
    first = expert.get("1100000088")
    assert first is not None
    assert first.indices == {"创新案例": Decimal("0.85")}
    assert first.removed_ids == ["f-aa01", "f-aa02", "f-aa03"]
    assert first.removals[2].reason == "栏目已撤并" and first.removals[2].reviewer == "李四"
    assert first.reviewer == "张三、李四"
    assert first.date == datetime.date(2020, 12, 1)
    second = expert.get("3201000001")
    assert second is not None and second.indices == {"创新案例": Decimal("0.4")} and not second.removals
    assert expert.get("3201000002") is None


def test_gbk_csv_as_excel_saves_it(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "3201000001,1,f-bb01,误报,赵六,2020-12-03,\n", encoding="gb18030")
    entry = read_expert(path, METHODOLOGY, KNOWN).get("3201000001")
    assert entry is not None and entry.removals[0].reason == "误报" and entry.indices["创新案例"] == 1


def test_xlsx_with_date_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "说明"
    sheet.append(["本表为专家评分"])
    data = book.create_sheet("评分")
    data.append(["网站标识码", "创新案例", "互动交流指数", "核减问题编号", "核减理由", "评审人", "评审日期"])
    data.append(["1100000088", 0.5, 0.9, "f-aa02", "人工复核可打开", "张三", datetime.datetime(2020, 12, 4)])
    path = tmp_path / "expert.xlsx"
    book.save(path)
    entry = read_expert(path, METHODOLOGY, KNOWN).get("1100000088")
    assert entry is not None
    assert entry.indices == {"创新案例": Decimal("0.5"), "互动交流": Decimal("0.9")}
    assert entry.date == datetime.date(2020, 12, 4) and entry.removed_ids == ["f-aa02"]


def test_every_offending_cell_is_listed(tmp_path: Path) -> None:
    path = write(tmp_path, "网站标识码,创新案例指数,服务满意指数,核减问题编号,核减理由,评审人,评审日期\n"
                 + "9999999999,0.5,,,,张三,2020-11-30\n"          # unknown site
                 + "1100000088,1.2,,f-zz99,,张三,2020-11-30\n"      # out of range, unknown id, no reason
                 + "3201000001,很好,,,,,2020-13-01\n"               # not numeric, no reviewer, bad date
                 + "3201000002,0.3,,f-bb01,误报,王五,2020-11-30\n")  # id of another site
    with pytest.raises(BadInput) as caught:
        read_expert(path, METHODOLOGY, KNOWN)
    places = {(p.row, p.column) for p in caught.value.problems}
    assert places == {
        (1, "服务满意指数"),
        (2, "网站标识码"),
        (3, "创新案例指数"), (3, "核减问题编号"), (3, "核减理由"),
        (4, "创新案例指数"), (4, "评审人"), (4, "评审日期"),
        (5, "核减问题编号"),
    }
    text = str(caught.value)
    assert "9999999999" in text and "f-zz99" in text and "1.2" in text and "未应用任何内容" in text


def test_contradicting_scores_for_one_site(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "1100000088,0.5,,,张三,2020-11-30,\n1100000088,0.6,,,李四,2020-11-30,\n")
    with pytest.raises(BadInput) as caught:
        read_expert(path, METHODOLOGY, KNOWN)
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "创新案例指数")]


def test_missing_required_columns_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(BadInput) as caught:
        read_expert(write(tmp_path, "网站标识码,创新案例指数,核减问题编号\n1100000088,0.5,f-aa01\n"), METHODOLOGY)
    messages = " ".join(p.message for p in caught.value.problems)
    assert "评审人" in messages and "评审日期" in messages and "核减理由" in messages
    with pytest.raises(BadInput):
        read_expert(write(tmp_path, ""), METHODOLOGY)
    with pytest.raises(BadInput):
        read_expert(tmp_path / "absent.csv", METHODOLOGY)


def test_without_known_sites_nothing_is_checked_against_a_round(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "9999999999,0.5,f-x,理由,张三,2020-11-30,\n")
    entry = read_expert(path, METHODOLOGY).get("9999999999")
    assert entry is not None and entry.removed_ids == ["f-x"]


def test_item_scores_by_id_or_title(tmp_path: Path) -> None:
    path = write(tmp_path, "网站标识码,ipv6,站内搜索可用,评审人,评审日期\n1100000088,1,0.5,张三,2020-12-01\n")
    entry = read_expert(path, METHODOLOGY, KNOWN).get("1100000088")
    assert entry is not None and entry.items == {"ipv6": Decimal(1), "search-works": Decimal("0.5")}
