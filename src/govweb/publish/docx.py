"""DOCX (python-docx) in an official-report layout (GB/T 9704 style): A4 with 公文 margins, title in 宋体 bold,
level-1 headings 黑体, level-2 楷体, body 仿宋 with a two-character indent, tables in 宋体 with a repeated header.

The layout helpers are public for the other documents publish writes (the per-site diagnosis):
`official_document()` (page, styles, page numbers), `paragraph(doc, text)`, `table(doc, header, rows)`."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from govweb.fsutil import atomic_path
from govweb.publish.model import (
    NOT_RANKED_HEADER,
    NOT_RANKED_LEAD,
    Figure,
    Report,
    SmallTable,
    TierSection,
    stats_tables,
)
from govweb.safetext import xml_text

LATIN = "Times New Roman"
# East Asian font names as Chinese Word/WPS installs call them; where they are missing (LibreOffice on Linux)
# fontconfig substitutes an installed CJK family (Debian fonts-noto-cjk).
BODY_FONT, HEADING_FONT, SUBHEADING_FONT, TITLE_FONT, TABLE_FONT = "仿宋", "黑体", "楷体", "宋体", "宋体"


def _set_fonts(element: object, east_asia: str, size: float | None = None, bold: bool | None = None) -> None:
    """Set the Latin and East Asian fonts of a style or run (python-docx only sets the Latin one)."""
    font = element.font  # type: ignore[attr-defined]
    font.name = LATIN
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = font._element.get_or_add_rPr()  # the style's or the run's w:rPr
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def official_styles(doc: DocumentObject) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    _set_fonts(normal, BODY_FONT, 14)
    normal.paragraph_format.line_spacing = Pt(26)
    normal.paragraph_format.space_after = Pt(0)
    for name, east_asia, size in (("Title", TITLE_FONT, 22), ("Heading 1", HEADING_FONT, 16),
                                  ("Heading 2", SUBHEADING_FONT, 15)):
        style = styles[name]
        _set_fonts(style, east_asia, size, bold=name != "Heading 2")
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(6)
        rpr = style.element.get_or_add_rPr()
        for tag in ("w:i", "w:iCs"):  # the default heading styles are italic/coloured in some templates
            found = rpr.find(qn(tag))
            if found is not None:
                rpr.remove(found)
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def paragraph(doc: DocumentObject, text: str, *, indent: bool = True, size: float | None = None,
               align: WD_PARAGRAPH_ALIGNMENT | None = None) -> Paragraph:
    para = doc.add_paragraph()
    run = para.add_run(xml_text(text))
    if size is not None:
        run.font.size = Pt(size)
    if indent:
        para.paragraph_format.first_line_indent = Pt(28)
    if align is not None:
        para.alignment = align
    return para


def _repeat_header(row: object) -> None:
    trpr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _shade(cell: object, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]


def keep_with_next(para: Paragraph) -> Paragraph:
    """Word keeps this paragraph on the page of the next one (a heading or caption with its table or figure)."""
    para.paragraph_format.keep_with_next = True
    return para


def table(doc: DocumentObject, header: list[str], rows: list[list[str]], size: float = 9,
          keep_together: bool | None = None) -> None:
    """A table with a repeated header; a short one (≤ 12 rows unless told) is kept on one page."""
    keep = len(rows) <= 12 if keep_together is None else keep_together
    grid = doc.add_table(rows=len(rows) + 1, cols=len(header))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = grid._cells
    width = len(header)
    for i, values in enumerate([header, *rows]):
        for j, value in enumerate(values):
            cell = cells[i * width + j]
            para = cell.paragraphs[0]
            para.paragraph_format.first_line_indent = Pt(0)
            para.paragraph_format.line_spacing = 1.0
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_fonts(para.add_run(xml_text(value)), TABLE_FONT, size, bold=True if i == 0 else None)
            if i == 0 or (keep and i < len(rows)):  # the header always keeps with the first row
                para.paragraph_format.keep_with_next = True
            if i == 0:
                _shade(cell, "D9E2F3")
    _repeat_header(grid.rows[0])


def page_numbers(doc: DocumentObject) -> None:
    """Centred "— N —" page numbers in the footer, as official documents carry them."""
    para = doc.sections[0].footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.first_line_indent = Pt(0)
    _set_fonts(para.add_run("— "), LATIN, 12)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    para._p.append(field)
    _set_fonts(para.add_run(" —"), LATIN, 12)


def picture(doc: DocumentObject, image: bytes | Path, width_cm: float = 15, caption: str | None = None,
            caption_size: float = 10.5) -> None:
    """A centred picture (PNG bytes or an image file) with an optional centred caption below."""
    doc.add_picture(io.BytesIO(image) if isinstance(image, bytes) else str(image), width=Cm(width_cm))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].paragraph_format.first_line_indent = Pt(0)
    if caption:
        keep_with_next(doc.paragraphs[-1])
    if caption:
        paragraph(doc, caption, indent=False, size=caption_size, align=WD_ALIGN_PARAGRAPH.CENTER)


def _figure(doc: DocumentObject, fig: Figure) -> None:
    picture(doc, fig.data("png"), caption=fig.caption)


def _section(doc: DocumentObject, report: Report, section: TierSection) -> None:
    if section.number:
        keep_with_next(doc.add_heading(xml_text(section.number + section.heading), level=2))
    keep_with_next(paragraph(doc, section.sentence))
    table(doc, section.columns,
          [section.cells(r, report.index_places, report.total_places) for r in section.rows], keep_together=False)
    if section.tie_note:
        paragraph(doc, section.tie_note, indent=False, size=10.5)
    small: SmallTable
    for small in stats_tables(report, section):
        keep_with_next(paragraph(doc, small.caption, indent=False, size=10.5))
        table(doc, small.header, [small.row])
    for fig in section.figures:
        _figure(doc, fig)


def official_document() -> DocumentObject:
    """A new document: A4 with 公文 margins, the official styles and centred page numbers."""
    doc = Document()
    for page in doc.sections:
        page.page_width, page.page_height = Cm(21), Cm(29.7)
        page.top_margin, page.bottom_margin = Cm(3.7), Cm(3.5)
        page.left_margin, page.right_margin = Cm(2.8), Cm(2.6)
    official_styles(doc)
    page_numbers(doc)
    return doc


def save(doc: DocumentObject, path: Path) -> None:
    """Write the document atomically."""
    with atomic_path(path) as tmp:
        doc.save(str(tmp))


def write(report: Report, path: Path) -> list[Path]:
    doc = official_document()
    doc.core_properties.title = report.title
    doc.core_properties.language = "zh-CN"
    doc.add_heading(xml_text(report.title), level=0)
    paragraph(doc, f"评估方法 {report.methodology}　评估基准日 {report.as_of or '未给出'}", indent=False, size=12,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    for part in report.parts:
        keep_with_next(doc.add_heading(f"{part.number}、{part.heading}", level=1))
        for section in part.sections:
            _section(doc, report, section)
    if report.map_figure:
        keep_with_next(doc.add_heading(report.map_title, level=1))
        keep_with_next(paragraph(doc, report.map_note))
        _figure(doc, report.map_figure)
    if report.not_ranked:
        keep_with_next(doc.add_heading(report.not_ranked_title, level=1))
        keep_with_next(paragraph(doc, NOT_RANKED_LEAD))
        table(doc, NOT_RANKED_HEADER, [[u.name, u.tier, u.kind, u.reason] for u in report.not_ranked])
    keep_with_next(doc.add_heading(report.notes_title, level=1))
    for note in report.notes:
        paragraph(doc, note, size=12)
    save(doc, path)
    return [path]
