// Annotation on a Source's admin page: select a passage of the article (mouse or keyboard), and the claim
// form is filled with its exact words and character offsets into the cleaned body. Without JS the same
// form takes typed offsets, and the server checks the words against the body either way.
//
// Keyboard: Chromium draws no caret in a read-only text, so Shift+arrows there select nothing by
// themselves. The script keeps its own caret: arrows move it (Ctrl/Alt+arrow: a word, Home/End: the
// article's ends), Shift extends the selection, Enter moves on to the speaker. "Find in the article"
// selects the next occurrence of the words typed.
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
  const text = body.textContent;
  const fields = {};
  ["start", "end", "exact", "speaker", "stance", "paraphrase", "key_point", "new_speaker_name",
    "new_speaker_role", "new_speaker_affiliation", "new_speaker_aliases"].forEach(function (name) {
    fields[name] = form.querySelector("[name=" + name + "]");
  });
  const cancel = form.querySelector(".annotate-cancel");
  const status = document.getElementById("annotate-status");
  const find = document.getElementById("annotate-find");
  const candidates = document.getElementById("key-point-candidates");
  let caret = 0;
  let anchor = null;

  function boundary(node, offset) {
    const before = document.createRange();
    before.selectNodeContents(body);
    before.setEnd(node, offset);
    return before.toString().length;
  }

  function point(offset) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let seen = 0;
    let last = null;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (offset <= seen + node.textContent.length) {
        return [node, offset - seen];
      }
      seen += node.textContent.length;
      last = node;
    }
    return last ? [last, last.textContent.length] : [body, 0];
  }

  function select(start, end) {
    const range = document.createRange();
    const a = point(start);
    const b = point(end);
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function trimmed(start, end) {
    while (start < end && /\s/.test(text[start])) {
      start += 1;
    }
    while (end > start && /\s/.test(text[end - 1])) {
      end -= 1;
    }
    return [start, end];
  }

  function fill(start, end) {
    [start, end] = trimmed(Math.min(start, end), Math.max(start, end));
    if (end <= start) {
      return false;
    }
    fields.start.value = String(start);
    fields.end.value = String(end);
    fields.exact.value = text.slice(start, end);
    form.classList.add("is-active");
    if (cancel) {
      cancel.hidden = false;
    }
    say(start + "–" + end + ": “" + text.slice(start, end) + "”");
    refreshCandidates();
    return true;
  }

  function say(message) {
    if (status) {
      status.textContent = message;
    }
  }

  function fillFromSelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return false;
    }
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) {
      return false;
    }
    caret = boundary(range.endContainer, range.endOffset);
    return fill(boundary(range.startContainer, range.startOffset), caret);
  }

  function wordStep(from, direction) {
    let position = from;
    if (direction > 0) {
      while (position < text.length && /\s/.test(text[position])) { position += 1; }
      while (position < text.length && !/\s/.test(text[position])) { position += 1; }
    } else {
      while (position > 0 && /\s/.test(text[position - 1])) { position -= 1; }
      while (position > 0 && !/\s/.test(text[position - 1])) { position -= 1; }
    }
    return position;
  }

  body.addEventListener("mouseup", function () {
    window.setTimeout(function () {
      anchor = null;
      fillFromSelection();
    }, 0);
  });
  body.addEventListener("keydown", function (event) {
    const keys = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 1, ArrowUp: -1, Home: 0, End: 0 };
    if (event.key === "Enter" && fields.exact.value) {
      event.preventDefault();
      (fields.speaker || form.querySelector("[type=submit]")).focus();
      return;
    }
    if (!(event.key in keys)) {
      return;
    }
    event.preventDefault();
    let next;
    if (event.key === "Home") {
      next = 0;
    } else if (event.key === "End") {
      next = text.length;
    } else if (event.ctrlKey || event.altKey || event.key === "ArrowDown" || event.key === "ArrowUp") {
      next = wordStep(caret, keys[event.key]);
    } else {
      next = Math.max(0, Math.min(text.length, caret + keys[event.key]));
    }
    if (event.shiftKey) {
      if (anchor === null) {
        anchor = caret;
      }
      caret = next;
      select(Math.min(anchor, caret), Math.max(anchor, caret));
      fill(anchor, caret);
    } else {
      anchor = null;
      caret = next;
      select(caret, caret);
      say("… " + text.slice(Math.max(0, caret - 30), caret) + " ▍" + text.slice(caret, caret + 30) + " …");
    }
  });
  if (find) {
    find.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") {
        return;
      }
      event.preventDefault();
      const wanted = find.value.trim().toLowerCase();
      if (!wanted) {
        return;
      }
      const lower = text.toLowerCase();
      let start = lower.indexOf(wanted, fields.end.value ? Number(fields.end.value) : 0);
      if (start < 0) {
        start = lower.indexOf(wanted);
      }
      if (start < 0) {
        say(find.value + ": not in the article.");
        return;
      }
      anchor = start;
      caret = start + wanted.length;
      select(anchor, caret);
      fill(anchor, caret);
      body.focus({ preventScroll: false });
    });
  }

  // Key point candidates for what is being annotated, from the server's ranking.
  let pending = null;
  let asked = 0;  // only the answer to the latest question is shown, whatever order answers arrive in
  function refreshCandidates() {
    if (!candidates || !form.dataset.candidatesUrl) {
      return;
    }
    window.clearTimeout(pending);
    pending = window.setTimeout(function () {
      // A speaker typed as someone new ranks by the names typed for them and their affiliation's.
      const query = new URLSearchParams({
        quote: fields.exact.value,
        paraphrase: fields.paraphrase.value,
        speaker: fields.speaker.value,
        new_speaker_name: fields.new_speaker_name ? fields.new_speaker_name.value : "",
        new_speaker_affiliation: fields.new_speaker_affiliation ? fields.new_speaker_affiliation.value : "",
        new_speaker_aliases: fields.new_speaker_aliases ? fields.new_speaker_aliases.value : "",
      });
      const question = ++asked;
      fetch(form.dataset.candidatesUrl + "?" + query.toString(), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { candidates: [] }; })
        .then(function (data) { if (question === asked) { showCandidates(data.candidates); } })
        .catch(function () { if (question === asked) { showCandidates([]); } });
    }, 250);
  }
  function showCandidates(list) {
    candidates.replaceChildren();
    if (!list.length) {
      return;
    }
    const heading = document.createElement("p");
    heading.className = "help";
    heading.textContent = candidates.dataset.heading || "Most similar key points:";
    candidates.appendChild(heading);
    list.forEach(function (candidate) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button key-point-candidate";
      button.dataset.id = String(candidate.id);
      button.setAttribute("aria-pressed", String(fields.key_point.value === String(candidate.id)));
      button.textContent = candidate.statement + " (" + candidate.brief + ", " + candidate.score.toFixed(2) + ")";
      button.addEventListener("click", function () {
        fields.key_point.value = String(candidate.id);
        candidates.querySelectorAll("button").forEach(function (other) {
          other.setAttribute("aria-pressed", String(other === button));
        });
      });
      candidates.appendChild(button);
    });
  }
  // Ranked again as the editor types (debounced above), whether the speaker is known or new.
  [fields.paraphrase, fields.speaker, fields.new_speaker_name, fields.new_speaker_affiliation,
    fields.new_speaker_aliases].forEach(function (field) {
    if (field) {
      field.addEventListener("input", refreshCandidates);
      field.addEventListener("change", refreshCandidates);
    }
  });

  // A suggestion can be taken into the form: its span, speaker and stance, for the editor to complete.
  document.querySelectorAll(".suggestion-row").forEach(function (row) {
    const use = row.querySelector(".suggestion-use");
    if (!use) {
      return;
    }
    use.hidden = false;
    use.addEventListener("click", function () {
      const start = Number(row.dataset.start);
      const end = Number(row.dataset.end);
      anchor = start;
      caret = end;
      select(start, end);
      fill(start, end);
      fields.speaker.value = row.dataset.speaker || "";
      fields.stance.value = row.dataset.stance || "";
      const details = document.getElementById("new-speaker");
      if (!row.dataset.speaker && row.dataset.newName) {
        details.open = true;
        fields.new_speaker_name.value = row.dataset.newName;
        fields.new_speaker_role.value = row.dataset.newRole || "";
        fields.new_speaker_affiliation.value = row.dataset.newAffiliation || "";
      }
      form.scrollIntoView({ block: "start" });
      fields.speaker.focus({ preventScroll: true });
    });
  });

  if (cancel) {
    cancel.addEventListener("click", function () {
      form.reset();
      form.classList.remove("is-active");
      cancel.hidden = true;
      anchor = null;
      say("");
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
