/* Triage Desk page helpers. Kept in a file (no inline script) so pages can run under a strict CSP. */
(function () {
    "use strict";
    /* Buttons with data-copy-from="<element id>" copy that element's text or value to the clipboard. */
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-copy-from]");
        if (!button) {
            return;
        }
        event.preventDefault();
        var source = document.getElementById(button.getAttribute("data-copy-from"));
        if (!source) {
            return;
        }
        var text = source.value !== undefined ? source.value : source.textContent;
        var done = function () {
            var status = document.getElementById(button.getAttribute("data-copy-status"));
            if (status) {
                status.textContent = button.getAttribute("data-copied-text") || "Copied";
            }
            button.setAttribute("data-copied", "true");
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(done, function () { fallback(source, text); done(); });
        } else {
            fallback(source, text);
            done();
        }
    });
    function fallback(source, text) {
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "absolute";
        area.style.left = "-9999px";
        document.body.appendChild(area);
        area.select();
        try { document.execCommand("copy"); } catch (e) { /* the text stays selected for Ctrl+C */ }
        document.body.removeChild(area);
    }
}());
