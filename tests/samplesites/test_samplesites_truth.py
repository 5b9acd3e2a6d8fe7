"""The ground truth agrees with what is served (held-out families are excluded by the `truth` fixture)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urljoin

from ss_fetch import get

from govweb.samplesites.server import SampleServer

AS_OF = date(2020, 11, 26)
FULL = re.compile(r"(20\d\d)\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})")
MONTH_DAY = re.compile(r"(?<![\d\-/.年])\[?(\d{2})-(\d{2})\]?(?![\d\-])")
SPLIT = re.compile(r">(\d{1,2})</span>\s*<span[^>]*>(20\d\d)-(\d{1,2})<")
HREF = re.compile(r"""href=["']?([^"' >]+)""")


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("gb18030", errors="replace")


def list_dates(text: str) -> list[date]:
    """Every date shown in a list: full dates; month-day dates get years from the list order (newest first, a
    month-day larger than the one above it is a year earlier) starting from the latest year not after as-of."""
    text = text.split('class="footer"')[0]
    out = [date(int(y), int(m), int(d)) for y, m, d in FULL.findall(text)]
    out += [date(int(y), int(m), int(d)) for d, y, m in SPLIT.findall(text)]
    if not out:
        year, previous = AS_OF.year, None
        for m, d in ((int(m), int(d)) for m, d in MONTH_DAY.findall(text)):
            if previous is None and (m, d) > (AS_OF.month, AS_OF.day) or previous and (m, d) > previous:
                year -= 1
            out.append(date(year, m, d))
            previous = (m, d)
    return out


def column_pages(col: dict[str, Any], first: str) -> list[str]:
    """The column's own pages: the first page plus every pagination link it carries."""
    pages = [col["url"]]
    for href in HREF.findall(first):
        if re.search(r"(index_\d+|list_\d+_\d+)\.(s?html|jhtml)$", href):
            pages.append(urljoin(col["url"], href))
    return list(dict.fromkeys(pages))


def test_planted_broken_links_really_fail(truth: dict) -> None:
    count = 0
    for site in truth.values():
        for f in site["findings"]:
            if f["check"] != "broken-link":
                continue
            r = get(f["target"])
            assert r.status >= 400 or r.status in (301, 302) and "redirect" in f["target"], f["target"]
            for source in f["source"]:
                page = get(source)
                assert page.status == 200
                path = f["target"].split(":", 2)[-1].split("/", 1)[-1]
                assert path.split("/")[-1] in decode(page.body), (source, f["target"])
            count += 1
    assert count >= 5


def test_columns_exist_and_newest_date_matches(truth: dict) -> None:
    checked = 0
    for sid, site in truth.items():
        if site["status"] != "measured" or site["family"] == "jsheavy":
            continue
        for col in site["columns"]:
            first = get(col["url"])
            assert first.status == 200, col["url"]
            text = decode(first.body)
            assert col["name"] in text
            dates: list[date] = []
            for url in column_pages(col, text):
                page = get(url)
                assert page.status == 200, url
                dates += list_dates(decode(page.body))
            newest = max(dates).isoformat() if dates else None
            shown = text.split('class="footer"')[0]
            if col["last_update"] and not FULL.search(shown) and not SPLIT.search(shown):
                # month-day lists (year implied): the year is only certain on the detail page
                assert newest and newest[5:] == col["last_update"][5:], (sid, col["url"])
                first_item = next(h for h in HREF.findall(text) if re.search(r"/\d{4}/\d{4}/\d+\.html$", h))
                assert col["last_update"] in decode(get(urljoin(col["url"], first_item)).body)
                newest = col["last_update"]
            assert newest == col["last_update"], (sid, col["url"], newest, col["last_update"])
            checked += 1
    assert checked > 50


def test_js_family_lists_come_from_json(truth: dict, server: SampleServer) -> None:
    site = next(s for s in truth.values() if s["family"] == "jsheavy")
    host = site["url"].split("/")[2]
    for col in site["columns"]:
        page = decode(get(col["url"]).body)
        key = col["url"].split("/")[3]
        data = get(f"http://{host}/data/{key}_p1.json").body.decode()
        shown = [d for d in list_dates(data)]
        assert (max(shown).isoformat() if shown else None) == col["last_update"]
        assert "<script" in page and col["name"] in page


def test_stale_and_blank_columns_follow_the_limits(truth: dict) -> None:
    limits = {"动态要闻": 14, "通知公告": 183, "政策文件": 183, "人事": 365, "规划计划": 365}
    for site in truth.values():
        flagged = {f["url"]: f["check"] for f in site["findings"] if f["check"] in ("stale-column", "empty-column")}
        for col in site["columns"]:
            if col["items"] == 0:
                assert flagged.get(col["url"]) == "empty-column"
            elif col["type"] in limits and (
                    col["last_update"] is None
                    or (AS_OF - date.fromisoformat(col["last_update"])).days > limits[col["type"]]):
                assert flagged.get(col["url"]) == "stale-column"
            else:
                assert col["url"] not in flagged


def test_missing_elements_are_really_absent(truth: dict) -> None:
    marks = {"公安机关备案号": "公网安备", "我为政府网站找错": "zfwzzc", "党政机关网站标识": "conac",
             "网站标识码": "网站标识码", "无障碍浏览": "无障碍", "数据开放": "数据开放"}
    for site in truth.values():
        if site["status"] != "measured":
            continue
        home = decode(get(site["url"]).body)
        if "/js/nav.js" in home:  # the script-built family writes its navigation from this file
            home += get(urljoin(site["url"], "/js/nav.js")).body.decode()
        values = site["elements"]
        for el, needle in marks.items():
            if values[el] is None:
                assert needle not in home, (site["url"], el)
        if values["网站标识码"]:
            assert values["网站标识码"] in home
        if values["公安机关备案号"]:
            assert "".join(ch for ch in values["公安机关备案号"] if ch.isdigit()) in home
        if values["数据开放"]:
            assert values["数据开放"] in home
        if values["党政机关网站标识"]:
            assert "conac.cn" in home


def test_images_without_alt_only_where_listed(truth: dict) -> None:
    img = re.compile(r"<img\b[^>]*>", re.I)
    for site in truth.values():
        listed = {f["url"] for f in site["findings"] if f["check"] == "image-missing-alt"}
        for url in listed:
            tags = img.findall(decode(get(url).body))
            assert any("alt=" not in t for t in tags), url
        home = decode(get(site["url"]).body) if site["status"] == "measured" else ""
        assert all("alt=" in t for t in img.findall(home))


def test_viewport_meta_matches_truth(truth: dict) -> None:
    for site in truth.values():
        if site["status"] != "measured":
            continue
        home = decode(get(site["url"]).body)
        lacking = any(f["check"] == "no-mobile-viewport" for f in site["findings"])
        assert ('name="viewport"' not in home) == lacking, site["url"]


def test_messages_show_submission_and_reply_dates(truth: dict) -> None:
    for site in truth.values():
        flagged = {f["url"] for f in site["findings"] if f["check"] == "unanswered-message"}
        for m in site.get("messages", []):
            page = decode(get(m["url"]).body)
            assert m["submitted"] in page
            if m["replied"]:
                assert m["replied"] in page
            sub = date.fromisoformat(m["submitted"])
            end = date.fromisoformat(m["replied"]) if m["replied"] else AS_OF
            expected = (AS_OF - sub).days <= 365 and (end - sub).days > 90
            assert (m["url"] in flagged) == expected


def test_policy_documents_and_interpretations(truth: dict) -> None:
    for site in truth.values():
        for f in site["findings"]:
            if f["check"] == "missing-interpretation":
                page = decode(get(f["url"]).body)
                assert "解读" not in page.split("</h1>", 1)[-1].split('class="friend')[0]


def test_service_guides_missing_elements(truth: dict) -> None:
    for site in truth.values():
        for g in site.get("guides", []):
            page = decode(get(g["url"]).body)
            for el in g["missing"]:
                assert f">{el}<" not in page


LINK = re.compile(r"""(?:href|src)\s*=\s*["']?([^"' >]+)""", re.I)
JSON_URL = re.compile(r'"url":\s*"([^"]+)"')


def test_every_other_link_works(truth: dict, server: SampleServer) -> None:
    """Walk each tested site: every link resolves, except the planted broken links (nothing else is a defect)."""
    from concurrent.futures import ThreadPoolExecutor

    for sid, site in truth.items():
        if site["status"] != "measured":
            continue
        planted = {f["target"] for f in site["findings"] if f["check"] == "broken-link"}
        no_alt = {f["url"] for f in site["findings"] if f["check"] == "image-missing-alt"}
        found_no_alt: set[str] = set()
        skip = tuple(site.get("uncertain", []))
        host = site["url"].split("/")[2]
        seen: set[str] = {site["url"]}
        frontier = [site["url"]]
        failures: list[tuple[str, str, int]] = []
        with ThreadPoolExecutor(8) as pool:
            while frontier:
                replies = list(pool.map(lambda u: (u, get(u.split("#")[0])), frontier))
                frontier = []
                for url, reply in replies:
                    if url in planted:
                        assert reply.status >= 400 or reply.status == 302, url
                        continue
                    if reply.status >= 400:
                        failures.append((url, "", reply.status))
                        continue
                    if url.split("/")[2] != host or "html" not in reply.headers.get("content-type", "") and not (
                            url.endswith(("/js/nav.js", ".json"))):
                        continue
                    text = decode(reply.body)
                    if any("alt=" not in tag for tag in re.findall(r"<img\b[^>]*>", text, re.I)):
                        found_no_alt.add(url)
                    links = LINK.findall(text) + JSON_URL.findall(text)
                    if url.endswith("/js/nav.js"):
                        links += re.findall(r'"(/[^"]*)"', text)
                    if url.endswith((".html", "/")) and "/data/" not in url and "loadList(" in text:
                        key = re.search(r'loadList\("([^"]+)"\)', text).group(1)
                        links.append(f"/data/{key}_p1.json")
                    paged = re.search(r"/data/(\w+)_p(\d+)\.json$", url)
                    if paged and f'"pages": {int(paged.group(2))}' not in text:  # the script's pager: next page
                        links.append(f"/data/{paged.group(1)}_p{int(paged.group(2)) + 1}.json")
                    if "loadHome()" in text:
                        links.append("/data/home.json")
                    for link in links:
                        if link.startswith(("javascript:", "#", "mailto:")) or "{{" in link:
                            continue
                        target = urljoin(url, link.replace("&amp;", "&")).split("#")[0]
                        if target.startswith(skip) or "/rili/" in target or target in seen:
                            continue
                        seen.add(target)
                        frontier.append(target)
        assert not failures, (sid, failures[:5])
        assert found_no_alt == no_alt, (sid, found_no_alt ^ no_alt)
        assert planted <= seen, (sid, planted - seen)
        listed = {c["url"] for c in site["columns"]} | {m["url"] for m in site["messages"]} | {
            g["url"] for g in site["guides"]} | {r["url"] for r in site["reports"]} | {
            f["url"] for f in site["findings"] if "url" in f}
        assert listed <= seen, (sid, sorted(listed - seen)[:5])  # everything the truth names is reachable
        assert len(seen) > 100


def test_open_data_portals_serve_what_the_truth_claims(truth: dict) -> None:
    """Walk each in-scope portal: its catalogue lists exactly the claimed datasets, whose resources are served
    in exactly the claimed formats; a portal under construction lists nothing."""
    kinds = set()
    for sid, site in truth.items():
        od = site.get("open_data")
        if site["status"] != "measured":
            continue
        assert od is not None, sid
        if not od["crawlable"]:
            kinds.add("outside")
            continue
        home = decode(get(od["entry"]).body)
        assert get(od["entry"]).status == 200
        datasets: set[str] = set()
        formats: set[str] = set()
        pages, seen = [urljoin(od["entry"], "catalog/index.html")], set()
        while pages:
            url = pages.pop()
            if url in seen:
                continue
            seen.add(url)
            reply = get(url)
            if reply.status == 404 and not od["datasets"]:
                break  # a portal under construction has no catalogue
            assert reply.status == 200, url
            for href in HREF.findall(decode(reply.body)):
                target = urljoin(url, href)
                if "/catalog/index" in target:
                    pages.append(target)
                elif "/dataset/" in target:
                    datasets.add(target)
        for ds in sorted(datasets):
            for href in HREF.findall(decode(get(ds).body)):
                target = urljoin(ds, href)
                if "/files/" in target or "/api/" in target:
                    assert get(target).status == 200, target
                    formats.add("API" if "/api/" in target else target.rsplit(".", 1)[-1].upper())
        assert len(datasets) == od["datasets"], sid
        assert sorted(formats) == od["formats"], sid
        if not od["datasets"]:
            assert "建设中" in home
        kinds.add("empty" if not od["datasets"] else "stale" if od["last_update"] < "2019" else "rich")
    assert kinds == {"outside", "empty", "stale", "rich"}
