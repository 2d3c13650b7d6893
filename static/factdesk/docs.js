/* Swagger UI puts a deep link inside each operation's expand button, a control inside a control
   (axe: nested-interactive). Make it plain text (no href, so nothing to focus): the button opens
   the operation, and Swagger's deep linking still updates the address. */
(function () {
  "use strict";
  function unlink() {
    document.querySelectorAll(".opblock-summary-control a[href]").forEach(function (link) {
      link.removeAttribute("href");
    });
  }
  new MutationObserver(unlink).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["href"],
  });
})();
