// Reader pages: small conveniences on pages that work without script (the CSP allows only this file).
"use strict";

// An open citation closes with Escape (focus back on its chip) or a click elsewhere, like a popover.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const open = document.querySelector("details.citation-chip[open]");
  if (!open) return;
  open.open = false;
  open.querySelector("summary").focus();
});

document.addEventListener("click", (event) => {
  for (const chip of document.querySelectorAll("details.citation-chip[open]")) {
    if (!chip.contains(event.target)) chip.open = false;
  }
});
