"""The one-page walk-away brief (ReportLab), and the small page engine under it.

Use :func:`planner.brief.export.brief_for` (the brief a deal needs now: the
follow-up brief once reopened, else the walk-away brief) and ``export_brief``.
ReportLab loads only when one of these submodules is imported, so import them
inside functions on any start-up path.

Reusing the page engine (e.g. for the follow-up brief of a reopened deal)
------------------------------------------------------------------------
- ``fonts.register_fonts()`` registers the bundled DejaVu Sans (``fonts.REGULAR``,
  ``fonts.BOLD``) once per process; ``fonts.prepare(all_user_text)`` finds system
  fallback fonts (fontconfig) for other scripts and returns the characters no font has.
- ``fit.Region(name, x, y, width, height, parts, more=..., label=...)`` is a box and its
  parts: ``fit.Text(user_text, role, prefix=our_markup, item=False, cuttable=True)``
  (user text is always escaped, only ``prefix`` is markup) and ``fit.Fixed(make_flowable)``
  for drawings. ``fit.Role(size, bold, color, ...)`` styles text; nothing is ever drawn
  below ``fit.MIN_PT`` (7 pt), and a role's ``floor`` keeps it from shrinking further (the
  walk-away point stays the largest text). ``label`` is how the footer names the region
  when it was shortened.
- Fit/cut rules: a region is shrunk as a whole; at the minimum size, list regions (with
  ``item`` parts) keep items in order and replace the rest by ``more(n)`` ("… and 3 more"),
  other regions share the room so that short texts stay whole and long ones are cut at a
  word with "…". ``fit.fit_region`` does this inside a fixed box; ``fit.measure`` and
  ``fit.cut_region`` are the two steps for a layout that decides the boxes itself.
- Layout by priority: ``priority.Block(region, priority)`` in ``priority.Row`` s (one
  column of stacked blocks, or columns of one block side by side); ``priority.allot``
  gives the page's room by priority: natural size if it fits, else the least important
  shrinks first, cuts happen only when everything that helps is at 7 pt, least important
  first, and what is left over goes back to the most important. ``layout.arrange(frame,
  header, rows)`` puts the title band, the rows and the signature frame together;
  ``layout.panel_row`` / ``pair_row`` / ``full_row`` build the rows.
- ``page.render_page(paper, regions, title=, footer=, before=[painters],
  after=[painters])`` draws exactly one page and returns ``PageResult(pdf, cut, fitted,
  shortened, allotment)``; a region is fitted into its box, a ``fit.Fitted`` one (from
  ``Allotment.place``) drawn as it is. The footer names what was cut exactly when
  something was ("Shortened to fit: alternatives (2 more), their side"). A painter is
  ``canvas -> bool | str | None`` (True or a name: it cut something; ``page.named``
  gives a painter a name).
- ``scale.draw_scale(width, plan, ours=, marks=, theirs=, zone=)`` draws amounts around a
  walk-away point; ``labels.Placer`` places the labels so that none touches another.
- ``signature_block.signature_painter(box, SignatureInfo | None)`` is the signature
  block as a part (None draws DRAFT — NOT COMMITTED); ``draft_watermark(w, h)`` the
  page-wide mark. Sign the result with ``export.sign_brief`` (its
  ``signature_box`` becomes the PAdES signature field).
- ``layout.lay_out`` is the walk-away brief (its order of priority is ``layout.PRIORITY``);
  ``content`` holds its blocks and roles (``POINT``, ``BODY``, ``TICK``, …) to reuse.
- ``document.all_user_text(plan)`` is what to pass to ``fonts.prepare``;
  ``document.integrity_note(state)`` the line a signature block prints when a plan
  is not as signed. ``planner.brief.followup`` is a second document built this way.
"""
