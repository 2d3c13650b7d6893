/* The review desk's one script. It gives every select2 search box (the source autocomplete) the
   name of the field it stands for, which select2 leaves out (axe: aria-input-field-name), in the
   rows already there and in those "Add another" makes. And after an action it takes the keyboard's
   focus to what the page says happened (the messages, or the note that the form has errors), so a
   screen reader reads it and Tab goes on from there, not from the top of the page: unless the page
   placed the focus itself (autofocus) or its address names the place the action was (#s-12): there
   the message stays pinned to the top of the window (its place scrolled into sight below it), so
   "Merged statements 5 and 6." is read beside the statements and not scrolled away above them. */
(function () {
  "use strict";
  function fieldName(select) {
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    return label ? label.textContent.trim() : select.name;
  }
  function name(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) return;
      container.querySelectorAll('[role="combobox"], [role="textbox"]').forEach(function (box) {
        box.setAttribute("aria-label", fieldName(select));
      });
    });
    root.querySelectorAll(".select2-search__field").forEach(function (field) {
      if (!field.getAttribute("aria-label")) field.setAttribute("aria-label", "Search");
    });
  }
  function focusWhatWasSaid() {
    var said = document.querySelector(".errornote, ul.messagelist");
    if (said && window.location.hash) said.classList.add("pinned");  // in sight above the place
    if (!said || window.location.hash || document.querySelector("[autofocus]")) return;
    said.setAttribute("tabindex", "-1");
    said.focus();
  }
  document.addEventListener("DOMContentLoaded", function () {
    focusWhatWasSaid();
    name(document);
    new MutationObserver(function () { name(document); }).observe(document.body, { childList: true, subtree: true });
  });
})();
