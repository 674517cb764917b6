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
    /*
     * An Ajax request the public rate limit answered with 429: PrimeFaces only logs it, so the page
     * would show nothing. The element with data-rate-limited-text (in the page's language, {0} for
     * the seconds) says why and when to try again, from the Retry-After header.
     */
    document.addEventListener("DOMContentLoaded", function () {
        if (!window.jQuery) {
            return;
        }
        window.jQuery(document).on("pfAjaxError", function (event, xhr) {
            var notice = document.querySelector("[data-rate-limited-text]");
            if (!xhr || xhr.status !== 429 || !notice) {
                return;
            }
            var seconds = parseInt(xhr.getResponseHeader("Retry-After"), 10);
            var text = seconds === 1 && notice.hasAttribute("data-rate-limited-one") ? notice.getAttribute("data-rate-limited-one")
                : notice.getAttribute("data-rate-limited-text").replace(/\{0[^}]*\}/, isNaN(seconds) ? "?" : String(seconds));
            var target = notice.querySelector(".ui-messages-error-summary") || notice;
            target.textContent = text;
            /* the answer to this request replaces what the last one said, as a page's messages do */
            var replaced = document.getElementById(notice.getAttribute("data-replaces"));
            if (replaced) {
                replaced.replaceChildren();
            }
            notice.hidden = false;
            notice.scrollIntoView({block: "nearest"});
        });
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
