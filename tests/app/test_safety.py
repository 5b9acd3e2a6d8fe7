"""Hostile input and safety: XSS and SQL-injection strings in site names, comments and filters; CSRF refusal;
the login rate limit; sessions; the archived page replayed inert; personal data masked; safe downloads; the
registry's address guard."""

from __future__ import annotations

import csv
import io
import re

import openpyxl
import pytest
from fastapi.testclient import TestClient

from govweb.app.masking import clean_archived_html, mask_text
from govweb.registry import Site
from govweb.store import Store

from .conftest import CODES, ROUND, csrf_of, log_in, site_url

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>"\'><svg onload=alert(2)>'
SQL = "' OR 1=1; DROP TABLE results; --"
FORMULA = '=HYPERLINK("http://evil.example/","点我")'


def _no_live_markup(html: str) -> None:
    assert "<script>alert" not in html and "<img src=x onerror" not in html and "<svg onload" not in html


def test_hostile_site_names_comments_and_filters_are_escaped(client: TestClient, store: Store) -> None:
    site = store.site(CODES.first)
    assert site is not None
    rows = len(store.results(ROUND))
    store.upsert_sites([Site(site.code, XSS + SQL, site.url, site.tiers[0], site.admin_code)])
    csrf = log_in(client, "eval1")
    finding = store.findings(ROUND, site_code=CODES.first)[0]
    assert client.post(f"{site_url(CODES.first)}/findings/{finding.finding_id}/strike",
                       data={"reason": XSS + SQL, "csrf_token": csrf}).status_code == 303
    for path in (site_url(CODES.first), f"/rounds/{ROUND}/tiers/地市", "/registry?q=" + SQL):
        page = client.get(path)
        assert page.status_code == 200, path
        _no_live_markup(page.text)
    assert "&lt;script&gt;alert" in client.get(site_url(CODES.first)).text
    for query in ({"q": SQL}, {"q": XSS}, {"region": "33' OR '1'='1"}, {"sort": SQL}, {"verdict": SQL},
                  {"veto": SQL}, {"q": "%_\\"}):
        response = client.get(f"/rounds/{ROUND}/tiers/地市", params=query)
        assert response.status_code in (200, 400), query
        _no_live_markup(response.text)
    assert client.get(f"/rounds/{ROUND}/tiers/地市", params={"q": "x' OR 'a'='a"}).text.count("/sites/") == 0
    assert client.get(f"/rounds/{ROUND}/tiers/地市", params={"q": SQL}).text.count("/sites/") == 1  # the name has it
    assert "没有符合条件" in client.get(f"/rounds/{ROUND}/tiers/地市", params={"q": "%"}).text  # LIKE escaped
    api = client.get(f"/api/v1/rounds/{ROUND}/results", params={"tier": "地市", "q": "x' OR 'a'='a"})
    assert api.status_code == 200 and api.json()["total"] == 0
    assert len(store.results(ROUND)) == rows  # nothing dropped
    # The downloads: the name survives as text, a formula never reaches a spreadsheet as one.
    store.upsert_sites([Site(site.code, FORMULA, site.url, site.tiers[0], site.admin_code)])
    text = client.get(f"/rounds/{ROUND}/tiers/地市/download.csv").content.decode("utf-8-sig")
    names = [row["名称"] for row in csv.DictReader(io.StringIO(text))]
    assert "'" + FORMULA in names
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"/rounds/{ROUND}/tiers/地市/download.xlsx").content))
    cells = [c for row in book.active.iter_rows() for c in row if c.value == FORMULA]
    assert cells and all(c.data_type == "s" for c in cells)


def test_forms_without_the_csrf_token_are_refused(client: TestClient, store: Store) -> None:
    csrf = log_in(client, "eval1")
    finding = store.findings(ROUND, site_code=CODES.first)[0]
    url = f"{site_url(CODES.first)}/findings/{finding.finding_id}/strike"
    for data in ({"reason": "误报"}, {"reason": "误报", "csrf_token": "forged"}):
        response = client.post(url, data=data)
        assert response.status_code == 403 and "CSRF" in response.text
    assert store.findings(ROUND, site_code=CODES.first)[0].status == "open"
    assert client.post(url, data={"reason": "误报"}, headers={"X-CSRF-Token": csrf}).status_code == 303  # htmx
    anonymous = TestClient(client.app, follow_redirects=False)
    assert anonymous.post("/login", data={"name": "eval1", "password": "x"}).status_code == 403  # no token


