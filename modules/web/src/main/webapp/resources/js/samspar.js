/*
 * A refused form's error summary (the form-messages include) takes the focus, after a page load and after every
 * AJAX update that shows one, so its messages are read and never out of view; a save's confirmation is scrolled into
 * view. The summary's links move the focus to their field.
 */
(function () {
    function focusSummary() {
        var summary = document.querySelector('.error-summary:not([data-focused])');
        if (summary) {
            summary.setAttribute('data-focused', 'true');
            summary.focus();
            return;
        }
        // A confirmation of a save is brought into view too (long forms put it far above the button).
        var done = document.querySelector('.form-message-info:not([data-seen])');
        if (done) {
            done.setAttribute('data-seen', 'true');
            done.scrollIntoView({block: 'nearest'});
        }
    }
    document.addEventListener('DOMContentLoaded', focusSummary);
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
        var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (field) {
            event.preventDefault();
            field.scrollIntoView({block: 'center'});
            field.focus();
        }
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', focusSummary);
    }
})();

/*
 * Keyboard focus inside an open modal dialog wraps at once from the last control to the first (Tab) and from the first
 * to the last (Shift+Tab). PrimeFaces' own trap moves it a moment later, so a Tab pressed meanwhile seemed to do
 * nothing: a dead Tab stop (issue 16). Runs in the capture phase, before PrimeFaces' handler, which then sees nothing.
 */
(function () {
    'use strict';
    var TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]),'
        + ' textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

    function openModal() {
        var dialogs = document.querySelectorAll('.ui-dialog[aria-modal="true"]');
        for (var i = dialogs.length - 1; i >= 0; i--) {
            if (dialogs[i].offsetWidth > 0 || dialogs[i].offsetHeight > 0) {
                return dialogs[i];
            }
        }
        return null;
    }

    function tabbables(dialog) {
        return Array.prototype.filter.call(dialog.querySelectorAll(TABBABLE), function (e) {
            return e.tabIndex >= 0 && (e.offsetWidth > 0 || e.offsetHeight > 0)
                && getComputedStyle(e).visibility !== 'hidden';
        });
    }

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        var dialog = openModal();
        if (!dialog) {
            return;
        }
        var all = tabbables(dialog);
        if (!all.length) {
            return;
        }
        var first = all[0];
        var last = all[all.length - 1];
        var inside = dialog.contains(document.activeElement);
        var target = null;
        if (!inside) {
            target = event.shiftKey ? last : first;
        } else if (!event.shiftKey && document.activeElement === last) {
            target = first;
        } else if (event.shiftKey && document.activeElement === first) {
            target = last;
        }
        if (target) {
            event.preventDefault();
            event.stopImmediatePropagation();
            target.focus();
        }
    }, true);
}());

/*
 * A button that asks before it acts carries its question in data-confirm (from the bundle, escaped by the page like any
 * attribute): answered "no", the click is stopped here, in the capture phase, before it reaches the button's own
 * handlers (an AJAX request or a submit). One listener instead of a script of its own on every such button, which
 * under the content security policy each row of a table had to carry.
 */
document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-confirm]');
    if (button && !button.disabled && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
