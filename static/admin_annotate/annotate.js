// Annotation on a Source's admin page: select a passage of the article, and the claim form is filled
// with its exact words and character offsets into the cleaned body. Without JS the same form takes
// typed offsets, and the server checks the words against the body either way.
(function () {
  "use strict";

  const body = document.getElementById("annotatable-body");
  const form = document.getElementById("annotate-form");
  if (!body || !form) {
    return;
  }
  // Offsets are counted over the body's text nodes; they must add up to the stored body's length.
  if (body.textContent.length !== Number(body.dataset.length)) {
    return;
  }

  const fields = {
    start: form.querySelector("[name=start]"),
    end: form.querySelector("[name=end]"),
    exact: form.querySelector("[name=exact]"),
    speaker: form.querySelector("[name=speaker]"),
  };
  const cancel = form.querySelector(".annotate-cancel");

  function boundary(node, offset) {
    // Characters of the body before (node, offset): the text of a range from the body's start.
    const before = document.createRange();
    before.selectNodeContents(body);
    before.setEnd(node, offset);
    return before.toString().length;
  }

  function trimmed(text, start, end) {
    while (start < end && /\s/.test(text[start])) {
      start += 1;
    }
    while (end > start && /\s/.test(text[end - 1])) {
      end -= 1;
    }
    return [start, end];
  }

  function fillFromSelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) {
      return;
    }
    const text = body.textContent;
    let start = boundary(range.startContainer, range.startOffset);
    let end = boundary(range.endContainer, range.endOffset);
    [start, end] = trimmed(text, Math.min(start, end), Math.max(start, end));
    if (end <= start) {
      return;
    }
    fields.start.value = String(start);
    fields.end.value = String(end);
    fields.exact.value = text.slice(start, end);
    form.classList.add("is-active");
    if (cancel) {
      cancel.hidden = false;
    }
    fields.speaker.focus({ preventScroll: true });
  }

  body.addEventListener("mouseup", function () {
    window.setTimeout(fillFromSelection, 0);
  });
  body.addEventListener("keyup", function (event) {
    if (event.shiftKey) {
      fillFromSelection();
    }
  });
  if (cancel) {
    cancel.addEventListener("click", function () {
      form.reset();
      form.classList.remove("is-active");
      cancel.hidden = true;
    });
  }
  // After a claim is created the page returns with #claim-N: bring its highlight into view.
  const created = /^#claim-(\d+)$/.exec(window.location.hash);
  if (created) {
    const mark = Array.from(body.querySelectorAll("mark[data-claims]")).find(function (element) {
      return element.dataset.claims.split(" ").indexOf(created[1]) !== -1;
    });
    if (mark) {
      body.scrollTop += mark.getBoundingClientRect().top - body.getBoundingClientRect().top - 24;
      mark.classList.add("is-new");
    }
  }
  form.classList.add("js-annotate");
})();
