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
