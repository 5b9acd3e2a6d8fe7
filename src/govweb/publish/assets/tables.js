/* govweb — sortable, filterable, searchable tables for the HTML reports (hand-written, no dependencies,
   inlined into each page so it works offline from a folder or a zip). Apache-2.0, part of govweb.

   <table data-table>                        a table to enhance (its first tbody holds the rows)
   <th data-sort="num|text">                 the column sorts (numbers: "—" and blanks always last)
   <th data-sort="num" data-first="desc">    the first click sorts high to low
   <th data-filter="级别">                    a drop-down filter over the column's values
   <th data-filter="否决" data-split="、">     … over values listed in one cell
   <th data-search>                          the search box looks in this column (several allowed)
   A row's cells may carry data-value="…" to sort or filter on something other than their text.
   Without JavaScript the table is a plain, complete table. */
(function () {
  "use strict";

  var NONE = "（无）";

  function text(cell) {
    return (cell.getAttribute("data-value") || cell.textContent || "").trim();
  }

  function number(value) {
    var n = parseFloat(value.replace(/[^0-9.+-]/g, ""));
    return isNaN(n) ? null : n;
  }

  function valuesOf(cell, split) {
    var value = text(cell);
    if (!split) { return [value || NONE]; }
    var parts = value.split(split).map(function (s) { return s.trim(); }).filter(Boolean);
    return parts.length ? parts : [NONE];
  }

  function setup(table, tableNo) {
    var body = table.tBodies[0];
    var heads = Array.prototype.slice.call(table.tHead.rows[table.tHead.rows.length - 1].cells);
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.setAttribute("data-order", String(i)); });
    var filters = [];
    var searchColumns = [];
    var state = { column: -1, dir: 1 };

    var tools = document.createElement("div");
    tools.className = "table-tools";
    var search = null;

    heads.forEach(function (th, col) {
      if (th.hasAttribute("data-search")) { searchColumns.push(col); }
      var label = th.getAttribute("data-filter");
      if (label) {
        var split = th.getAttribute("data-split");
        var seen = {};
        rows.forEach(function (row) {
          valuesOf(row.cells[col], split).forEach(function (v) { seen[v] = true; });
        });
        var select = document.createElement("select");
        select.setAttribute("aria-label", "按" + label + "筛选");
        select.innerHTML = "";
        var all = document.createElement("option");
        all.value = ""; all.textContent = label + "：全部";
        select.appendChild(all);
        Object.keys(seen).sort(function (a, b) { return a.localeCompare(b, "zh-CN"); }).forEach(function (v) {
          var option = document.createElement("option");
          option.value = v; option.textContent = v;
          select.appendChild(option);
        });
        select.addEventListener("change", apply);
        filters.push({ col: col, split: split, select: select });
      }
      var kind = th.getAttribute("data-sort");
      if (kind) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        while (th.firstChild) { button.appendChild(th.firstChild); }
        th.appendChild(button);
        th.setAttribute("aria-sort", "none");
        button.addEventListener("click", function () { sortBy(col, kind, th.getAttribute("data-first")); });
      }
    });

    if (searchColumns.length) {
      search = document.createElement("input");
      search.type = "search";
      search.placeholder = "搜索名称";
      search.setAttribute("aria-label", "搜索名称");
      search.addEventListener("input", apply);
      tools.appendChild(search);
    }
    filters.forEach(function (f) { tools.appendChild(f.select); });
    var count = document.createElement("span");
    count.className = "count";
    count.setAttribute("aria-live", "polite");
    tools.appendChild(count);
    var box = table.closest(".table-box") || table;
    box.parentNode.insertBefore(tools, box);
    table.setAttribute("data-ready", String(tableNo));

    function apply() {
      var query = search ? search.value.trim().toLowerCase() : "";
      var shown = 0;
      rows.forEach(function (row) {
        var ok = filters.every(function (f) {
          return !f.select.value || valuesOf(row.cells[f.col], f.split).indexOf(f.select.value) >= 0;
        });
        if (ok && query) {
          ok = searchColumns.some(function (col) { return text(row.cells[col]).toLowerCase().indexOf(query) >= 0; });
        }
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      count.textContent = shown === rows.length ? "共 " + rows.length + " 行" : "显示 " + shown + " / " + rows.length + " 行";
    }

    function sortBy(col, kind, first) {
      var dir = state.column === col ? -state.dir : (first === "desc" ? -1 : 1);
      state = { column: col, dir: dir };
      var keyed = rows.map(function (row) {
        var value = text(row.cells[col]);
        return { row: row, key: kind === "num" ? number(value) : value, order: +row.getAttribute("data-order") };
      });
      keyed.sort(function (a, b) {
        if (a.key === null || a.key === "") { return b.key === null || b.key === "" ? a.order - b.order : 1; }
        if (b.key === null || b.key === "") { return -1; }
        var c = kind === "num" ? a.key - b.key : String(a.key).localeCompare(String(b.key), "zh-CN");
        return c ? c * dir : a.order - b.order;
      });
      keyed.forEach(function (k) { body.appendChild(k.row); });
      heads.forEach(function (th, i) {
        if (th.hasAttribute("aria-sort")) {
          th.setAttribute("aria-sort", i === col ? (dir > 0 ? "ascending" : "descending") : "none");
        }
      });
    }

    apply();
  }

  var tables = document.querySelectorAll("table[data-table]");
  for (var i = 0; i < tables.length; i += 1) { setup(tables[i], i); }
})();