def test_login_is_rate_limited_and_sessions_end_on_logout(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    for _ in range(5):
        wrong = client.post("/login", data={"name": "eval2", "password": "wrong-password", "csrf_token": token})
        assert wrong.status_code == 401 and "用户名或密码错误" in wrong.text
    blocked = client.post("/login", data={"name": "eval2", "password": "correct-horse-1", "csrf_token": token})
    assert blocked.status_code == 429  # even the right password, for 15 minutes
    csrf = log_in(client, "eval1")  # another name still logs in
    cookie = client.cookies.get("govweb_session")
    assert cookie and client.get("/account").status_code == 200
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 303
    again = TestClient(client.app, follow_redirects=False, cookies={"govweb_session": cookie})
    assert again.get("/account").status_code == 303  # the session is gone server-side


def test_login_redirects_only_within_the_site(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"name": "viewer", "password": "correct-horse-1", "next": "//evil.example/",
                                           "csrf_token": token})
    assert response.headers["location"] == "/"


def test_the_archived_page_is_replayed_inert_and_masked(client: TestClient, store: Store) -> None:
    with_record = [f for f in store.findings(ROUND) if (f.evidence or {}).get("warc_record")]
    assert with_record
    finding = with_record[0]
    page = client.get(site_url(finding.site_code)).text
    assert 'sandbox=""' in page and "/archive?record=" in page
    response = client.get(f"{site_url(finding.site_code)}/archive", params={"record": finding.evidence["warc_record"]})
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert policy.startswith("sandbox;") and "script-src" not in policy and "default-src 'none'" in policy
    assert "<script" not in response.text.lower()
    assert client.get(f"{site_url(finding.site_code)}/archive", params={"record": "<urn:uuid:none>"}).status_code == 404


def test_personal_data_is_masked() -> None:
    text = "留言人：张三丰 手机 13812345678 身份证 110101199003071234 邮箱 zhangsan@qq.com 政府信箱 bgs@wuhan.gov.cn 电话 0551-65432100"
    masked = mask_text(text)
    assert "张三丰" not in masked and "张**" in masked
    assert "13812345678" not in masked and "138****5678" in masked
    assert "110101199003071234" not in masked and "zhangsan@" not in masked
    assert "bgs@wuhan.gov.cn" in masked and "0551-65432100" in masked  # the office's own contact data stays
    html = clean_archived_html('<body onload="x()"><script>steal()</script><a href="http://live/">链接</a>'
                               '<img src="http://tracker/p.gif" alt="图"><p>网友：李四 13912345678</p>'
                               '<form action="/post"><input name=q></form><iframe src="http://x/"></iframe></body>')
    assert "steal" not in html and "onload" not in html and "http://live/" not in html and "tracker" not in html
    assert "<form" not in html and "<iframe" not in html and "李*" in html and "139****5678" in html


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/", "http://10.0.0.5/", "http://localhost/",
                                 "http://[::1]/", "http://169.254.169.254/latest/"])
def test_the_registry_refuses_internal_addresses(client: TestClient, store: Store, url: str) -> None:
    csrf = log_in(client, "eval1")
    response = client.post("/registry/new", data={"code": "1100000099", "name": "测试网站", "url": url, "tier": "地市",
                                                  "admin_code": "110000", "csrf_token": csrf})
    assert response.status_code == 400 and "不能加入名录" in response.text
    assert store.site("1100000099") is None


def test_the_registry_adds_edits_and_imports(client: TestClient, store: Store) -> None:
    csrf = log_in(client, "eval1")
    bad = client.post("/registry/new", data={"code": "12", "name": " ", "url": "ftp://x", "tier": "乡镇",
                                             "csrf_token": csrf})
    assert bad.status_code == 400 and "网站标识码" in bad.text
    assert client.post("/registry/new", data={"code": "1100000099", "name": "北京测试网", "url": "WWW.Test.GOV.cn",
                                              "tier": "地市", "csrf_token": csrf}).status_code == 303
    added = store.site("1100000099")
    assert added is not None and added.url == "http://www.test.gov.cn" and added.admin_code == "110000"
    assert client.post("/registry/1100000099/edit", data={"name": "北京测试网站", "url": "https://www.test.gov.cn/",
                                                          "tier": "区县", "csrf_token": csrf}).status_code == 303
    assert (store.site("1100000099").name, store.site("1100000099").tiers) == ("北京测试网站", ("区县",))  # type: ignore[union-attr]
    upload = "网站标识码,名称,首页网址,级别\n1100000098,甲,www.jia.gov.cn,区县\n1100000097,乙,http://192.168.1.1/,区县\n"
    response = client.post("/registry/import", data={"csrf_token": csrf},
                           files={"file": ("sites.csv", upload.encode("utf-8"), "text/csv")})
    assert response.status_code == 200 and "新增 1" in response.text and "192.168.1.1" in response.text
    assert store.site("1100000098") is not None and store.site("1100000097") is None
    assert re.search(r"第 3 行", response.text)
